"""A demonym beside a person noun is that person's nationality: no side of the incident and
not where it happened while the text names another country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import Want, assert_event, only_event


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
    assert_event(
        only_event(extractor, text, language),
        location={"country_code": "AF"},
        actor={"name": "Taliban"},
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "Taliban fighters killed a German hostage on Sunday.",
            {"actor": {"kind": "rebel_group"}},
            id="hostage-nationality-is-no-state-force-beside-the-trigger",
        ),
        pytest.param(
            "Gunmen killed an American aid worker on Sunday, Sudanese officials said.",
            {"location": {"country_code": "SD"}, "target": {"text": "American aid worker"}},
            id="aid-worker-nationality-yields-to-a-country-word",
        ),
        pytest.param(
            "A German hostage was killed by gunmen on Sunday.",
            {"location": {"country_code": "DE"}},
            id="nationality-alone-still-places-the-event-in-that-country",
        ),
    ],
)
def test_nationality_of_a_person_is_no_side_and_places_the_event_only_when_alone(
    extractor: RuleExtractor, text: str, want: dict[str, Want]
) -> None:
    assert_event(only_event(extractor, text), **want)
