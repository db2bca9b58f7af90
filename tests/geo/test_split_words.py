"""The scanner's fast word splitter cuts text exactly as the reference tokeniser does, with or
without the extractor's token offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.extraction.text import tokenise_bounds
from app.geo.normalize import tokens
from app.geo.scan_words import SEPARATORS, split_words, word_starts

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


@given(st.text(alphabet=ALPHABET + "ʻ`İ\u061c\ufeff\\‘", max_size=60))
@settings(max_examples=500, deadline=None)
def test_known_token_offsets_give_the_same_words(text: str) -> None:
    # the extractor's tokens (other separators, no apostrophes in words) may be passed in:
    # taken only where they are the scanner's words, so the answer never changes
    known = tokenise_bounds(text).starts
    assert word_starts(text, known) == word_starts(text)


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("Clashes in Deir ez-Zor, (Syria) on 3 May.", True),
        ("اشتباكات في «درنة»، والخرطوم؛ ثم…", True),
        ("Iraq's army", False),  # one scanner word, two tokens
        ("قُتل في درنة", False),  # harakat: a chunk not all letters
    ],
)
def test_known_token_offsets_are_taken_for_plain_words(text: str, taken: bool) -> None:
    known = [start + 1000 for start in tokenise_bounds(text).starts]  # marked to be recognised
    assert (word_starts(text, known)[0] == known) is taken


def test_known_token_offsets_that_do_not_fit_are_not_taken() -> None:
    text = "Iraq's army, 'they' said"
    assert word_starts(text, (0, 5, 7)) == word_starts(text)  # too few offsets
