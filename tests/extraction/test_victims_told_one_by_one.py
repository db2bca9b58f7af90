"""Victims told one by one in English: a person by trade, a possessive ("his wife"), "N members
of one family", and one shell; sentences written for these tests."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import assert_event, only_event


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A landmine killed a shepherd near Hodeidah on Monday.", 1),
        ("Gunmen shot dead a fisherman off the coast of Lamu on Monday.", 1),
        ("A landmine killed a shepherd and his two sons near Hodeidah on Monday.", 3),
        ("A roadside bomb killed a farmer and his wife near Kandahar on Monday.", 2),
        ("Three members of one family were killed when their house was bombed in Idlib.", 3),
    ],
)
def test_victims_told_one_by_one_are_counted(
    extractor: RuleExtractor, text: str, killed: int
) -> None:
    assert_event(only_event(extractor, text), killed=killed, target={"name": "Civilians"})


def test_one_family_is_no_toll_of_one(extractor: RuleExtractor) -> None:
    ev = only_event(extractor, "Five members of one family were killed in an air strike on Rafah.")
    assert_event(ev, killed=5)


@pytest.mark.parametrize(
    "shell", ["A shell hit", "A mortar shell struck", "A tank shell slammed into"]
)
def test_one_shell_is_shelling(extractor: RuleExtractor, shell: str) -> None:
    ev = only_event(extractor, f"{shell} a house in Donetsk on Monday, killing two children.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert_event(ev, killed=2)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli troops shot dead a 19-year-old Palestinian near Tubas on Monday.",
        "Unknown gunmen killed an Afghan outside a mosque in Peshawar on Monday.",
        "Militants shot dead a Kashmiri in Pulwama on Monday.",
    ],
)
def test_a_person_told_by_nationality_alone_counts_one(extractor: RuleExtractor, text: str) -> None:
    assert_event(only_event(extractor, text), killed=1, target={"name": "Civilians"})


def test_a_district_head_killed_counts_one(extractor: RuleExtractor) -> None:
    event = only_event(extractor, "Bandits shot dead a district head in Maru, Zamfara, on Monday.")
    assert_event(event, killed=1, target={"name": "Civilians"})
