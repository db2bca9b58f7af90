"""Tokens and matching normalisation that keep the original character offsets.

Tokens are found on the original text, so each carries its original ``start``/``end``;
only the token's ``norm`` form (used for lexicon look-ups) is normalised.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import NamedTuple

# Arabic harakat, superscript alef and tatweel are part of a word but ignored when matching.
_WORD = re.compile(r"[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]+")
_DROP = dict.fromkeys(
    [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE), 0x0640]
)
_MAP = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
)
_TABLE = {**_DROP, **_MAP}
_MAP_PAIRS = tuple((chr(src), dst) for src, dst in _MAP.items())
_SPLIT = re.compile(f"({_WORD.pattern})")  # separators and words alternate, words at odd places
_DROPPED = re.compile("[" + "".join(map(chr, _DROP)) + "]")
_ARABIC = re.compile(r"[\u0600-\u06FF]")


class Token(NamedTuple):
    """One word of the original text with its matching form (a named tuple: an article has
    hundreds, and a tuple is built several times faster than a frozen dataclass)."""

    start: int
    end: int
    norm: str


def normalise(word: str) -> str:
    """Return the matching form of a word or phrase (Arabic letter variants folded, lower case)."""
    return word.translate(_TABLE).lower()


def tokenise(text: str) -> tuple[Token, ...]:
    """Split ``text`` into word tokens with original offsets and normalised forms.

    Folding keeps every character's length and word-ness here (checked over all of Unicode),
    so the words are found on the folded text, with offsets summed from the split's part
    lengths: no Python work per word beyond building its token.
    """
    folded = text
    for src, dst in _MAP_PAIRS:  # str.replace per letter: translate() is slow on Arabic text
        if src in folded:
            folded = folded.replace(src, dst)
    folded = folded.lower()
    if len(folded) != len(text):  # a letter whose lower case is longer: fold word by word
        return tuple(Token(*m.span(), normalise(m.group())) for m in _WORD.finditer(text))
    parts = _SPLIT.split(folded)
    ends = list(accumulate(map(len, parts)))
    starts, words = ends[0::2], parts[1::2]
    # harakat and tatweel only ever stand inside words: strip them from just those words
    for k in {bisect_right(starts, m.start()) - 1 for m in _DROPPED.finditer(folded)}:
        words[k] = _DROPPED.sub("", words[k])
    return tuple(map(Token._make, zip(starts, ends[1::2], words, strict=False)))


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """Normalise a lexicon phrase into the token sequence it must match.

    A trailing ``*`` is kept (prefix match); a ``~`` token stands for up to two other words.
    """
    words = [m.group() for m in re.finditer(r"[\w\u0640\u064B-\u065F\u0670]+\*?|~", phrase)]
    return tuple(normalise(w) for w in words)


def is_arabic(text: str) -> bool:
    """Return True when ``text`` contains any Arabic letter."""
    return _ARABIC.search(text) is not None
