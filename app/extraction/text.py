"""Tokens and matching normalisation that keep the original character offsets.

Tokens are found on the original text, so each carries its original ``start``/``end``;
only the token's ``norm`` form (used for lexicon look-ups) is normalised. The regex finders
match on a whole normalised text instead (``app.extraction.normalised``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import repeat
from operator import add
from types import MappingProxyType
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
_DROPPED = re.compile("[" + "".join(map(chr, _DROP)) + "]")
# The marks that are letters to ``str.isalnum`` (tatweel, small waw and yeh; see ``_strip_marks``).
_LETTER_MARKS = tuple(c for c in map(chr, _DROP) if c.isalnum())
_ARABIC = re.compile(r"[\u0600-\u06FF]")
# Characters that are never part of a word and are common in text, each turned into a space
# before one ``str.split`` (see ``_words``); checked below.
_SEPARATORS = "\n\t\r\xa0\u200f\u200e\u200c,.;:()[]{}<>\"'!?/\\|*+=&%#@-–—…«»“”‘’،؛؟"
if any(_WORD.match(c) or c == " " for c in _SEPARATORS):
    raise ValueError("a separator can be part of a word")
# Every ASCII character that is no word character, to a space (see ``_ascii_words``).
_ASCII_SEPARATORS: Mapping[int, str] = MappingProxyType(
    {c: " " for c in range(128) if not _WORD.fullmatch(chr(c))}
)


class Token(NamedTuple):
    """One word of the original text with its matching form (a named tuple: an article has
    hundreds, and a tuple is built several times faster than a frozen dataclass)."""

    start: int
    end: int
    norm: str


def normalise(word: str) -> str:
    """Return the matching form of a word or phrase (Arabic letter variants folded, lower case)."""
    if word.isascii():
        return word.lower()  # _TABLE maps no ASCII character; translate() costs thousands
    return word.translate(_TABLE).lower()


@dataclass(frozen=True, slots=True)
class TokenBounds:
    """Tokens with their start and end offsets as plain tuples, which bisect without a key
    function (``Doc.mention_at`` runs some 60 times per article)."""

    tokens: tuple[Token, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    words: tuple[str, ...]  # the tokens' matching forms
    # whether the text may hold harakat, tatweel or other marks (unknown: True)
    marks: bool = field(default=True, compare=False)

    @classmethod
    def of(cls, tokens: tuple[Token, ...]) -> TokenBounds:
        """Return ``tokens`` with their offsets."""
        starts, ends, words = zip(*tokens, strict=True) if tokens else ((), (), ())
        return cls(tokens, starts, ends, words)


def tokenise(text: str) -> tuple[Token, ...]:
    """Split ``text`` into word tokens with original offsets and normalised forms."""
    return tokenise_bounds(text).tokens


def tokenise_bounds(text: str) -> TokenBounds:
    """Split ``text`` into word tokens, and keep their offsets as tuples too.

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
        found = (Token(*m.span(), normalise(m.group())) for m in _WORD.finditer(text))
        return TokenBounds.of(tuple(found))
    if folded.isascii():  # most English articles: no regex, no harakat
        starts, ends, words = _ascii_words(folded)
        marked = False
    else:
        starts, ends, words = _words(folded)
        marked = _strip_marks(folded, words)
    # tuple.__new__ builds each Token in C (Token._make is a Python-level classmethod)
    toks = tuple(map(tuple.__new__, repeat(Token), zip(starts, ends, words, strict=False)))
    return TokenBounds(toks, tuple(starts[: len(toks)]), tuple(ends), tuple(words), marked)


def _ascii_words(text: str) -> tuple[list[int], list[int], list[str]]:
    """The start and end offsets and the words of an ASCII ``text``, as ``_WORD`` finds them.

    Every character that is not a word character becomes a space, and ``str.split()`` leaves
    the words; the regex engine costs some thousand instructions a word.
    """
    cut = text.translate(_ASCII_SEPARATORS)
    words = cut.split()
    starts, ends = _offsets(cut, words)
    return starts, ends, words


def _words(text: str) -> tuple[list[int], list[int], list[str]]:
    """The start and end offsets and the words of ``text``, as ``_WORD`` finds them.

    The common separators become spaces and one ``str.split(" ")`` cuts the text, as in
    ``_ascii_words``; a chunk that is not all letters and digits (a mark, another symbol)
    is split by ``_WORD`` on its own. The regex engine splitting the whole text costs some
    two thousand instructions a word of Arabic text.
    """
    cut = text
    for ch in _SEPARATORS:
        if ch in cut:
            cut = cut.replace(ch, " ")
    words = list(filter(None, cut.split(" ")))
    starts, ends = _offsets(cut, words)
    if not all(map(str.isalnum, words)) and not _marked_words(words):
        starts, words = _resplit(starts, words)
        ends = list(map(add, starts, map(len, words)))
    return starts, ends, words


def _offsets(cut: str, words: list[str]) -> tuple[list[int], list[int]]:
    """The start and end offsets of ``words``, the runs of ``cut`` between spaces in order:
    each is the first occurrence of its word after the one before, with only spaces between."""
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for word in words:
        at = cut.find(word, at)
        starts.append(at)
        at += len(word)
        ends.append(at)
    return starts, ends


def _strip_marks(text: str, words: list[str]) -> bool:
    """Strip harakat and tatweel from the ``words`` of ``text`` that hold them (in place), and
    tell whether any did. A mark is no letter or digit to ``str.isalnum``, except those of
    ``_LETTER_MARKS``: only a word that is not all letters and digits is searched, or one that
    holds one of those."""
    letters = any(c in text for c in _LETTER_MARKS)
    marked = False
    for k, word in enumerate(words):
        if word.isalnum() and not (letters and any(c in word for c in _LETTER_MARKS)):
            continue
        bare = _DROPPED.sub("", word)
        if bare != word:
            words[k] = bare
            marked = True
    return marked


def _marked_words(chunks: list[str]) -> bool:
    """Whether every chunk that is not all letters and digits is so only by the marks a word
    may hold (harakat, tatweel: ``_WORD`` takes them in), so that each chunk is one word."""
    return all(_DROPPED.sub("", c).isalnum() for c in chunks if not c.isalnum())


def _resplit(starts: list[int], chunks: list[str]) -> tuple[list[int], list[str]]:
    """The words of ``chunks`` (at offsets ``starts``): a chunk not all letters and digits
    holds any number of words, as ``_WORD`` finds them."""
    out_starts: list[int] = []
    out_words: list[str] = []
    for start, chunk in zip(starts, chunks, strict=True):
        if chunk.isalnum():
            out_starts.append(start)
            out_words.append(chunk)
            continue
        for m in _WORD.finditer(chunk):
            out_starts.append(start + m.start())
            out_words.append(m.group())
    return out_starts, out_words


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """Normalise a lexicon phrase into the token sequence it must match.

    A trailing ``*`` is kept (prefix match); a ``~`` token stands for up to two other words.
    """
    words = [m.group() for m in re.finditer(r"[\w\u0640\u064B-\u065F\u0670]+\*?|~", phrase)]
    return tuple(normalise(w) for w in words)


def few_words(text: str, most: int) -> bool:
    """Whether ``text`` has at most ``most`` whitespace-separated words (``len(text.split())
    <= most``, without splitting a long text into all of its words)."""
    return len(text.split(maxsplit=most)) <= most


def char_offsets(text: str, chars: Iterable[str]) -> list[int]:
    """The offsets of every occurrence of each of ``chars`` in ``text``, in order (found by
    ``str.find``, much cheaper than a regex engine trying a class at every offset)."""
    found: list[int] = []
    for c in chars:
        at = text.find(c)
        while at >= 0:
            found.append(at)
            at = text.find(c, at + 1)
    found.sort()
    return found


def is_arabic(text: str) -> bool:
    """Return True when ``text`` contains any Arabic letter."""
    return _ARABIC.search(text) is not None
