"""A state named like a country, a province named like a small foreign town, a headline's bare
singular victim and a demonym standing for one person. Sentences written for these tests."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import Want, assert_event, only_event


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "Gunmen killed 12 villagers in Kagara, Niger State, on Sunday.",
            {"killed": 12, "location": {"country_code": "NG", "name": "Kagara"}},
            id="niger-state-is-nigerian",
        ),
        pytest.param(
            "Bandits abducted 30 students in Niger State on Tuesday.",
            {"location": {"country_code": "NG", "precision": "admin1"}},
            id="niger-state-alone",
        ),
        pytest.param(
            "Jihadists killed 10 soldiers in Tillaberi, Niger.",
            {"location": {"country_code": "NE"}},
            id="niger-the-country-stays",
        ),
        pytest.param(
            "Militiamen killed 40 villagers in Kasai on Monday.",
            {"killed": 40, "location": {"country_code": "CD", "precision": "admin1"}},
            id="kasai-is-the-congolese-province",
        ),
    ],
)
def test_admin_units_named_like_other_places(
    extractor: RuleExtractor, text: str, want: dict[str, Want]
) -> None:
    assert_event(only_event(extractor, text), **want)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Police officer killed in Kandahar", "AF"),
        ("Gunmen kill teacher in Borno", "NG"),
        ("Journalist shot dead in Mogadishu", "SO"),
        ("Soldier killed in roadside bomb blast in Helmand", "AF"),
        ("Militants kill policeman in Peshawar", "PK"),
        ("Woman killed in airstrike on Idlib", "SY"),
        # the headline's first word is the victim, not Man, Ivory Coast
        ("Man killed in Kabul blast", "AF"),
    ],
)
def test_a_headlines_bare_singular_victim_is_one_killed(
    extractor: RuleExtractor, text: str, country: str
) -> None:
    assert_event(only_event(extractor, text), killed=1, location={"country_code": country})


def test_a_headlines_bare_singular_victim_may_be_wounded(extractor: RuleExtractor) -> None:
    text = "Policeman injured in grenade attack in Srinagar"
    assert_event(only_event(extractor, text), killed=None, wounded=1)


def test_a_bare_noun_inside_prose_counts_nobody(extractor: RuleExtractor) -> None:
    # only after a killing verb or at the head of a line is a bare noun a victim
    text = "Three people were killed in Kandahar when officer training ended, police said."
    assert_event(only_event(extractor, text), killed=3)


@pytest.mark.parametrize(
    "text",
    [
        "A Palestinian stabbed two Israelis in Jerusalem.",
        "An Afghan stabbed two people in Mannheim on Friday.",
        "Two Palestinians opened fire on a bus, killing four Israelis.",
    ],
)
def test_a_demonym_standing_for_a_person_is_no_state_force(
    extractor: RuleExtractor, text: str
) -> None:
    assert_event(only_event(extractor, text), actor={"kind": "unidentified_armed_group"})


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A Russian strike killed five civilians in Kharkiv.", "RU"),
        ("An Israeli airstrike killed four people in Gaza.", "IL"),
    ],
)
def test_a_demonym_on_an_attack_noun_still_names_a_state_force(
    extractor: RuleExtractor, text: str, country: str
) -> None:
    assert_event(
        only_event(extractor, text), actor={"kind": "state_forces", "country_code": country}
    )
