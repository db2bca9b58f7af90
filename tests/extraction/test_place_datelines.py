"""A dateline ("BENGHAZI -", "بنغازي -") names where the report was filed, not the event's place."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import only_place


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("هجوم دام في شرق ليبيا\n\nبنغازي - شهدت مدينة درنة يوم الجمعة هجوما مسلحا على سوق قتل فيه"
         " ثلاثة أشخاص.", "ar"),
        ("Deadly attack in eastern Libya\n\nBENGHAZI - The town of Derna saw an armed attack on a"
         " market on Friday in which three people were killed.", "en"),
    ],
)  # fmt: skip
def test_the_dateline_after_a_headline_is_not_the_event_place(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    assert only_place(extractor, text, lang).name == "Darnah"
