"""A country, or its government, written as the subject of an attack verb is the attacker."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import only_event


@pytest.mark.parametrize(
    ("text", "actor", "country"),
    [
        (
            "The United States carried out an airstrike on a militant hideout near Jilib, "
            "killing 11 fighters.",
            "Military Forces of United States",
            "US",
        ),
        (
            "Russia carried out airstrikes on the town of Kafranbel, killing 15 civilians.",
            "Military Forces of Russia",
            "RU",
        ),
        (
            "The Syrian government carried out a chemical attack on Douma, killing 43 people.",
            "Military Forces of Syria",
            "SY",
        ),
        (
            "The Syrian regime dropped barrel bombs on Daraya, killing nine civilians.",
            "Military Forces of Syria",
            "SY",
        ),
        (
            "Turkey has launched two drone strikes on a village near Qamishli, killing four people.",
            "Military Forces of Turkey",
            "TR",
        ),
    ],
)
def test_a_country_that_carried_out_the_attack_is_its_forces(
    extractor: RuleExtractor, text: str, actor: str, country: str
) -> None:
    event = only_event(extractor, text)
    assert event.actor is not None
    assert (event.actor.name, event.actor.country_code) == (actor, country)


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi government condemned the bombing in Baghdad that killed 12 people.",
        "Gunmen in Nigeria carried out an attack on a village in Zamfara, killing nine people.",
    ],
)
def test_a_country_that_only_speaks_or_locates_is_no_attacker(
    extractor: RuleExtractor, text: str
) -> None:
    actor = only_event(extractor, text).actor
    assert actor is None or actor.kind != "state_forces"


@pytest.mark.parametrize(
    "text",
    [
        "Israel launched airstrikes on Gaza City, killing ten members of one family.",
        "Airstrikes by Israel on Gaza City killed ten members of one family.",
    ],
)
def test_the_acting_country_is_not_where_it_happened(extractor: RuleExtractor, text: str) -> None:
    event = only_event(extractor, text)
    assert event.actor is not None and event.actor.country_code == "IL"
    assert event.location is not None
    assert (event.location.country_code, event.location.precision) == ("PS", "place")
