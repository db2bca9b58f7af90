"""Extract a text written for a test and check the one event it yields."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from app.extraction import RuleExtractor
from app.extraction.types import ExtractedEvent, Place

PUBLISHED = date(2024, 3, 6)  # a Wednesday

# what a role of the event should be: None (absent), a toll's best figure, or its attributes
Want = Mapping[str, object] | int | None


def only_event(
    extractor: RuleExtractor, text: str, lang: str = "en", published: date = PUBLISHED
) -> ExtractedEvent:
    """Extract ``text`` and return its one event, failing when there are more or none."""
    events = extractor.extract(text, published=published, language=lang).events
    assert len(events) == 1, events
    return events[0]


def only_place(
    extractor: RuleExtractor, text: str, lang: str = "en", published: date = PUBLISHED
) -> Place:
    """The location of the one event ``text`` yields, failing when it has none."""
    place = only_event(extractor, text, lang, published).location
    assert place is not None
    return place


def assert_has(value: object | None, /, **fields: object) -> None:
    """Assert ``value`` is present and each named attribute of it equals the value given."""
    assert value is not None
    assert {name: getattr(value, name) for name in fields} == fields


def assert_event(event: ExtractedEvent, **want: Want) -> None:
    """Assert each named role (actor, target, killed, ...) of ``event`` is what ``want`` says.

    None: the role is absent; an int: the toll's best figure; a mapping: the role's attributes.
    """
    for role, expected in want.items():
        value = getattr(event, role)
        if expected is None:
            assert value is None, role
        elif isinstance(expected, int):
            assert value is not None and value.best == expected, role
        else:
            assert_has(value, **expected)
