"""Prosecutors who report a killing they investigate (not a trial), and tallies over a period
("over the past year"), which report no incident."""

from __future__ import annotations

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED, assert_has, only_event


def test_prosecutors_said_reports_the_killing(extractor: RuleExtractor) -> None:
    text = "Gunmen shot dead a municipal councillor in Guerrero state on Sunday, state prosecutors said."
    assert_has(only_event(extractor, text).killed, best=1)
    # at a trial they still tell no new incident
    text = "Prosecutors allege the defendant shot dead two guards at a bank in Leeds."
    assert extractor.extract(text, published=PUBLISHED, language="en").events == ()


def test_a_tally_over_a_period_is_no_incident(extractor: RuleExtractor) -> None:
    text = "Troops killed 75 insurgents in Borno over the past three months, a spokesman said."
    assert extractor.extract(text, published=PUBLISHED, language="en").events == ()
