"""The place an attack struck: a name right after "على" that follows a strike or shelling (and
its country word) is read as after "في", on sentences written for these tests."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED, only_place


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the only country word is the attacker's: no context for the place it struck
        ("قتل ثلاثة أشخاص في غارة إسرائيلية على رفح.", "Rafah", "PS"),
        ("قتل خمسة أشخاص في قصف روسي على خاركيف يوم الأحد.", "Kharkiv", "UA"),
        # no country word at all
        ("أصيب عشرة أشخاص في هجوم بطائرة مسيرة على إدلب.", "Idlib", "SY"),
    ],
)
def test_a_place_right_after_a_strike_and_its_link_is_where_it_struck(
    extractor: RuleExtractor, text: str, name: str, country: str
) -> None:
    place = only_place(extractor, text, "ar")
    assert (place.name, place.country_code) == (name, country)


def test_a_generic_attack_on_a_word_names_no_place(extractor: RuleExtractor) -> None:
    # "الآراء" (opinions) is also a town's name abroad
    text = "وطالب الكاتب بوقف الهجوم على الآراء المخالفة في الصحف."
    assert extractor.extract(text, published=PUBLISHED, language="ar").events == ()
