"""Claims nobody made, suspicions and accusations, and civilian infrastructure as the target,
on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import assert_event, only_event

PUBLISHED = date(2024, 5, 10)  # a Friday


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "Nobody has claimed responsibility for the ambush, which killed four soldiers on a road outside Beledweyne on Tuesday.", id="en-nobody-has-claimed"),
        pytest.param("en", "Four soldiers died on Tuesday when gunmen ambushed an army truck outside Beledweyne. Nobody has yet claimed the ambush.", id="en-nobody-has-yet-claimed-after-the-toll"),
        pytest.param("ar", "لم يتبن أحد الكمين الذي قتل فيه أربعة جنود على طريق خارج مدينة بلدوين يوم الثلاثاء.", id="ar-nobody-adopted"),
        pytest.param("ar", "قتل أربعة جنود في كمين نصبه مسلحون لشاحنة عسكرية خارج مدينة بلدوين، ولم تعلن أي جهة مسؤوليتها عن الكمين.", id="ar-no-side-announced-responsibility"),
    ],
)  # fmt: skip
def test_a_negative_pronoun_that_claims_is_no_group(
    extractor: RuleExtractor, lang: str, text: str
) -> None:
    event = only_event(extractor, text, lang, PUBLISHED)
    assert event.actor is None or event.actor.name == "Unidentified Armed Group", text
    assert_event(event, killed=4)


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        pytest.param("en", "Police suspect Islamist militants in the bombing, which killed nine traders at a cattle market in Gombe on Thursday.", "Unidentified Armed Group", id="en-police-suspect-unnamed-militants"),
        pytest.param("en", "A roadside bomb killed nine traders on the road to Gombe on Thursday. Police suspect Boko Haram fighters of planting it.", "Boko Haram", id="en-police-suspect-a-named-group"),
        pytest.param("ar", "قتل تسعة تجار في انفجار عبوة ناسفة على الطريق المؤدي إلى مدينة غومبي يوم الخميس، وتشتبه الشرطة في جماعة بوكو حرام.", "Boko Haram", id="ar-police-suspect-a-named-group"),
    ],
)  # fmt: skip
def test_the_side_that_suspects_is_no_party_and_the_suspected_side_is_the_actor(
    extractor: RuleExtractor, lang: str, text: str, actor: str
) -> None:
    assert_event(only_event(extractor, text, lang, PUBLISHED), actor={"name": actor}, killed=9)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "Gunmen shot dead six farmers near Damboa on Wednesday. Police blamed Boko Haram.", id="en-police-blamed"),
        pytest.param("en", "Gunmen shot dead six farmers near Damboa on Wednesday. The police accused Boko Haram of the killings.", id="en-police-accused"),
        pytest.param("ar", "قتل مسلحون ستة مزارعين قرب بلدة دامبوا يوم الأربعاء. واتهمت الشرطة جماعة بوكو حرام.", id="ar-police-accused"),
    ],
)  # fmt: skip
def test_a_group_accused_after_a_toll_with_no_attack_word_is_the_actor(
    extractor: RuleExtractor, lang: str, text: str
) -> None:
    event = only_event(extractor, text, lang, PUBLISHED)
    assert_event(event, actor={"name": "Boko Haram"}, killed=6)


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        pytest.param("en", "Gunmen opened fire at a rail station in Mandera county, Kenya, on Monday, killing three travellers.", "rail station", id="en-rail-station"),
        pytest.param("en", "A bomb went off at a crowded bus station in Garissa, Kenya, on Monday, killing three travellers.", "bus station", id="en-bus-station"),
        pytest.param("ar", "قتل ثلاثة مسافرين في هجوم مسلح على محطة القطار في مدينة مانديرا الكينية يوم الاثنين.", "محطة القطار", id="ar-rail-station"),
        pytest.param("ar", "قتل ثلاثة أشخاص في هجوم مسلح على مركز صحي في بلدة غاريسا الكينية يوم الاثنين.", "مركز صحي", id="ar-health-centre"),
    ],
)  # fmt: skip
def test_a_station_of_civilian_transport_is_a_civilian_target(
    extractor: RuleExtractor, lang: str, text: str, words: str
) -> None:
    event = only_event(extractor, text, lang, PUBLISHED)
    assert_event(event, target={"name": "Civilians", "text": words})


def test_a_police_station_stays_the_polices(extractor: RuleExtractor) -> None:
    event = only_event(
        extractor,
        "Gunmen stormed a police station in Mandera county, Kenya, on Monday, killing two officers.",
        "en",
        PUBLISHED,
    )
    assert event.target is not None and event.target.name == "Police Forces of Kenya"


# "حركة طالبان الباكستانية" is the Pakistani Taliban, not "حركة طالبان" and an adjective
@pytest.mark.parametrize(
    ("lang", "text", "actor", "target"),
    [
        pytest.param("ar", "قتل 11 شخصا في هجوم شنه مسلحون من حركة طالبان الباكستانية على مركز للشرطة في بيشاور.", "Tehrik-i-Taliban Pakistan", "Police Forces of Pakistan", id="ar-pakistani-taliban"),
        pytest.param("en", "A US air strike killed a Hurras al-Din commander in Idlib on Monday.", "Military Forces of United States", "Hurras al-Din", id="en-hurras-al-din"),
    ],
)  # fmt: skip
def test_named_groups_by_their_full_names(
    extractor: RuleExtractor, lang: str, text: str, actor: str, target: str
) -> None:
    event = only_event(extractor, text, lang, PUBLISHED)
    assert_event(event, actor={"name": actor}, target={"name": target})


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("القاعدة تتبنى هجوما على معسكر للجيش في شبوة\n\nتبنى تنظيم القاعدة في جزيرة العرب هجوما على"
         " معسكر للجيش في مديرية عتق بمحافظة شبوة أمس أسفر عن مقتل ثلاثة جنود.", "ar"),
        ("Al-Qaeda claims attack on army camp in Shabwa\n\nAl-Qaeda in the Arabian Peninsula claimed"
         " an attack on an army camp in Ataq in Shabwa province yesterday that killed three"
         " soldiers.", "en"),
    ],
)  # fmt: skip
def test_the_branch_the_body_names_is_the_actor_the_headline_named_by_its_movement(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    ev = only_event(extractor, text, lang)
    assert_event(ev, actor={"name": "Al-Qaeda in the Arabian Peninsula"}, killed=3)
