"""Claims nobody made, suspicions and accusations, and civilian infrastructure as the target,
on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from app.extraction import RuleExtractor
from app.extraction.types import ExtractedEvent

PUBLISHED = date(2024, 5, 10)  # a Friday


def _only(extractor: RuleExtractor, text: str, lang: str) -> ExtractedEvent:
    events = extractor.extract(text, published=PUBLISHED, language=lang).events
    assert len(events) == 1, events
    return events[0]


def test_a_negative_pronoun_that_claims_is_no_group(extractor: RuleExtractor) -> None:
    for lang, text in (
        ("en", "Nobody has claimed responsibility for the ambush, which killed four soldiers on a road outside Beledweyne on Tuesday."),
        ("en", "Four soldiers died on Tuesday when gunmen ambushed an army truck outside Beledweyne. Nobody has yet claimed the ambush."),
        ("ar", "لم يتبن أحد الكمين الذي قتل فيه أربعة جنود على طريق خارج مدينة بلدوين يوم الثلاثاء."),
        ("ar", "قتل أربعة جنود في كمين نصبه مسلحون لشاحنة عسكرية خارج مدينة بلدوين، ولم تعلن أي جهة مسؤوليتها عن الكمين."),
    ):  # fmt: skip
        event = _only(extractor, text, lang)
        assert event.actor is None or event.actor.name == "Unidentified Armed Group", text
        assert event.killed is not None and event.killed.best == 4, text


def test_the_side_that_suspects_is_no_party_and_the_suspected_side_is_the_actor(
    extractor: RuleExtractor,
) -> None:
    for lang, text, actor in (
        ("en", "Police suspect Islamist militants in the bombing, which killed nine traders at a cattle market in Gombe on Thursday.", "Unidentified Armed Group"),
        ("en", "A roadside bomb killed nine traders on the road to Gombe on Thursday. Police suspect Boko Haram fighters of planting it.", "Boko Haram"),
        ("ar", "قتل تسعة تجار في انفجار عبوة ناسفة على الطريق المؤدي إلى مدينة غومبي يوم الخميس، وتشتبه الشرطة في جماعة بوكو حرام.", "Boko Haram"),
    ):  # fmt: skip
        event = _only(extractor, text, lang)
        assert event.actor is not None and event.actor.name == actor, text
        assert event.killed is not None and event.killed.best == 9, text


def test_a_group_accused_after_a_toll_with_no_attack_word_is_the_actor(
    extractor: RuleExtractor,
) -> None:
    for lang, text in (
        ("en", "Gunmen shot dead six farmers near Damboa on Wednesday. Police blamed Boko Haram."),
        ("en", "Gunmen shot dead six farmers near Damboa on Wednesday. The police accused Boko Haram of the killings."),
        ("ar", "قتل مسلحون ستة مزارعين قرب بلدة دامبوا يوم الأربعاء. واتهمت الشرطة جماعة بوكو حرام."),
    ):  # fmt: skip
        event = _only(extractor, text, lang)
        assert event.actor is not None and event.actor.name == "Boko Haram", text
        assert event.killed is not None and event.killed.best == 6, text


def test_a_station_of_civilian_transport_is_a_civilian_target(extractor: RuleExtractor) -> None:
    for lang, text, words in (
        ("en", "Gunmen opened fire at a rail station in Mandera county, Kenya, on Monday, killing three travellers.", "rail station"),
        ("en", "A bomb went off at a crowded bus station in Garissa, Kenya, on Monday, killing three travellers.", "bus station"),
        ("ar", "قتل ثلاثة مسافرين في هجوم مسلح على محطة القطار في مدينة مانديرا الكينية يوم الاثنين.", "محطة القطار"),
        ("ar", "قتل ثلاثة أشخاص في هجوم مسلح على مركز صحي في بلدة غاريسا الكينية يوم الاثنين.", "مركز صحي"),
    ):  # fmt: skip
        event = _only(extractor, text, lang)
        assert event.target is not None, text
        assert (event.target.name, event.target.text) == ("Civilians", words), text


def test_a_police_station_stays_the_polices(extractor: RuleExtractor) -> None:
    event = _only(
        extractor,
        "Gunmen stormed a police station in Mandera county, Kenya, on Monday, killing two officers.",
        "en",
    )
    assert event.target is not None and event.target.name == "Police Forces of Kenya"
