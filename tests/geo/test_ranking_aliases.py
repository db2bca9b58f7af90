"""Ranking a name some towns bear as their own and others only as another name."""

from __future__ import annotations

from app.geo import Gazetteer


def test_san_miguel_is_the_town_of_that_name_not_san_diego(gaz: Gazetteer) -> None:
    best = gaz.resolve("San Miguel")[0]
    assert (best.name, best.country_code) == ("San Miguel", "SV")


def test_ariel_is_the_town_not_an_old_name_of_jerusalem(gaz: Gazetteer) -> None:
    assert gaz.resolve("Ariel")[0].name == "Ariel"


def test_a_spelling_of_a_towns_own_name_keeps_the_larger_town(gaz: Gazetteer) -> None:
    # "Derna" is how Darnah is written in English, not another name for it
    best = gaz.resolve("Derna")[0]
    assert (best.name, best.country_code) == ("Darnah", "LY")


def test_a_much_larger_city_keeps_its_foreign_name(gaz: Gazetteer) -> None:
    assert gaz.resolve("Roma")[0].country_code == "IT"


def test_context_still_outweighs_the_alias_rule(gaz: Gazetteer) -> None:
    assert gaz.resolve("San Miguel", ["US"])[0].country_code == "US"
