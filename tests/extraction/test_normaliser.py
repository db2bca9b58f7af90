"""Whole-text normalisation that keeps the way back to the original offsets."""

from __future__ import annotations

import re

import pytest

from app.extraction.normalised import Normaliser
from app.extraction.text import char_offsets

MARKS = "\u064b\u064c\u064e\u064f\u0650\u0651\u0652\u0640"  # harakat, shadda, sukun, tatweel
AR = Normaliser(MARKS, (("أ", "ا"), ("ة", "ه")))


@pytest.mark.parametrize(
    "text",
    [
        "قُتِلَ ثلاثةُ أشخاصٍ في مدينة غـزة",
        "بلا تشكيل",
        "ـــ",
        "",
        "سقوط 12 قتيلاً و15 جريحاً",
    ],
)
def test_marks_are_removed_and_offsets_map_back(text: str) -> None:
    norm = AR(text)
    marks = re.compile(f"[{MARKS}]")
    expected = marks.sub("", text).replace("أ", "ا").replace("ة", "ه")
    assert norm.text == expected
    assert list(norm.removed) == [m.start() for m in marks.finditer(text)]
    # every kept character maps back to itself in the original
    for i, c in enumerate(norm.text):
        assert text[norm.orig(i)] in (c, "أ", "ة")
        assert norm.position(norm.orig(i)) == i


def test_char_offsets_lists_every_occurrence_in_order() -> None:
    assert char_offsets("a-b;c-d;", "-;") == [1, 3, 5, 7]
    assert char_offsets("abc", ["x"]) == []
