"""Arabic nationalities written as nouns right after a casualty word ("قتل فلسطيني": a
Palestinian was killed) count their victims. Sentences written for these tests."""

from __future__ import annotations

from app.extraction import RuleExtractor
from tests.extraction.events import only_event


def test_arabic_a_palestinian_killed_alone_is_an_event_with_one_killed(
    extractor: RuleExtractor,
) -> None:
    ev = only_event(
        extractor, "قتل فلسطيني وأصيب آخرون خلال مواجهات في بلدة قباطية جنوب جنين.", "ar"
    )
    assert ev.killed is not None and ev.killed.best == 1
