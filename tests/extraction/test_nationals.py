"""A demonym beside a person noun is that person's nationality: no side of the incident and
not where it happened while the text names another country. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from app.extraction import RuleExtractor
from app.extraction.types import ExtractedEvent

PUBLISHED = date(2024, 3, 6)


def _only(extractor: RuleExtractor, text: str, language: str) -> ExtractedEvent:
    events = extractor.extract(text, published=PUBLISHED, language=language).events
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Taliban fighters killed a German hostage on Sunday.", "en"),
        ("أعدمت حركة طالبان الرهينة الألماني يوم الأحد.", "ar"),
    ],
)
def test_hostage_nationality_yields_to_the_country_of_the_group_named(
    extractor: RuleExtractor, text: str, language: str
) -> None:
    ev = _only(extractor, text, language)
    assert ev.location is not None and ev.location.country_code == "AF"
    assert ev.actor is not None and ev.actor.name == "Taliban"


def test_hostage_nationality_is_no_state_force_beside_the_trigger(
    extractor: RuleExtractor,
) -> None:
    ev = _only(extractor, "Taliban fighters killed a German hostage on Sunday.", "en")
    assert ev.actor is not None and ev.actor.kind == "rebel_group"


def test_aid_worker_nationality_yields_to_a_country_word(extractor: RuleExtractor) -> None:
    ev = _only(
        extractor, "Gunmen killed an American aid worker on Sunday, Sudanese officials said.", "en"
    )
    assert ev.location is not None and ev.location.country_code == "SD"
    assert ev.target is not None and ev.target.text == "American aid worker"


def test_nationality_alone_still_places_the_event_in_that_country(
    extractor: RuleExtractor,
) -> None:
    ev = _only(extractor, "A German hostage was killed by gunmen on Sunday.", "en")
    assert ev.location is not None and ev.location.country_code == "DE"
