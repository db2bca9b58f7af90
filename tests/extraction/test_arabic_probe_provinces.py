"""Arabic places from probing (own sentences): a province named like a country ("ولاية
النيजر", Niger State), a village written before the province it lies in whatever town abroad
the gazetteer knows by its name, and two-word village names whose first word is a
name's head ("دير سنبل", "أم التينة", "ود النورة")."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import only_place


@pytest.mark.parametrize(
    "text",
    [
        "قتل مسلحون 23 قرويا في هجوم على قرية في ولاية النيجر، الأحد.",
        "قتل سبعة أشخاص في هجوم لمسلحين بولاية النيجر مساء الاثنين.",
    ],
)
def test_niger_state_is_a_province_of_nigeria_not_the_country_niger(
    extractor: RuleExtractor, text: str
) -> None:
    place = only_place(extractor, text, "ar")
    assert (place.country_code, place.admin1) == ("NG", "Niger")


def test_the_country_niger_is_still_the_country(extractor: RuleExtractor) -> None:
    place = only_place(extractor, "قتل سبعة جنود في هجوم على موقع للجيش في النيجر.", "ar")
    assert (place.country_code, place.precision) == ("NE", "country")


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("قتل سبعة أشخاص في هجوم على قرية كوري بولاية زامفارا.", "Zamfara"),
        ("قتل خمسة أشخاص في هجوم لمسلحين على بلدة كوري في ولاية بورنو.", "Borno"),
        ("قتل سبعة أشخاص في هجوم لمسلحين على قرية كوري بولاية النيجر.", "Niger"),
    ],
)
def test_a_village_before_its_province_lies_in_it_not_in_a_namesake_abroad(
    extractor: RuleExtractor, text: str, admin1: str
) -> None:
    place = only_place(extractor, text, "ar")
    assert (place.text, place.country_code, place.admin1) == ("كوري", "NG", admin1)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "قتل أربعة مدنيين في قصف صاروخي على قرية دير سنبل في جبل الزاوية جنوبي إدلب.",
            "دير سنبل",
            "SY",
        ),
        ("قتل ثلاثة أشخاص في قصف على قرية أم التينة قرب درعا.", "أم التينة", "SY"),
        (
            "قالت لجان المقاومة إن مسلحين اقتحموا قرية ود النورة بولاية الجزيرة وقتلوا عشرين.",
            "ود النورة",
            "SD",
        ),
    ],
)
def test_a_two_word_village_begun_by_a_name_head_keeps_both_words(
    extractor: RuleExtractor, text: str, name: str, code: str
) -> None:
    place = only_place(extractor, text, "ar")
    assert (place.text, place.country_code) == (name, code)


@pytest.mark.parametrize(
    ("text", "code", "admin1"),
    [
        (
            "قتل سبعة من عناصر حركة الشباب في غارة قرب بلدة بوالي في إقليم جوبا الوسطى.",
            "SO",
            "Jubbada Dhexe",
        ),
        ("قتل تسعة عمال في هجوم على حافلة في بادية حمص.", "SY", "Homs"),
    ],
)
def test_middle_juba_and_a_provinces_desert_are_read_as_provinces(
    extractor: RuleExtractor, text: str, code: str, admin1: str
) -> None:
    place = only_place(extractor, text, "ar")
    assert (place.country_code, place.admin1) == (code, admin1)
