"""When two places of one article can be the same incident's place (merge._same_place)."""

from __future__ import annotations

from app.extraction.doc import Mention, PlaceRef
from app.extraction.steps.merge import _same_place
from app.extraction.types import Place


def _ref(name: str, admin1: str, lat: float, lon: float) -> PlaceRef:
    place = Place(name, name, "AF", admin1, None, lat, lon, "place")
    return PlaceRef(Mention(0, len(name), name, 0, 1), place, country_only=False)


def test_a_town_named_like_its_province_stands_for_the_province() -> None:
    khost = _ref("Khost", "Khost", 33.34, 69.92)
    sperah = _ref("Sperah", "Khost", 33.18, 69.50)  # ~40 km away, same province
    assert _same_place(khost, sperah) == "within"
    assert _same_place(sperah, khost) == "within"


def test_two_towns_of_one_province_far_apart_are_different_places() -> None:
    sperah = _ref("Sperah", "Khost", 33.18, 69.50)
    tani = _ref("Tani", "Khost", 33.05, 69.85)
    assert _same_place(sperah, tani) == ""


def test_a_town_named_like_another_province_is_no_container() -> None:
    khost = _ref("Khost", "Khost", 33.34, 69.92)
    gardez = _ref("Gardez", "Paktia", 33.60, 69.22)
    assert _same_place(khost, gardez) == ""
