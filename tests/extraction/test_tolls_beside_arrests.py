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
