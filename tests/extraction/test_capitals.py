"""A capital told only by its noun and its country ("the Somali capital", "العاصمة الصومالية")
is that country's capital city, on sentences written for these tests."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED, only_place


@pytest.mark.parametrize(
    ("text", "lang", "name", "words"),
    [
        ("قتل سبعة أشخاص في انفجار سيارة مفخخة في العاصمة الصومالية يوم السبت.", "ar",
         "Mogadishu", "العاصمة الصومالية"),
        ("قتل أربعة أشخاص في انفجار عبوة ناسفة في عاصمة الصومال.", "ar", "Mogadishu",
         "عاصمة الصومال"),
        ("A car bomb killed seven people in the Somali capital on Saturday.", "en", "Mogadishu",
         "Somali capital"),
        ("Seven people were killed when a bomb exploded in Somalia's capital on Saturday.", "en",
         "Mogadishu", "Somalia's capital"),
        # the name written after the noun is the place, as the scanner reads it
        ("قتل خمسة أشخاص في تفجير انتحاري في العاصمة الأفغانية كابول.", "ar", "Kabul", "كابول"),
    ],
)  # fmt: skip
def test_a_capital_named_by_its_noun_is_the_country_s_capital_city(
    extractor: RuleExtractor, text: str, lang: str, name: str, words: str
) -> None:
    place = only_place(extractor, text, lang)
    assert (place.name, place.precision, place.text) == (name, "place", words)


def test_a_capital_named_in_talk_of_a_visit_makes_no_event(extractor: RuleExtractor) -> None:
    text = "زار وزير الخارجية العاصمة الأفغانية يوم الأحد لبحث الأوضاع الأمنية."
    assert extractor.extract(text, published=PUBLISHED, language="ar").events == ()
