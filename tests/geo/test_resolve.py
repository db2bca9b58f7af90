"""resolve(): ranked candidates, context over population, admin units, fuzzy fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.geo import ArtefactError, Gazetteer


def test_derna_in_three_spellings_is_one_place_in_libya(gaz: Gazetteer) -> None:
    ids = {gaz.resolve(m, ["LY"])[0].geonameid for m in ("درنة", "Derna", "Darnah")}
    assert len(ids) == 1
    best = gaz.resolve("درنة")[0]
    assert (best.country_code, best.admin1_code, best.precision) == ("LY", "LY-DR", "place")
    assert best.admin1_name_ar == "درنة"


def test_tripoli_follows_the_context_country(gaz: Gazetteer) -> None:
    assert gaz.resolve("Tripoli", ["LY"])[0].country_code == "LY"
    assert gaz.resolve("طرابلس", ["LB"])[0].country_code == "LB"


def test_gao_is_in_mali_not_guantanamo(gaz: Gazetteer) -> None:
    assert gaz.resolve("Gao")[0].country_code == "ML"


def test_bethlehem_in_palestinian_context(gaz: Gazetteer) -> None:
    best = gaz.resolve("Bethlehem", ["PS"])[0]
    assert best.country_code == "PS"
    assert best.admin1_code == "PS-BTH"


def test_khartoum_with_article(gaz: Gazetteer) -> None:
    best = gaz.resolve("الخرطوم")[0]
    assert (best.name, best.country_code) == ("Khartoum", "SD")


def test_hodeidah_and_al_hudaydah_are_the_same_place(gaz: Gazetteer) -> None:
    assert gaz.resolve("Hodeidah")[0].geonameid == gaz.resolve("Al Hudaydah")[0].geonameid


def test_candidates_are_ranked_by_score(gaz: Gazetteer) -> None:
    scores = [c.score for c in gaz.resolve("Tripoli")]
    assert len(scores) > 1 and scores == sorted(scores, reverse=True)


def test_prefer_admin_ranks_the_governorate_first(gaz: Gazetteer) -> None:
    best = gaz.resolve("المنيا", prefer_admin=True)[0]
    assert (best.precision, best.admin1_code) == ("admin1", "EG-MN")
    assert gaz.resolve("المنيا")[0].precision == "place"


def test_state_name_resolves_to_admin1(gaz: Gazetteer) -> None:
    best = gaz.resolve("Zamfara")[0]
    assert (best.precision, best.admin1_code) == ("admin1", "NG-ZA")


def test_country_name_resolves_to_country_precision(gaz: Gazetteer) -> None:
    best = gaz.resolve("ليبيا")[0]
    assert (best.precision, best.country_code) == ("country", "LY")


def test_country_lookup_gives_capital_coordinates(gaz: Gazetteer) -> None:
    eg = gaz.country("EG")
    assert eg is not None and eg.precision == "country"
    assert abs(eg.latitude - 30.06) < 0.2 and abs(eg.longitude - 31.25) < 0.2
    assert gaz.country_name("eg") == "Egypt"
    assert gaz.country("ZZ") is None


def test_fuzzy_fallback_stays_inside_the_context_country(gaz: Gazetteer) -> None:
    assert gaz.resolve("Maidguri", ["NG"])[0].name == "Maiduguri"
    assert gaz.resolve("Maidguri") == []


def test_arabic_spelling_without_geonames_alias_matches_by_transliteration(gaz: Gazetteer) -> None:
    assert gaz.resolve("بلدوين") == []
    assert gaz.resolve("بلدوين", ["SO"])[0].name == "Beledweyne"


def test_unknown_name_gives_no_candidates(gaz: Gazetteer) -> None:
    assert gaz.resolve("Xqzwvv") == []


def test_loading_a_corrupt_artefact_fails_loudly(tmp_path: Path) -> None:
    bad = tmp_path / "gazetteer.bin.gz"
    bad.write_bytes(b"not a gzip stream")
    with pytest.raises(ArtefactError):
        Gazetteer.load(bad)


@pytest.mark.parametrize("word", ["Ménaka", "Derna", "الخرطوم", "Al", "Hodeidah"])
def test_single_word_fast_path_agrees_with_the_tokeniser(gaz: Gazetteer, word: str) -> None:
    assert gaz.resolve(word) == gaz.resolve(f" {word}. ")


@pytest.mark.parametrize(
    ("mention", "code", "precision"),
    [
        ("محافظة المنيا", "EG-MN", "admin1"),
        ("ريف إدلب", "SY-ID", "admin1"),
        ("Zamfara state", "NG-ZA", "admin1"),
        ("Idlib countryside", "SY-ID", "admin1"),
        ("مدينة درنة", "LY-DR", "place"),
    ],
)
def test_mentions_that_carry_their_cue_word(
    gaz: Gazetteer, mention: str, code: str, precision: str
) -> None:
    best = gaz.resolve(mention)[0]
    assert (best.admin1_code, best.precision) == (code, precision)


@pytest.mark.parametrize(
    ("code", "name"), [("SO", "Mogadishu"), ("af", "Kabul"), ("SY", "Damascus"), ("GB", "London")]
)
def test_a_country_s_capital_is_the_city_at_its_point(gaz: Gazetteer, code: str, name: str) -> None:
    capital = gaz.capital(code)
    assert capital is not None
    assert (capital.name, capital.precision, capital.country_code) == (name, "place", code.upper())


def test_an_unknown_country_has_no_capital(gaz: Gazetteer) -> None:
    assert gaz.capital("XX") is None
