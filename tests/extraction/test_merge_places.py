"""When two places of one article can be the same incident's place (where.place_relation)."""

from __future__ import annotations

from app.extraction.doc import Mention, PlaceRef
from app.extraction.steps.where import finer, place_relation
from app.extraction.types import Place


def _ref(name: str, admin1: str, lat: float, lon: float) -> PlaceRef:
    place = Place(name, name, "AF", admin1, None, lat, lon, "place")
    return PlaceRef(Mention(0, len(name), name, 0, 1), place, country_only=False)


def test_a_town_named_like_its_province_stands_for_the_province() -> None:
    khost = _ref("Khost", "Khost", 33.34, 69.92)
    sperah = _ref("Sperah", "Khost", 33.18, 69.50)  # ~40 km away, same province
    assert place_relation(khost, sperah) == "within"
    assert place_relation(sperah, khost) == "within"


def test_two_towns_of_one_province_far_apart_are_different_places() -> None:
    sperah = _ref("Sperah", "Khost", 33.18, 69.50)
    tani = _ref("Tani", "Khost", 33.05, 69.85)
    assert place_relation(sperah, tani) == ""


def test_a_town_named_like_another_province_is_no_container() -> None:
    khost = _ref("Khost", "Khost", 33.34, 69.92)
    gardez = _ref("Gardez", "Paktia", 33.60, 69.22)
    assert place_relation(khost, gardez) == ""


def test_an_unlisted_place_in_a_known_places_province_is_within_it() -> None:
    darzab = _ref("Darzab", "Jawzjan", 35.98, 65.37)
    unlisted = PlaceRef(
        Mention(0, 6, "Alqani", 0, 1),
        Place("Alqani", "Alqani", "AF", "Jawzjan", None, None, None, "place"),
        country_only=False,
    )
    assert place_relation(unlisted, darzab) == "within"
    assert place_relation(darzab, unlisted) == "within"


def _quarter(name: str, town: PlaceRef) -> PlaceRef:
    place = Place(
        name, name, "IQ", "Baghdad", None, town.place.latitude, town.place.longitude, "place"
    )
    return PlaceRef(Mention(0, len(name), name, 0, 1), place, country_only=False)


def test_a_quarter_is_finer_than_its_town_and_two_quarters_are_two_places() -> None:
    baghdad = PlaceRef(
        Mention(0, 5, "بغداد", 0, 1),
        Place("Baghdad", "بغداد", "IQ", "Baghdad", None, 33.34, 44.40, "place"),
        country_only=False,
    )
    karrada, shula = _quarter("الكرادة", baghdad), _quarter("الشعلة", baghdad)
    assert place_relation(karrada, baghdad) in ("near", "within")
    assert finer(karrada, baghdad) and not finer(baghdad, karrada)
    assert place_relation(karrada, shula) == ""
