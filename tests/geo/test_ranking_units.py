"""A name both an admin1 unit and a small place bear, and a country name before an admin-unit
noun. Names chosen for these tests."""

from __future__ import annotations

import pytest

from app.geo import Gazetteer


@pytest.mark.parametrize(("name", "country"), [("Kasai", "CD"), ("Bay", "SO")])
def test_a_province_beats_a_small_foreign_place_of_its_name(
    gaz: Gazetteer, name: str, country: str
) -> None:
    best = gaz.resolve(name)[0]
    assert (best.precision, best.country_code) == ("admin1", country)


def test_a_context_country_still_keeps_its_small_place(gaz: Gazetteer) -> None:
    best = gaz.resolve("Kasai", ["JP"])[0]
    assert (best.precision, best.country_code) == ("place", "JP")


def test_a_provinces_own_seat_keeps_the_name(gaz: Gazetteer) -> None:
    best = gaz.resolve("Kidal")[0]
    assert (best.precision, best.country_code) == ("place", "ML")


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Gunmen killed 12 villagers in Kagara, Niger State, on Sunday.", []),
        ("Bandits raided a school in Niger state on Friday.", []),
        ("Jihadists killed ten soldiers in Niger on Sunday.", ["NE"]),
        # a demonym before the noun says whose the unit is
        ("The attack hit the Nigerian state of Borno.", ["NG"]),
    ],
)
def test_a_country_name_before_an_admin_noun_names_no_country(
    gaz: Gazetteer, text: str, codes: list[str]
) -> None:
    assert [c.country_code for c in gaz.countries(text, "en")] == codes
