"""Groups no lexicon lists (named by a claim, an attribution or like an army), a force that
stopped the attacker, members of a side after "by", and victims told by trade or by where they
were; on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import assert_event, only_event

PUBLISHED = date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        pytest.param("Gunmen attacked the village of Marra on Sunday, killing four people. A spokesman for the Kivu Liberation Army claimed responsibility for the attack.", "Kivu Liberation Army", id="a-spokesman-for-an-army-named-like-no-state"),
        pytest.param("Mapuche activists claimed responsibility for the arson attack that killed two guards at a sawmill in Temuco on Monday.", "Mapuche activists", id="a-qualifier-and-a-members-noun-claimed"),
        pytest.param("Five soldiers were killed in an attack near Khojavend on Friday. The ministry attributed the attack to Armenian separatists.", "Armenian separatists", id="attributed-to-a-qualifier-and-a-members-noun"),
        pytest.param("The Arakan Army killed 13 policemen in an attack on a police post in Rakhine on Sunday.", "Arakan Army", id="an-army-named-after-no-country"),
    ],
)  # fmt: skip
def test_an_unlisted_group_is_named_by_its_capitalised_words(
    extractor: RuleExtractor, text: str, actor: str
) -> None:
    event = only_event(extractor, text, "en", PUBLISHED)
    assert_event(event, actor={"name": actor, "kind": "rebel_group"})


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        pytest.param("The Pakistan Army killed nine militants in a raid in North Waziristan on Sunday.", "Military Forces of Pakistan", id="a-country-before-army"),
        pytest.param("Taliban fighters attacked an Afghan National Army checkpoint in Ghazni on Sunday, killing four soldiers.", "Taliban", id="a-national-army-is-the-target"),
        pytest.param("Special Forces killed five militants in a raid in Kunar province on Sunday.", "Military Forces of Afghanistan", id="a-state-qualifier"),
        pytest.param("Fighters of the Free Army were among the men ISIS executed in Raqqa on Sunday, nine people in all.", "Islamic State", id="a-listed-group-beats-an-unlisted-one"),
    ],
)  # fmt: skip
def test_a_state_force_or_a_listed_group_keeps_its_name(
    extractor: RuleExtractor, text: str, actor: str
) -> None:
    assert_event(only_event(extractor, text, "en", PUBLISHED), actor={"name": actor})


@pytest.mark.parametrize(
    ("lang", "text", "target"),
    [
        pytest.param("en", "A Palestinian gunman killed three Israeli soldiers near the settlement on Sunday. The gunman was shot dead by other soldiers.", "Military Forces of Israel", id="en-the-gunman-was-shot-by-soldiers"),
        pytest.param("en", "An attacker stabbed two people to death at a market in Lyon on Sunday before he was shot by police.", "Civilians", id="en-he-was-shot-by-police"),
        pytest.param("ar", "قتل مسلح فلسطيني ثلاثة جنود إسرائيليين قرب المستوطنة يوم الأحد، ثم قتل المسلح برصاص الجنود.", "Military Forces of Israel", id="ar-the-gunman-killed-by-the-soldiers-bullets"),
    ],
)  # fmt: skip
def test_the_force_that_stopped_the_attacker_is_not_the_actor(
    extractor: RuleExtractor, lang: str, text: str, target: str
) -> None:
    event = only_event(extractor, text, lang, PUBLISHED)
    assert_event(event, actor={"kind": "unidentified_armed_group"}, target={"name": target})


def test_militants_killed_by_troops_are_still_their_target(extractor: RuleExtractor) -> None:
    text = (
        "Twelve militants were killed by Pakistani security forces in North Waziristan on Sunday."
    )
    event = only_event(extractor, text, "en", PUBLISHED)
    assert_event(event, actor={"name": "Military Forces of Pakistan"}, killed=12)


def test_the_members_of_a_side_after_by_leave_it_the_actor(extractor: RuleExtractor) -> None:
    text = (
        "Two policemen were killed in a car bomb explosion in Nusaybin on Sunday. The attack "
        "was carried out by fighters of the Kurdistan Workers' Party, officials said."
    )
    event = only_event(extractor, text, "en", PUBLISHED)
    assert_event(event, actor={"name": "Kurdistan Workers' Party"}, killed=2)


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        pytest.param("en", "Gunmen killed four engineers on a road near Quetta on Sunday.", "engineers", id="en-a-trade"),
        pytest.param("en", "A bomb exploded at a carnival in Oruro on Saturday, killing eight.", "carnival", id="en-a-carnival"),
        pytest.param("en", "A suicide bomber struck a concert hall in Manchester on Monday, killing 22.", "concert hall", id="en-a-concert-hall"),
        pytest.param("ar", "قتل مسلحون أربعة مهندسين على طريق قرب كويتا يوم الأحد.", "مهندسين", id="ar-a-trade"),
        pytest.param("ar", "قتل ثمانية أشخاص في انفجار قنبلة داخل ملهى ليلي في مدينة عدن يوم السبت.", "ملهى ليلي", id="ar-a-nightclub"),
    ],
)  # fmt: skip
def test_victims_told_by_trade_or_place_are_civilians(
    extractor: RuleExtractor, lang: str, text: str, words: str
) -> None:
    event = only_event(extractor, text, lang, PUBLISHED)
    assert_event(event, target={"name": "Civilians", "text": words})


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        pytest.param("en", "The Nigerian army said it had killed 20 Boko Haram fighters near Maiduguri on Sunday.", "Military Forces of Nigeria", id="en-the-army-said-it-had-killed"),
        pytest.param("en", "Police said they shot dead three armed robbers in Lagos on Sunday.", "Police Forces of Nigeria", id="en-police-said-they-shot-dead"),
        pytest.param("ar", "أعلن الجيش النيجيري أنه قتل 20 من مقاتلي بوكو حرام قرب مايدوغوري يوم الأحد.", "Military Forces of Nigeria", id="ar-the-army-announced-that-it-killed"),
        pytest.param("ar", "قال الجيش الباكستاني إنه قتل 12 مسلحا في وزيرستان الشمالية يوم الأحد.", "Military Forces of Pakistan", id="ar-the-army-said-it-killed"),
    ],
)  # fmt: skip
def test_a_force_that_reports_its_own_attack_is_the_actor(
    extractor: RuleExtractor, lang: str, text: str, actor: str
) -> None:
    assert_event(only_event(extractor, text, lang, PUBLISHED), actor={"name": actor})


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "Police said gunmen killed three traders at a market in Lagos on Sunday.", id="en-police-said-gunmen-killed"),
        pytest.param("ar", "قالت الشرطة النيجيرية إن مسلحين قتلوا ثلاثة تجار في سوق بمدينة لاغوس يوم الأحد.", id="ar-police-said-gunmen-killed"),
    ],
)  # fmt: skip
def test_a_force_that_reports_another_sides_attack_stays_a_source(
    extractor: RuleExtractor, lang: str, text: str
) -> None:
    event = only_event(extractor, text, lang, PUBLISHED)
    assert_event(event, actor={"name": "Unidentified Armed Group"}, killed=3)


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        pytest.param("en", "Four soldiers were killed in an ambush near Gao on Sunday. Responsibility was claimed by the Islamic State in the Greater Sahara.", "Islamic State", id="en-responsibility-was-claimed-by"),
        pytest.param("en", "Nine soldiers were killed on Monday in an ambush near Djibo claimed by JNIM.", "JNIM", id="en-an-ambush-near-a-place-claimed-by"),
        pytest.param("en", "Nine people died in a bombing at a market in Mogadishu on Monday. The attack bore the hallmarks of al-Shabaab.", "Al-Shabaab", id="en-bore-the-hallmarks-of"),
        pytest.param("en", "A roadside bomb killed five soldiers in Kunar on Monday; the Taliban said its fighters planted the device.", "Taliban", id="en-said-its-fighters"),
        pytest.param("ar", "قتل تسعة أشخاص في تفجير استهدف سوقا في مقديشو يوم الاثنين، وحمل الهجوم بصمات حركة الشباب.", "Al-Shabaab", id="ar-bore-the-hallmarks-of"),
    ],
)  # fmt: skip
def test_a_claim_in_other_words_credits_the_group(
    extractor: RuleExtractor, lang: str, text: str, actor: str
) -> None:
    assert_event(only_event(extractor, text, lang, PUBLISHED), actor={"name": actor})


def test_a_claim_by_no_group_in_other_words_credits_none(extractor: RuleExtractor) -> None:
    text = (
        "Nine people died in a bombing at a market in Mogadishu on Monday. No group said it "
        "carried out the attack."
    )
    assert only_event(extractor, text, "en", PUBLISHED).actor is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("The gunman, John Michael Doe, killed five people at a bar in Denver on Monday.", "John Michael Doe", id="the-gunman-comma-name"),
        pytest.param("A lone attacker, Marcus Edward Lyle, stabbed three worshippers to death at a church in Leeds on Sunday.", "Marcus Edward Lyle", id="an-attacker-comma-name"),
    ],
)  # fmt: skip
def test_an_attacker_named_between_commas_takes_the_name(
    extractor: RuleExtractor, text: str, name: str
) -> None:
    # names are told by capitals: English only
    assert_event(only_event(extractor, text, "en", PUBLISHED), actor={"name": name})


def test_police_who_shot_the_gunman_dead_did_not_make_the_attack(
    extractor: RuleExtractor,
) -> None:
    text = (
        "A gunman killed five people at a school in Denver on Monday. The gunman was shot "
        "dead by police."
    )
    event = only_event(extractor, text, "en", PUBLISHED)
    assert_event(event, actor={"name": "Unidentified Armed Group"}, killed=5)
