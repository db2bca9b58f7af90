"""Arabic location cues: the preposition ب written onto a place name with its article
("بالقاهرة", in Cairo) is a cue like the separate word "في", while a ب that is the word's own
letter, or a common word read by peeling it, is none; the streets or quarters of a city
("شوارع بغداد") are a cue too."""

from __future__ import annotations

import pytest

from app.geo import Gazetteer


def _cues(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.candidates[0].name, m.cue) for m in gaz.scan(text, "ar", ()) if m.candidates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقع انفجار بالقاهرة أمس", [("Cairo", "ب")]),
        ("ووقعت اشتباكات وبالموصل أيضا", [("Mosul", "ب")]),
        ("وقع انفجار في القاهرة أمس", [("Cairo", "في")]),
    ],
)
def test_an_attached_preposition_is_a_cue(
    gaz: Gazetteer, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _cues(gaz, text) == expected


def test_a_names_own_first_letter_is_no_preposition(gaz: Gazetteer) -> None:
    # بغداد begins with ب: nothing is attached to it
    assert [cue for _name, cue in _cues(gaz, "وصل الوفد بغداد أمس")] == [None]


def test_a_common_word_after_the_preposition_is_no_place(gaz: Gazetteer) -> None:
    # "ألقي باللوم" (blamed): اللوم is no Lomé
    assert _cues(gaz, "ألقي باللوم على المسلحين في تفجيرات أمس") == []


@pytest.mark.parametrize(
    "text",
    ["خرج آلاف المتظاهرين في شوارع بغداد أمس", "انتشرت الدوريات في أحياء بغداد"],
)
def test_streets_and_quarters_of_a_city_are_a_cue(gaz: Gazetteer, text: str) -> None:
    # "شوارع"/"أحياء" (the streets, the quarters of): the city after them is where it was
    assert [(name, cue is not None) for name, cue in _cues(gaz, text)] == [("Baghdad", True)]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("قتل ثلاثة فلسطينيين في قطاع غزة أمس", "ar", "Gaza Strip"),
        ("اعتقلت القوات 20 شخصا في الضفة الغربية", "ar", "West Bank"),
        ("Three people were killed in the Gaza Strip on Monday", "en", "Gaza Strip"),
        ("Troops raided a village in the occupied West Bank", "en", "West Bank"),
    ],
)
def test_the_palestinian_territories_are_places(
    gaz: Gazetteer, text: str, lang: str, name: str
) -> None:
    found = [(m.candidates[0].name, m.candidates[0].country_code) for m in gaz.scan(text, lang, ())]
    assert found == [(name, "PS")]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("بورنو", ("Borno", "NG")),
        ("شمال كيفو", ("Nord-Kivu", "CD")),
        ("شمال دارفور", ("North Darfur", "SD")),
        ("خاركيف", ("Kharkiv", "UA")),
        # regions in news use that ISO writes otherwise or not at all
        ("Kashmir", ("Jammu and Kashmir", "IN")),
        ("كشمير", ("Jammu and Kashmir", "IN")),
        ("Tigray", ("Tigrai", "ET")),
        ("تيغراي", ("Tigrai", "ET")),
        ("Amhara", ("Amara", "ET")),
        ("سيناء", ("North Sinai", "EG")),
        ("Hadramout", ("Hadhramaut", "YE")),
        ("North Waziristan", ("Khyber Pakhtunkhwa", "PK")),
    ],
)
def test_arabic_names_of_conflict_provinces_resolve(
    gaz: Gazetteer, name: str, expected: tuple[str, str]
) -> None:
    # admin1_aliases.tsv: names the ISO 3166-2 data has in no Arabic form
    best = gaz.resolve(name)[0]
    assert (best.name, best.country_code, best.precision) == (*expected, "admin1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سقطت صواريخ على مدينة عسقلان", ("Ashkelon", "IL")),
        ("هجوم قرب مدينة كيسمايو", ("Kismayo", "SO")),
        ("غارة قرب بلدة جلب", ("Jilib", "SO")),
    ],
)
def test_arabic_spellings_of_towns_geonames_lacks(
    gaz: Gazetteer, text: str, expected: tuple[str, str]
) -> None:
    assert [
        (m.candidates[0].name, m.candidates[0].country_code) for m in gaz.scan(text, "ar", ())
    ] == [expected]


def test_the_verb_jalab_is_no_place(gaz: Gazetteer) -> None:
    # "جلب" (brought) is also Jilib's Arabic name: a place only after a settlement noun
    assert [m.candidates[0].name for m in gaz.scan("جلب الجيش تعزيزات إلى المنطقة", "ar", ())] == []
