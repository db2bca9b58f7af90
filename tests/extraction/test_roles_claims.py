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
