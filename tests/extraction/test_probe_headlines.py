"""Headlines and list entries: a month called May, headline verbs of killing, a country before
a colon, what attackers wore."""

from __future__ import annotations

from datetime import date

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import assert_has, only_event

END_OF_YEAR = date(2018, 12, 31)


@pytest.mark.parametrize(
    "text",
    [
        "On 13 May 2018, a suicide bomber killed seven worshippers at a church in Surabaya.",
        "On May 13, a bomber killed seven worshippers at a church in Surabaya.",
    ],
)
def test_may_beside_a_number_is_a_month(extractor: RuleExtractor, text: str) -> None:
    event = only_event(extractor, text, published=END_OF_YEAR)
    assert_has(event.killed, best=7)
    assert_has(event.date, value=date(2018, 5, 13))


def test_may_as_a_verb_still_tells_no_attack(extractor: RuleExtractor) -> None:
    text = "Militants may attack churches in Surabaya, police warned."
    assert extractor.extract(text, published=END_OF_YEAR, language="en").events == ()


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Mozambique: insurgents behead 11 in Cabo Delgado", 11),
        ("Jihadists massacre 30 in central Mali", 30),
        ("Gunmen shoot dead 5 in Kaduna", 5),
        ("Bandits slaughtered 17 villagers in Zamfara state.", 17),
        ("Gunmen gunned down four policemen in Kaduna.", 4),
    ],
)
def test_headline_verbs_of_killing_count(extractor: RuleExtractor, text: str, killed: int) -> None:
    assert_has(only_event(extractor, text).killed, best=killed)


def test_a_country_before_a_colon_is_no_adjective(extractor: RuleExtractor) -> None:
    event = only_event(extractor, "Mozambique: insurgents behead 11 in Cabo Delgado")
    assert_has(event.actor, kind="unidentified_armed_group", text="insurgents")


def test_a_uniform_names_no_force(extractor: RuleExtractor) -> None:
    text = "Gunmen in military uniforms killed 25 villagers in a raid on a village in Zamfara."
    assert_has(only_event(extractor, text).actor, kind="unidentified_armed_group")
