"""An attacking army's nationality and the foreign-alias guard: the English name of a town in
the country attacked ("Hodeidah", "Tulkarem") is its name there, not a foreign alias."""

from __future__ import annotations

from datetime import date

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import only_place

PUBLISHED = date(2024, 6, 12)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The US military said its jets struck a Houthi radar site near Hodeidah, killing four.",
            "Al Hudaydah",
            "YE",
        ),
        ("Israeli forces stormed Tulkarem before dawn and shot dead two men.", "Tulkarm", "PS"),
        ("Israeli airstrikes on Jabalia killed nine people overnight.", "Jabalya", "PS"),
    ],
)
def test_an_attacking_armys_country_does_not_make_the_town_it_hits_foreign(
    extractor: RuleExtractor, text: str, name: str, country: str
) -> None:
    place = only_place(extractor, text, "en", PUBLISHED)
    assert (place.name, place.country_code) == (name, country)


@pytest.mark.parametrize(
    "attacked",
    [
        "Kenyan soldiers were ambushed near Boni, and three of them were killed.",
        "Militants killed two Kenyan soldiers at an army post in Boni.",
        "Kenyan police said gunmen killed four people in Boni.",
    ],
)
def test_only_the_attacking_army_loses_its_country_for_the_guard(
    extractor: RuleExtractor, attacked: str
) -> None:
    # "Boni" is stored only as other languages' names of Bonn (DE) and Watampone (ID): an
    # attacked army or police serve at home, where the gazetteer lacks the village. An attacking
    # one fights abroad: "Galkayo" is the English name of Gaalkacyo, Somalia
    attacking = "Kenyan troops shelled al-Shabaab positions near Galkayo, killing six."
    abroad = only_place(extractor, attacking, "en", PUBLISHED)
    home = only_place(extractor, attacked, "en", PUBLISHED).country_code
    assert (abroad.name, abroad.country_code, home in ("DE", "ID")) == ("Gaalkacyo", "SO", False)
