"""Named people and institutions as targets, and who the attacker was, on sentences written
for these tests."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import assert_has, only_event


@pytest.mark.parametrize(
    ("text", "lang", "target"),
    [
        pytest.param(
            "Unknown attackers fired on Pierre Ndayishimiye at the Gakumbu Army Barracks near "
            "Gitega on Sunday evening, killing him.",
            "en",
            {"name": "Pierre Ndayishimiye"},
            id="person-shot-at-an-army-camp-is-the-target-not-the-camp",
        ),
        pytest.param(
            "Militants threw a grenade at the house of Abdul Rahim Karimi in Ghazni on Monday "
            "night. The council member was unhurt.",
            "en",
            {"name": "Abdul Rahim Karimi", "text": "house of Abdul Rahim Karimi"},
            id="house-of-a-named-official-names-the-official",
        ),
        pytest.param(
            "Two soldiers were killed in a gunfight near the Durand Line in Kurram, Pakistan.",
            "en",
            {"kind": "state_forces"},
            id="soldiers-killed-near-a-named-border-stay-the-target",
        ),
        pytest.param(
            "A man detonated a bomb inside the Al-Noor Community Center in Leeds on Friday, "
            "killing three people.",
            "en",
            {"text": "Al-Noor Community Center"},
            id="institution-a-bomb-went-off-inside-is-the-target",
        ),
        pytest.param(
            "Militants stormed a checkpoint in Zabul province on Tuesday, killing four people.",
            "en",
            {"text": "checkpoint"},
            id="stormed-checkpoint-is-the-target-rather-than-the-people-killed",
        ),
        pytest.param(
            "قتل خمسة مصلين وأصيب عشرة آخرون في انفجار عبوة ناسفة داخل مسجد في مدينة الموصل يوم "
            "الجمعة.",
            "ar",
            {"name": "Civilians", "text": "مسجد"},
            id="arabic-mosque-a-bomb-went-off-inside-is-the-target",
        ),
        pytest.param(
            "An explosives-laden truck rammed into a NATO convoy on the Kabul-Jalalabad road on "
            "Monday, wounding two soldiers.",
            "en",
            {"name": "NATO", "text": "NATO convoy"},
            id="bomb-laden-truck-is-the-weapon-and-the-nato-convoy-the-target",
        ),
        pytest.param(
            "استهدفت مركبة مفخخة قافلة للناتو في ولاية قندهار يوم الاثنين ما أدى إلى إصابة جنديين.",
            "ar",
            {"name": "NATO", "text": "قافلة للناتو"},
            id="arabic-convoy-of-nato-is-nato",
        ),
    ],
)
def test_named_person_place_or_side_attacked_is_the_target(
    extractor: RuleExtractor, text: str, lang: str, target: dict[str, str]
) -> None:
    assert_has(only_event(extractor, text, lang).target, **target)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "An explosives-laden vehicle blew up in Kandahar on Monday. No casualties were "
            "reported.",
            "en",
            id="bomb-laden-vehicle",
        ),
        pytest.param(
            "انفجرت مركبة مفخخة في مدينة الباب بريف حلب يوم الاثنين، ولم تسفر عن وقوع إصابات.",
            "ar",
            id="arabic-car-bomb-vehicle",
        ),
    ],
)
def test_bomb_laden_vehicle_is_no_army_vehicle_target(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    assert only_event(extractor, text, lang).target is None


def test_second_suspect_named_as_an_alternative_is_not_the_target(
    extractor: RuleExtractor,
) -> None:
    ev = only_event(
        extractor,
        "Gunmen shot dead a former mayor in Djibo, Burkina Faso, on Monday. The attack was "
        "blamed on either Ansarul Islam (based in Soum province) or the Islamic State Sahel "
        "Province.",
    )
    assert ev.actor is not None and ev.actor.name == "Ansar al-Islam"
    assert ev.target is None or ev.target.name != "Islamic State"


def test_arabic_second_suspect_after_or_is_not_the_target(extractor: RuleExtractor) -> None:
    ev = only_event(
        extractor,
        "انفجرت عبوة ناسفة في مدينة بوصاصو يوم الأحد دون وقوع إصابات، ونسبت السلطات الهجوم إلى "
        "تنظيم داعش أو حركة الشباب.",
        "ar",
    )
    assert ev.actor is not None and ev.actor.name == "Islamic State"
    assert ev.target is None


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        pytest.param(
            "A suicide bomber, named as Karim Bensaid, blew himself up outside a cinema in Lyon "
            "on Friday, killing 11 people.",
            "en",
            {"name": "Karim Bensaid", "kind": "unidentified_armed_group"},
            id="suicide-bomber-named-in-the-text",
        ),
        pytest.param(
            "A gunman, identified as Erik Lindqvist, opened fire at a shopping centre in Malmo on "
            "Saturday, killing three people.",
            "en",
            {"name": "Erik Lindqvist"},
            id="gunman-identified-by-name-in-his-sentence",
        ),
        pytest.param(
            "Four soldiers were killed on Sunday in an exchange of fire with gunmen who allegedly "
            "belonged to Boko Haram outside Maiduguri.",
            "en",
            {"name": "Boko Haram"},
            id="gunmen-who-belonged-to-a-group-are-that-group",
        ),
        pytest.param(
            "A grenade blast at a bus terminal in Cotabato wounded nine people on Friday. The "
            "provincial governor is blaming the attack on the Dawlah Islamiyah group.",
            "en",
            {"name": "Dawlah Islamiyah"},
            id="group-an-official-is-blaming-the-attack-on",
        ),
        pytest.param(
            "An ambush on an army patrol near Arbinda killed five soldiers on Tuesday. The army "
            "suspected the involvement of Ansar al-Islam.",
            "en",
            {"name": "Ansar al-Islam"},
            id="group-whose-involvement-is-suspected",
        ),
        pytest.param(
            "Militiamen of the Union for Peace raided a village near Alindao on Friday, killing "
            "nine people.",
            "en",
            {"name": "Union for Peace in the Central African Republic"},
            id="militiamen-of-the-union-for-peace-are-that-group",
        ),
        pytest.param(
            "استهدف مسلحون قافلة عسكرية قرب مدينة جيبو يوم الأحد ما أدى إلى مقتل خمسة جنود، ورجحت "
            "مصادر أمنية تورط جماعة نصرة الإسلام والمسلمين.",
            "ar",
            {"name": "JNIM"},
            id="arabic-group-whose-involvement-sources-suspect",
        ),
    ],
)
def test_person_or_group_named_as_the_attacker_is_the_actor(
    extractor: RuleExtractor, text: str, lang: str, actor: dict[str, str]
) -> None:
    assert_has(only_event(extractor, text, lang).actor, **actor)


@pytest.mark.parametrize(
    ("text", "lang", "actor", "target"),
    [
        (
            "Seven people were killed in fighting between the Tatmadaw and the KIA in Kachin state.",
            "en",
            "Military Forces of Myanmar",
            "Kachin Independence Army",
        ),
        (
            "The Myanmar army shelled positions of the Kachin Independence Army near Laiza, "
            "killing three fighters.",
            "en",
            "Military Forces of Myanmar",
            "Kachin Independence Army",
        ),
        (
            "هاجم جيش استقلال كاتشين موقعا عسكريا قرب مدينة ميتكيينا، ما أدى إلى مقتل أربعة جنود.",
            "ar",
            "Kachin Independence Army",
            "Military Forces of Myanmar",
        ),
    ],
)
def test_kachin_independence_army_is_a_named_group(
    extractor: RuleExtractor, text: str, lang: str, actor: str, target: str
) -> None:
    ev = only_event(extractor, text, lang)
    assert_has(ev.actor, name=actor)
    assert_has(ev.target, name=target)
