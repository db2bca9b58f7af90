"""Headline victims with no article ("shoot dead journalist", "kill Catholic priest", "killing
the imam"), attackers a killed figure includes, and attacks on ships that state no toll."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED, assert_event, assert_has, only_event


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen shoot dead reporter in Port Harcourt", 1),
        ("Militants kill Catholic priest in Nigeria's Benue", 1),
        ("Gunmen kill village chief in Mali's Segou region", 1),
        ("Suspected rebels killed the imam of a mosque in Beni.", 1),
        ("A blast tore through a mosque in Herat, killing the imam and three worshippers.", 4),
        ("Gunmen shot dead a village headman in Garissa County.", 1),
    ],
)
def test_a_victim_noun_after_any_cue_counts_one(
    extractor: RuleExtractor, text: str, killed: int
) -> None:
    assert_has(only_event(extractor, text).killed, best=killed)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Two bombers struck a bus station in Gombe, killing 9 people including the two bombers.",
            7,
        ),
        (
            "Gunmen stormed a hotel in Mopti, killing 15 people, including three of the attackers.",
            12,
        ),
        (
            "At least 11 people, including 8 assailants and three police officers, were killed in Zabul.",
            3,
        ),
    ],
)
def test_numbered_attackers_come_out_of_the_killed_figure(
    extractor: RuleExtractor, text: str, killed: int
) -> None:
    assert_has(only_event(extractor, text).killed, best=killed)


@pytest.mark.parametrize(
    "text",
    [
        "Pirates attacked a Liberian-flagged oil tanker off the coast of Nigeria.",
        "Armed pirates hijacked a bulk carrier off the Somali coast.",
    ],
)
def test_an_attack_on_a_ship_with_no_toll_is_kept(extractor: RuleExtractor, text: str) -> None:
    event = only_event(extractor, text)
    assert_event(event, killed=None, actor={"name": "Pirates"}, target={"kind": "civilians"})


def test_a_hijacked_ship_is_an_abduction(extractor: RuleExtractor) -> None:
    event = only_event(extractor, "Armed pirates hijacked a bulk carrier off the Somali coast.")
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_a_warship_is_a_navy_target(extractor: RuleExtractor) -> None:
    event = only_event(extractor, "Militants attacked an Egyptian warship off El Arish.")
    assert_has(event.target, kind="state_forces", country_code="EG")


@pytest.mark.parametrize(
    "text",
    [
        "Six years after the bus station bombing in Jos, residents gathered in the city to remember the 21 people who died.",
        "Relatives met in Garissa to remember the students who died in the university attack.",
    ],
)
def test_a_remembrance_reports_no_attack(extractor: RuleExtractor, text: str) -> None:
    assert extractor.extract(text, published=PUBLISHED, language="en").events == ()
