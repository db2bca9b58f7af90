"""Arabic names that GeoNames also gives to foreign or smaller places: provinces over small
namesake towns, Arab-world places over foreign aliases, demonyms over near-spellings."""

from __future__ import annotations

import pytest

from app.geo import Gazetteer


def _best(gaz: Gazetteer, text: str, name: str, context: tuple[str, ...] = ()) -> tuple[str, str]:
    found = [m for m in gaz.scan(text, "ar", context) if m.text == name]
    assert found, f"{name} not found in {text}"
    best = found[0].candidates[0]
    return best.name, best.precision


def test_province_beats_a_small_town_of_the_same_name_without_a_cue(gaz: Gazetteer) -> None:
    text = "فجّر مسلحون عبوة على طريق في صلاح الدين مساء السبت"
    assert _best(gaz, text, "صلاح الدين") == ("Salah Al-Din", "admin1")


def test_a_settlement_noun_keeps_the_town_named_like_a_province(gaz: Gazetteer) -> None:
    text = "وصل الوفد إلى مدينة صلاح الدين قرب أربيل"
    assert _best(gaz, text, "صلاح الدين") == ("Pirmam", "place")


def test_a_province_capital_named_like_its_province_stays_the_city(gaz: Gazetteer) -> None:
    assert gaz.resolve("إدلب")[0].precision == "place"


def test_jerusalem_is_not_the_iranian_town_in_an_iranian_story(gaz: Gazetteer) -> None:
    text = "ندد مسؤول إيراني بالاقتحامات المتكررة في القدس"
    assert _best(gaz, text, "القدس")[0] == "Jerusalem"
    assert gaz.resolve("القدس", ["IR"])[0].country_code != "IR"


@pytest.mark.parametrize("context", [("US",), ("GB",)])
def test_anbar_is_not_a_near_spelling_of_dunbar(gaz: Gazetteer, context: tuple[str, ...]) -> None:
    assert gaz.resolve("الانبار", context)[0].name == "Anbar"


@pytest.mark.parametrize("word", ["الجورجية", "جورجية", "الألمانية", "الألماني"])
def test_feminine_demonyms_name_their_country_not_a_place(gaz: Gazetteer, word: str) -> None:
    text = f"أكدت السلطات {word} توقيف رجلين بعد الحادث"
    assert [m.is_demonym for m in gaz.countries(text, "ar")] == [True]
    assert gaz.scan(text, "ar", ("RU", "TR")) == []


def test_georgian_is_no_misspelt_russian_town(gaz: Gazetteer) -> None:
    assert gaz.resolve("الجورجية", ["RU"]) == []


def test_mingora_in_the_arabic_press_spelling(gaz: Gazetteer) -> None:
    text = "انفجرت قنبلة في منغورا كبرى مدن وادي سوات"
    assert _best(gaz, text, "منغورا") == ("Mingora", "place")


def test_a_demonym_after_an_area_noun_is_no_town_abroad(gaz: Gazetteer) -> None:
    text = "سقط صاروخ على منطقة باكستانية قرب الحدود"
    assert gaz.scan(text, "ar", ("US",)) == []
