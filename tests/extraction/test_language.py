"""Language detection by script ratio and function words."""

from __future__ import annotations

import pytest

from app.extraction import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل ثلاثة أشخاص في انفجار عبوة ناسفة في بغداد", "ar"),
        ("Three people were killed when a bomb exploded in Baghdad on Monday.", "en"),
        ("Три человека погибли при взрыве в центре города.", "und"),
        ("市中心发生爆炸，三人死亡。", "und"),
        ("Trois personnes ont été tuées dans une explosion au centre-ville.", "und"),
        ("", "und"),
        ("12345 -- 678", "und"),
    ],
)
def test_detect_language_by_script_and_function_words(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_persian_script_with_persian_letters_is_not_arabic() -> None:
    assert detect_language("گروهی از مردم در این شهر کشته شدند و چند نفر زخمی شدند") == "und"


def test_mixed_article_mostly_arabic_is_arabic() -> None:
    assert detect_language("قالت وكالة رويترز (Reuters) إن هجوما وقع في مدينة الموصل") == "ar"
