"""The scanner's fast word splitter cuts text exactly as the reference tokeniser does, with or
without the extractor's token offsets."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.extraction.text import tokenise_bounds
from app.geo.normalize import TOKEN_RE, tokens
from app.geo.scan_words import SEPARATORS, WORD_JOINERS, split_words, token_words, word_starts

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


@given(st.text(alphabet=ALPHABET + "ʻ`İß\u061c\ufeff\u202b\\‘", max_size=60))
@settings(max_examples=1000, deadline=None)
def test_words_read_from_the_extractors_tokens_are_the_scanners(text: str) -> None:
    bounds = tokenise_bounds(text)
    assert token_words(text, bounds.starts, bounds.ends) == word_starts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ma'arrat al-Nu'man's siege, the soldiers' homes and ‘Ain’ al-Asad",
        "قُتل ٣ في «دَرْنَةُ»، و'الخرطوم'؛ ثم\u200fبنغازي\u200f_",
        "under_score __ a`b ' x' 'y",
    ],
)
def test_words_read_from_tokens_across_apostrophes_marks_and_bidi_marks(text: str) -> None:
    bounds = tokenise_bounds(text)
    assert token_words(text, bounds.starts, bounds.ends) == word_starts(text)


def test_word_joiners_are_the_word_characters_the_extractors_tokens_lack() -> None:
    inside = re.compile(TOKEN_RE.pattern.split("(?:")[1].split("*")[0])  # the class within words
    token_char = re.compile(r"[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
    joiners = [
        chr(c)
        for c in range(sys.maxunicode + 1)
        if inside.fullmatch(chr(c)) and not token_char.fullmatch(chr(c))
    ]
    assert joiners == sorted(WORD_JOINERS)
