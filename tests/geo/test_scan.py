"""scan() and countries(): places in running text, cue words, stop-list traps, demonyms."""

from __future__ import annotations

import pytest

from app.geo import Gazetteer


def _places(gaz: Gazetteer, text: str, lang: str, ctx: tuple[str, ...] = ()) -> dict[str, str]:
    return {m.text: m.candidates[0].country_code for m in gaz.scan(text, lang, ctx)}


def test_libyan_capital_tripoli_in_arabic_running_text(gaz: Gazetteer) -> None:
    found = gaz.scan("قصفت طائرات مواقع في العاصمة الليبية طرابلس صباح الاثنين", "ar")
    best = next(m for m in found if m.text == "طرابلس").candidates[0]
    assert (best.name, best.country_code) == ("Tripoli", "LY")


def test_lebanese_tripoli_by_demonym_context(gaz: Gazetteer) -> None:
    found = _places(gaz, "اشتباكات في مدينة طرابلس اللبنانية", "ar")
    assert found["طرابلس"] == "LB"


def test_bethlehem_with_palestinian_words_in_text(gaz: Gazetteer) -> None:
    text = "Israeli troops raided Bethlehem overnight, Palestinian officials said."
    assert _places(gaz, text, "en")["Bethlehem"] == "PS"


def test_southern_idlib_countryside_is_admin1_precision(gaz: Gazetteer) -> None:
    found = gaz.scan("غارات جوية على ريف إدلب الجنوبي", "ar")
    mention = next(m for m in found if "إدلب" in m.text)
    best = mention.candidates[0]
    assert (best.precision, best.admin1_code, mention.cue) == ("admin1", "SY-ID", "ريف")


def test_minya_governorate_is_admin1(gaz: Gazetteer) -> None:
    mention = next(
        m for m in gaz.scan("هجوم مسلح في محافظة المنيا بمصر", "ar") if "المنيا" in m.text
    )
    best = mention.candidates[0]
    assert (best.precision, best.admin1_code, mention.cue) == ("admin1", "EG-MN", "محافظة")


def test_english_state_suffix_is_an_admin_cue(gaz: Gazetteer) -> None:
    mention = gaz.scan("Bandits killed 12 villagers in Zamfara state on Sunday.", "en")[0]
    assert (mention.candidates[0].admin1_code, mention.cue) == ("NG-ZA", "state")


def test_clitic_preposition_and_offsets(gaz: Gazetteer) -> None:
    text = "وصل الوفد بالخرطوم أمس"
    mention = next(m for m in gaz.scan(text, "ar") if m.candidates[0].name == "Khartoum")
    assert text[mention.start : mention.end] == mention.text == "بالخرطوم"


def test_multiword_names_match_longest_first(gaz: Gazetteer) -> None:
    found = _places(gaz, "Fighting continued around Maarat al-Numan and Deir ez-Zor.", "en")
    assert found == {"Maarat al-Numan": "SY", "Deir ez-Zor": "SY"}


def test_village_after_cue_in_country_context(gaz: Gazetteer) -> None:
    found = _places(gaz, "Gunmen attacked the village of Bankass in central Mali.", "en")
    assert found.get("Bankass") == "ML"


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("أعلنت الدولة حالة الطوارئ في البلاد", "ar", "الدولة"),
        ("وردا على الهجوم قصفت القوات مواقع المسلحين", "ar", "وردا"),
        ("In May, the army said it had retaken the area.", "en", "May"),
        ("Mobile networks were cut across the region.", "en", "Mobile"),
        ("Of the 20 people killed, 12 were children.", "en", "Of"),
    ],
)
def test_common_words_are_not_places(gaz: Gazetteer, text: str, lang: str, word: str) -> None:
    assert word not in {m.text for m in gaz.scan(text, lang)}


def test_stop_word_is_a_place_after_a_settlement_cue(gaz: Gazetteer) -> None:
    found = _places(gaz, "سيطرت القوات على مدينة الباب شمال حلب", "ar", ("SY",))
    assert found.get("الباب") == "SY"


def test_small_place_needs_a_cue_or_context_country(gaz: Gazetteer) -> None:
    text = "Bankass residents fled overnight."
    assert gaz.scan(text, "en") == []
    assert [m.text for m in gaz.scan(text, "en", ("ML",))] == ["Bankass"]
    cued = gaz.scan("Police said the attack happened in Bankass.", "en")
    assert [(m.text, m.cue) for m in cued] == [("Bankass", "in")]


def test_large_city_needs_no_cue(gaz: Gazetteer) -> None:
    assert [m.text for m in gaz.scan("Khartoum was quiet on Friday.", "en")] == ["Khartoum"]


@pytest.mark.parametrize(
    ("text", "cc", "demonym"),
    [
        ("مصر", "EG", False),
        ("الجيش المصري", "EG", True),
        ("طائرات حربية مصرية", "EG", True),
        ("الأقباط المصريين", "EG", True),
        ("المصريون", "EG", True),
        ("للمصريين", "EG", True),
        ("قوات ليبية", "LY", True),
        ("العاصمة الليبية", "LY", True),
        ("سوريا", "SY", False),
        ("مقاتلين سوريين", "SY", True),
        ("Egypt", "EG", False),
        ("Egyptian troops", "EG", True),
        ("two Egyptians", "EG", True),
        ("the Libyan National Army", "LY", True),
        ("U.S. forces", "US", False),
        ("South Sudan", "SS", False),
        ("جنوب السودان", "SS", False),
    ],
)
def test_country_names_and_demonyms(gaz: Gazetteer, text: str, cc: str, demonym: bool) -> None:
    found = gaz.countries(text, "ar" if text[0] > "\u0600" else "en")
    assert [(m.country_code, m.is_demonym) for m in found] == [(cc, demonym)]


def test_country_mentions_carry_offsets_and_english_name(gaz: Gazetteer) -> None:
    text = "قالت مصادر إن الطائرات المصرية قصفت درنة"
    (m,) = gaz.countries(text, "ar")
    assert (text[m.start : m.end], m.name) == ("المصرية", "Egypt")


def test_lowercase_us_is_not_a_country(gaz: Gazetteer) -> None:
    assert gaz.countries("they told us nothing", "en") == []


def test_province_by_its_english_exonym(gaz: Gazetteer) -> None:
    mention = gaz.scan("Militants attacked a checkpoint in Nineveh province.", "en")[0]
    assert (mention.candidates[0].admin1_code, mention.candidates[0].precision) == (
        "IQ-NI",
        "admin1",
    )


def test_demonym_is_not_a_place(gaz: Gazetteer) -> None:
    found = gaz.scan("Somali forces and Kenyan troops fought al-Shabaab.", "en", ("SO",))
    assert found == []


@pytest.mark.parametrize(
    ("text", "word"),
    [("نقلت وكالة الأنباء عن مصادر", "وكالة"), ("أكد الوصول إلى قرى بشمال البلاد", "بشمال")],
)
def test_peeled_clitic_does_not_turn_a_common_word_into_a_place(
    gaz: Gazetteer, text: str, word: str
) -> None:
    assert word not in {m.text for m in gaz.scan(text, "ar", ("SO", "QA", "FR"))}


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [("اشتباكات في منطقة جبل الزاوية", "ar", "جبل"), ("near the Wadi, gunmen fired", "en", "Wadi")],
)
def test_generic_heads_are_never_places_alone(
    gaz: Gazetteer, text: str, lang: str, word: str
) -> None:
    assert word not in {m.text for m in gaz.scan(text, lang, ("SY", "YE"))}


def test_another_languages_name_for_a_town_abroad_is_no_place_in_a_kenyan_story(
    gaz: Gazetteer,
) -> None:
    text = "Al-Shabaab fighters raided a camp in Boni on Sunday, Kenyan police said."
    assert "Boni" not in _places(gaz, text, "en")


def test_a_city_of_millions_keeps_its_foreign_names_abroad(gaz: Gazetteer) -> None:
    text = "Russian missiles struck Kiev overnight, the Russian defence ministry said."
    assert _places(gaz, text, "en").get("Kiev") == "UA"


def test_a_cue_word_with_a_doubled_letter_is_a_cue(gaz: Gazetteer) -> None:
    # cue keys are normalised like names ("retook" -> "retok"): the word must still find them
    found = [m for m in gaz.scan("The army retook Kidal.", "en", ()) if m.candidates]
    assert [(m.candidates[0].name, m.cue) for m in found] == [("Kidal", "retook")]


def test_scan_compares_a_foreign_alias_with_the_home_it_is_given(gaz: Gazetteer) -> None:
    # "Hodeidah" is an alias of Al Hudaydah (YE), never a primary name: by default the US the
    # text names makes it foreign; a caller that knows the US only attacks gives no home
    text = "US jets carried out the strike near Hodeidah on Friday."
    by_default = _places(gaz, text, "en")
    homeless = {m.text: m.candidates[0].country_code for m in gaz.scan(text, "en", home=())}
    in_kenya = {m.text for m in gaz.scan("Gunmen raided a camp in Boni.", "en", home=("KE",))}
    assert ("Hodeidah" in by_default, homeless.get("Hodeidah"), in_kenya) == (False, "YE", set())
