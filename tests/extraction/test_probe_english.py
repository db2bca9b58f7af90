"""English incident summaries and headlines of kinds lists of attacks use: the Islamic State's
"IS" before a fighter noun, pirates, a toll told with "is", and a town written with its article."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import assert_has, only_event


@pytest.mark.parametrize(
    "text",
    [
        "An IS suicide bomber killed 35 guests at a wedding in Gaziantep.",
        "IS gunmen stormed a hospital in Jalalabad, killing six patients.",
    ],
)
def test_is_before_a_fighter_noun_is_the_islamic_state(extractor: RuleExtractor, text: str) -> None:
    assert_has(only_event(extractor, text).actor, name="Islamic State")


def test_the_verb_is_names_no_group(extractor: RuleExtractor) -> None:
    text = "The bomber is believed to have killed 12 people at a market in Maiduguri."
    actor = only_event(extractor, text).actor
    assert actor is None or actor.name != "Islamic State"


@pytest.mark.parametrize(
    "text",
    [
        "Pirates attacked a fishing boat off the coast of Tawi-Tawi, killing two fishermen.",
        "Armed pirates boarded a cargo ship near Lagos and shot dead one crew member.",
    ],
)
def test_pirates_are_the_attackers(extractor: RuleExtractor, text: str) -> None:
    assert_has(only_event(extractor, text).actor, name="Pirates")


def test_pirates_of_a_demonym_keep_its_country(extractor: RuleExtractor) -> None:
    text = "Somali pirates hijacked a fishing dhow and killed two of its crew."
    event = only_event(extractor, text)
    assert_has(event.actor, name="Pirates")
    assert_has(event.location, country_code="SO")


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The death toll is 23 after a car bomb exploded at a market in Hillah.", 23),
        ("The death toll was 14 after gunmen attacked a bus in Mandera.", 14),
    ],
)
def test_a_toll_told_with_is(extractor: RuleExtractor, text: str, killed: int) -> None:
    assert_has(only_event(extractor, text).killed, best=killed)


def test_a_town_written_with_its_article_is_the_known_town(extractor: RuleExtractor) -> None:
    text = "Gunmen attacked the town of El Geneina in West Darfur, killing 14 civilians."
    assert_has(only_event(extractor, text).location, country_code="SD", precision="place")
    place = only_event(extractor, text).location
    assert place is not None and place.text != "El"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a Christian village in Plateau State, killing 12 people.",
        "Jihadists stormed an Alawite village near Hama, killing nine civilians.",
    ],
)
def test_an_adjective_before_a_settlement_noun_names_no_place(
    extractor: RuleExtractor, text: str
) -> None:
    place = only_event(extractor, text).location
    assert place is not None and place.text not in ("Christian", "Alawite")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Raia Mutomboki militiamen killed 14 villagers in Kalehe territory.", "Kalehe"),
        ("Mai-Mai fighters killed five soldiers in Walikale territory, North Kivu.", "Walikale"),
    ],
)
def test_a_congolese_territory_is_an_area(extractor: RuleExtractor, text: str, name: str) -> None:
    assert_has(only_event(extractor, text).location, name=name, precision="admin2")


def test_a_settlement_named_with_a_lower_case_article(extractor: RuleExtractor) -> None:
    text = "Gunmen attacked the village of al-Mazraa near Sweida, killing five farmers."
    assert_has(only_event(extractor, text).location, text="al-Mazraa", country_code="SY")
