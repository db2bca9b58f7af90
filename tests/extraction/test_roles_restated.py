"""A named group's fighters told again by an unnamed noun ("the militants") are that group;
sailors are civilians."""

from __future__ import annotations

from app.extraction import RuleExtractor
from tests.extraction.events import assert_has, only_event


def test_the_militants_after_a_named_group_are_that_group(extractor: RuleExtractor) -> None:
    text = (
        "Nine ISWAP fighters and three soldiers were killed when the militants attacked a "
        "military base in Marte."
    )
    assert_has(only_event(extractor, text).actor, name="Islamic State West Africa Province")


def test_the_militants_with_no_group_named_stay_unidentified(extractor: RuleExtractor) -> None:
    text = "Three soldiers were killed when the militants attacked a military base in Marte."
    assert_has(only_event(extractor, text).actor, kind="unidentified_armed_group")


def test_sailors_are_civilians(extractor: RuleExtractor) -> None:
    text = "Abu Sayyaf gunmen beheaded two Vietnamese sailors on Jolo island."
    event = only_event(extractor, text)
    assert_has(event.actor, name="Abu Sayyaf")
    assert_has(event.target, kind="civilians")
    assert event.target is not None and "sailors" in event.target.text
