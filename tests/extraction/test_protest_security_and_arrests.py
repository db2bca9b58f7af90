"""At a protest, a country's "security forces" are the police policing the crowd, and the
arrests of the crowd are part of the protest, not an event of their own: sentences written for
these tests."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED, assert_event, only_event


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Security forces fired live rounds at protesters in Nasiriyah on Monday, wounding 12.", "en"),
        ("Iraqi security forces fired tear gas at protesters in Basra on Monday, wounding nine.", "en"),
        ("أطلقت قوات الأمن الرصاص الحي على المتظاهرين في مدينة الناصرية يوم الاثنين فأصابت 12 منهم.", "ar"),
    ],
)  # fmt: skip
def test_security_forces_firing_on_protesters_are_the_police(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    event = only_event(extractor, text, lang)
    assert (event.event_type, event.sub_event_type) == (
        "Protests",
        "Excessive force against protesters",
    )
    assert_event(event, actor={"name": "Police Forces of Iraq", "kind": "police"})


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        # away from a crowd, security forces stay the state's forces
        ("Security forces killed three gunmen in Kirkuk on Monday.", "en", "Military Forces of Iraq"),
        ("قتلت قوات الأمن ثلاثة مسلحين في مدينة كركوك يوم الاثنين.", "ar", "Military Forces of Iraq"),
        # the army firing on a crowd stays the army
        ("أطلق الجيش الرصاص الحي على المتظاهرين في مدينة الناصرية يوم الاثنين فأصاب 12 منهم.", "ar", "Military Forces of Iraq"),
    ],
)  # fmt: skip
def test_security_forces_elsewhere_and_the_army_keep_their_reading(
    extractor: RuleExtractor, text: str, lang: str, actor: str
) -> None:
    assert_event(only_event(extractor, text, lang), actor={"name": actor})


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Police fired tear gas at protesters in Kampala on Monday, wounding five people. "
            "A rights group said later on Monday that 30 people had been arrested in Kampala.",
            "en",
        ),
        (
            "أطلقت الشرطة الغاز المسيل للدموع على المتظاهرين في مدينة الخرطوم يوم الاثنين فأصابت "
            "خمسة منهم. وقالت لجنة حقوقية إن الشرطة اعتقلت 30 شخصا في الخرطوم.",
            "ar",
        ),
    ],
)
def test_arrests_of_the_crowd_belong_to_the_protest(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    event = only_event(extractor, text, lang)
    assert event.event_type == "Protests"
    assert_event(event, wounded=5)


def test_arrests_of_militants_beside_a_protest_are_their_own_event(
    extractor: RuleExtractor,
) -> None:
    text = (
        "Hundreds of people marched peacefully through Mombasa on Monday. "
        "In Lamu, police arrested three suspected al-Shabaab militants on Monday."
    )
    events = extractor.extract(text, published=PUBLISHED, language="en").events
    types = sorted((e.event_type, e.location.name if e.location else None) for e in events)
    assert types == [("Protests", "Mombasa"), ("Strategic developments", "Lamu")]
