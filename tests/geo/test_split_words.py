"""The scanner's fast word splitter cuts text exactly as the reference tokeniser does."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.geo.normalize import tokens
from app.geo.scan_text import SEPARATORS, split_words

# letters of both scripts, digits, diacritics, apostrophes, bidi marks and every separator
ALPHABET = "abzAZé'’_ دربنةالإ\u064e\u0651\u0640\u200f\u200b0١" + SEPARATORS + "\u2009\u3000$"


def _split(text: str) -> list[tuple[int, int, str]]:
    return list(zip(*split_words(text), strict=True))


@given(st.text(alphabet=ALPHABET, max_size=60))
@settings(max_examples=500, deadline=None)
def test_split_words_equals_the_reference_tokeniser(text: str) -> None:
    assert _split(text) == tokens(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Clashes in Deir ez-Zor, (Syria) on 3 May.",
        "قُتل ٣ في «دَرْنَةُ»، و'الخرطوم'؛ ثم…",
        "Ma'arrat al-Nu'man's\tsiege\n\nended",
        "_under_ score__ and 'quotes'",
    ],
)
def test_split_words_on_punctuation_diacritics_and_odd_spacing(text: str) -> None:
    assert _split(text) == tokens(text)
