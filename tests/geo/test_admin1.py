"""The build's GeoNames admin1 -> ISO 3166-2 join: one test per failure class it once had."""

from __future__ import annotations

import pytest

from app.geo import Gazetteer
from app.geo.build.admins import join_admin1
from app.geo.build.sources import City, Subdivision, _english_name


@pytest.mark.parametrize(
    ("name", "cc", "admin1"),
    [
        # a few small towns named like a neighbour ("Morelos", "Hidalgo") outvoted the state
        ("Morelia", "MX", "MX-MIC"),
        ("Uruapan", "MX", "MX-MIC"),
        ("Monterrey", "MX", "MX-NLE"),
        # one town whose alias is a neighbour's name ("Jawf") outvoted the governorate
        ("Zinjibar", "YE", "YE-AB"),
        # towns nearer a neighbour's point than their own (ISO point in the desert)
        ("Ramadi", "IQ", "IQ-AN"),
        ("Fallujah", "IQ", "IQ-AN"),
        # two GeoNames units on one ISO code: the province gave way to the city
        ("La Plata", "AR", "AR-B"),
        ("Mar del Plata", "AR", "AR-B"),
        ("Erbil", "IQ", "IQ-KR"),
    ],
)
def test_place_takes_its_own_first_level_unit(
    gaz: Gazetteer, name: str, cc: str, admin1: str
) -> None:
    best = gaz.resolve(name, [cc])[0]
    assert (best.country_code, best.admin1_code) == (cc, admin1)


def test_buenos_aires_city_keeps_the_autonomous_city(gaz: Gazetteer) -> None:
    assert gaz.resolve("Buenos Aires", ["AR"])[0].admin1_code == "AR-C"


def _city(gid: int, name: str, admin1: str, lat: float, lon: float, pop: int) -> City:
    return City(gid, name, "ZZ", admin1, lat, lon, pop, [])


def _sub(code: str, name: str, lat: float, lon: float) -> Subdivision:
    return Subdivision(code, "ZZ", None, name, name, None, lat, lon, [name])


SUBS = [_sub("ZZ-NO", "Norte", 10.0, 0.0), _sub("ZZ-SU", "Sur", 0.0, 0.0)]


def test_small_towns_named_like_a_neighbour_do_not_decide() -> None:
    cities = [_city(i, f"Town {i}", "02", 0.5, 0.1 * i, 5000) for i in range(1, 9)]
    cities += [_city(20, "Norte", "02", 0.2, 0.0, 3000), _city(21, "Big", "01", 9.8, 0, 9000)]
    table = join_admin1(cities, SUBS, {})
    assert {table[c.geonameid] for c in cities if c.admin1 == "02"} == {"ZZ-SU"}


def test_unit_nearer_a_neighbours_point_gives_way_to_the_neighbour() -> None:
    own = [_city(i, f"North {i}", "01", 9.9, 0.1 * i, 5000) for i in range(1, 6)]
    # the southern unit's towns all lie a little nearer the northern point
    south = [_city(10 + i, f"South {i}", "02", 5.5, 0.1 * i, 5000) for i in range(1, 4)]
    south.append(_city(20, "Edge", "02", 4.0, 0.0, 5000))
    table = join_admin1(own + south, SUBS, {})
    assert {table[c.geonameid] for c in own} == {"ZZ-NO"}
    assert {table[c.geonameid] for c in south} == {"ZZ-SU"}


def test_reviewed_override_wins() -> None:
    cities = [_city(1, "Somewhere", "07", 9.9, 0.0, 5000)]
    assert join_admin1(cities, SUBS, {("ZZ", "07"): "ZZ-SU"}) == {1: "ZZ-SU"}


@pytest.mark.parametrize(
    ("place", "cc", "admin1"),
    [
        # the ISO name in plain letters is the name in use; its "(eng)" local names were
        # nicknames or variants ("Tumbin Giwa", "Las Gidi", "Hillmand", "Bagdad", "Five Lions")
        ("Kano", "NG", "Kano"),
        ("Ikeja", "NG", "Lagos"),
        ("Lashkar Gah", "AF", "Helmand"),
        ("Baghdad", "IQ", "Baghdad"),
        ("Bazarak", "AF", "Panjshayr"),
        # a transliteration gives way to the spelling of a place of the country ("Ḩalab")
        ("Aleppo", "SY", "Aleppo"),
        ("Kandahar", "AF", "Kandahar"),
        # a designation may go ("Vinnytska oblast")
        ("Vinnytsia", "UA", "Vinnytsia"),
    ],
)
def test_admin1_names_are_the_names_in_use(
    gaz: Gazetteer, place: str, cc: str, admin1: str
) -> None:
    best = gaz.resolve(place, [cc])[0]
    assert (best.country_code, best.admin1_name) == (cc, admin1)


@pytest.mark.parametrize(
    ("iso_name", "english", "places", "expected"),
    [
        ("Kano", ["Centre of Commerce", "Tumbin Giwa"], {}, "Kano"),
        ("Helmand", ["Hillmand", "Hermand"], {}, "Helmand"),
        ("Ḩalab", ["Aleppo"], {"aleppo": "Aleppo"}, "Aleppo"),
        ("Ḩalab", ["Aleppo"], {}, "Aleppo"),  # an exonym, with no place to confirm it
        ("Baghdād", ["Bagdad"], {"baghdad": "Baghdad"}, "Baghdad"),
        ("Vinnytska oblast", ["Vinnytsia", "Vinnychchyna"], {}, "Vinnytsia"),
        ("Al Qāhirah", ["Cairo"], {}, "Cairo"),
    ],
)
def test_english_name_of_a_unit(
    iso_name: str, english: list[str], places: dict[str, str], expected: str
) -> None:
    locals_ = [(name, "eng") for name in english]
    assert _english_name(iso_name, locals_, places) == expected
