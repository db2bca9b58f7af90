"""A lead that sums a day's strikes up city by city ("killing four in Dnipro and wounding six in
Sumy") tells one incident per city, each with its own figure: sentences written for these
tests."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russian missiles struck two cities on Sunday, killing four people in Dnipro and wounding six in Sumy.", "en"),
        ("Russia attacked Ukraine with drones on Sunday, killing four people in Dnipro and wounding six others in Sumy.", "en"),
    ],
)  # fmt: skip
def test_a_killed_and_a_wounded_figure_at_two_cities_are_two_incidents(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    events = extractor.extract(text, published=PUBLISHED, language=lang).events
    tolls = sorted(
        (
            e.location.name if e.location else None,
            e.killed.best if e.killed else None,
            e.wounded.best if e.wounded else None,
        )
        for e in events
    )
    assert tolls == [("Dnipro", 4, None), ("Sumy", None, 6)]


def test_a_killed_and_a_wounded_figure_at_one_city_stay_one_incident(
    extractor: RuleExtractor,
) -> None:
    text = (
        "A Russian missile struck Dnipro on Sunday, killing four people and wounding six in Dnipro."
    )
    events = extractor.extract(text, published=PUBLISHED, language="en").events
    assert [(e.killed and e.killed.best, e.wounded and e.wounded.best) for e in events] == [(4, 6)]
