"""A toll told beside an incident of a kind that carries none (an arrest) is an incident of its
own: sentences written for these tests."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police arrested three suspects after gunmen killed 12 people in Kano on Monday.", "en"),
        ("After gunmen killed 12 people in Kano on Monday, police arrested three suspects.", "en"),
        (
            "Gunmen killed 12 people in Kano on Monday and police then arrested three suspects.",
            "en",
        ),
        ("اعتقلت الشرطة ثلاثة مشتبه بهم بعد أن قتل مسلحون 12 شخصا في كانو يوم الاثنين.", "ar"),
    ],
)
def test_a_killing_told_beside_an_arrest_keeps_its_toll(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    events = extractor.extract(text, published=PUBLISHED, language=lang).events
    by_type = {e.event_type: e for e in events}
    assert set(by_type) == {"Strategic developments", "Violence against civilians"}
    killing = by_type["Violence against civilians"]
    assert killing.killed is not None and killing.killed.best == 12
    assert killing.actor is not None and killing.actor.name == "Unidentified Armed Group"
    assert killing.location is not None and killing.location.name == "Kano"
    assert by_type["Strategic developments"].killed is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وأعلن مصدر أمني أمس اعتقال ثلاثة مسلحين في مدينة الفلوجة يشتبه في مسؤوليتهم عن تفجيرات"
            " استهدفت الأسواق.",
            "ar",
        ),
        ("اعتقلت الشرطة أمس في كربلاء رجلين كانا يقودان سيارة مفخخة.", "ar"),
        ("أعلنت الشرطة أمس توقيف رجلين في مدينة كركوك على صلة بخطف مهندس تركي.", "ar"),
        ("Police arrested two men driving a car bomb in Karbala on Monday.", "en"),
    ],
)
def test_an_attack_with_no_toll_told_after_an_arrest_is_what_it_is_for(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    events = extractor.extract(text, published=PUBLISHED, language=lang).events
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Strategic developments", "Arrests")
    ]


@pytest.mark.parametrize(
    ("text", "etype", "killed"),
    [
        ("اعتقلت الشرطة أمس ثلاثة مسلحين في كركوك بعد هجوم قتل فيه خمسة جنود.", "Battles", 5),
        ("اعتقلت الشرطة أمس ثلاثة مسلحين خلال اشتباكات في حي الشرطة بكركوك.", "Battles", None),
    ],
)
def test_an_attack_with_a_toll_or_fighting_after_an_arrest_stays_violent(
    extractor: RuleExtractor, text: str, etype: str, killed: int | None
) -> None:
    events = extractor.extract(text, published=PUBLISHED, language="ar").events
    (attack,) = [e for e in events if e.event_type != "Strategic developments"]
    assert attack.event_type == etype
    assert (attack.killed.best if attack.killed else None) == killed
