"""Cut a text into the scanner's words, with their offsets: mostly C-level passes (str.replace,
str.split, accumulate), since the scanner reads every word of every article."""

from __future__ import annotations

import operator
from bisect import bisect_left
from collections.abc import Sequence
from itertools import accumulate, compress, filterfalse, repeat
from typing import Final

from app.geo.normalize import TOKEN_RE

# characters that never belong to a word (neither letters/digits nor WORD_CHARS): turned into
# spaces with str.replace before one str.split, which is what makes tokenising cheap
SEPARATORS = '\n,.;:()"-!?[]/«»“”،؛؟\t\r\xa0–—…{}<>|*+=&%#@'
if any(TOKEN_RE.fullmatch(f"a{c}a") or c.isalnum() for c in SEPARATORS):
    raise ValueError("a separator can be part of a word")

# the characters TOKEN_RE takes inside a word that are neither word characters (\w) nor Arabic
# marks: the only ones that tie the extractor's tokens into one word here (apostrophes, bidi
# and other format marks; tests/geo/test_split_words.py checks them over all of Unicode)
WORD_JOINERS: Final = (
    "'’‘`\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\ufeff"
)
_JOINER_CODES: Final = frozenset(map(ord, WORD_JOINERS))
_FIRST_JOINER: Final = min(_JOINER_CODES)

_WHOLE_WORD = TOKEN_RE.fullmatch


def split_words(text: str) -> tuple[list[int], list[int], list[str]]:
    """Word start offsets, end offsets and words: the same as normalize.tokens(text), faster."""
    starts, words = word_starts(text)
    return starts, list(map(operator.add, starts, map(len, words))), words


def word_starts(text: str, known: Sequence[int] = ()) -> tuple[list[int], list[str]]:
    """Word start offsets and words (a word ends at its start plus its length).

    Separators become spaces (same length, so offsets hold), one str.split cuts the text, and
    offsets are summed from the chunk lengths, all in C. A chunk that is not all letters and
    digits (an apostrophe, a diacritic, an unlisted symbol) is re-read with TOKEN_RE.

    ``known``: the start offsets of the text's runs of word characters, if the caller has them
    (app/extraction/text.py's tokens): the chunks' offsets are then read from them rather than
    summed, half the cost (see _known_starts).
    """
    cut = text
    for ch in SEPARATORS:
        if ch in cut:
            cut = cut.replace(ch, " ")
    chunks = cut.split(" ")
    words = list(filter(None, chunks))
    odd = _indices(words, list(filterfalse(str.isalnum, words)))
    starts = _known_starts(text, words, odd, known) if known else None
    if starts is None:
        lens = list(map(len, chunks))
        starts = list(compress(accumulate(map(operator.add, lens, repeat(1)), initial=0), lens))
    if odd:
        _refine(text, starts, words, odd)
    return starts, words


def words_of(
    text: str, starts: Sequence[int] = (), ends: Sequence[int] = ()
) -> tuple[list[int], list[str]]:
    """Word start offsets and words: read from the extractor's tokens when the offsets of
    both their ends are given (token_words), else cut from the text (word_starts)."""
    if ends and isinstance(starts, tuple) and isinstance(ends, tuple) and len(starts) == len(ends):
        return token_words(text, starts, ends)
    return word_starts(text, starts)


def token_words(
    text: str, starts: tuple[int, ...], ends: tuple[int, ...]
) -> tuple[list[int], list[str]]:
    """Word start offsets and words, read from the extractor's tokens: ``starts`` and ``ends``
    are the offsets of the text's runs of word characters (app/extraction/text.py's tokens).

    A token all letters and digits that no joiner (an apostrophe, a bidi mark: WORD_JOINERS)
    follows is one word as it stands: most are, and they cost a slice and a look at the next
    character, their offsets copied over in runs. Any other is re-read with TOKEN_RE, with
    the tokens that joiners alone tie it to ("Iraq's", "Ma'arrat"); TOKEN_RE's words never
    reach past such a group, since what lies between groups is no word character.
    """
    out_starts: list[int] = []
    words: list[str] = []
    n, size = len(starts), len(text)
    k = run = 0  # the next token; the first of those taken as they stand since the last group
    while k < n:
        start, end = starts[k], ends[k]
        word = text[start:end]
        k += 1
        if word.isalnum():
            code = ord(text[end]) if end < size else 0
            if code < _FIRST_JOINER or code not in _JOINER_CODES:
                words.append(word)
                continue
        out_starts.extend(starts[run : k - 1])
        while k < n and not text[end : starts[k]].strip(WORD_JOINERS):
            end = ends[k]  # only joiners up to the next token: one group
            k += 1
        for m in TOKEN_RE.finditer(text, start, end):
            out_starts.append(m.start())
            words.append(m.group())
        run = k
    out_starts.extend(starts[run:])
    return out_starts, words


def _indices(words: list[str], odd: list[str]) -> list[int]:
    """The indices in ``words`` of the ``odd`` ones (a sublist, in order)."""
    at, j = [], -1
    for word in odd:  # a few words: each found by a C-level search from the last one
        j = words.index(word, j + 1)
        at.append(j)
    return at


def _known_starts(
    text: str, words: list[str], odd: list[int], known: Sequence[int]
) -> list[int] | None:
    """The start offsets of the chunks ``words`` read from ``known`` (None if they do not fit).

    A chunk all letters and digits is one run of word characters (the characters around it
    are separators or spaces, word characters for neither tokeniser), so it takes the next
    offset. An ``odd`` chunk (by index) holds any number of runs: it is found with str.find
    after the chunk before it (no chunk holds a separator, so nothing earlier matches) and
    the runs inside it are skipped.
    """
    starts: list[int] = []
    k = prev = end = 0  # the next offset of known, the next chunk, the end of the last one
    for j in odd:
        run = j - prev  # chunks all letters and digits before this one
        if k + run > len(known):
            return None
        starts += known[k : k + run]
        k += run
        if run:
            end = starts[-1] + len(words[j - 1])
        start = text.find(words[j], end)
        starts.append(start)
        end = start + len(words[j])
        k = bisect_left(known, end, k)
        prev = j + 1
    if len(known) - k != len(words) - prev:
        return None
    starts += known[k:]
    return starts


def _refine(text: str, starts: list[int], words: list[str], at: list[int]) -> None:
    """Re-read the odd chunks of ``words`` (indices ``at``, in order) with TOKEN_RE."""
    for j in reversed(at):  # right to left: splicing keeps the earlier indices valid
        if _WHOLE_WORD(words[j]):
            continue  # one word as it stands ("Iraq's", a diacritised Arabic word)
        found = list(TOKEN_RE.finditer(text, starts[j], starts[j] + len(words[j])))
        starts[j : j + 1] = [m.start() for m in found]
        words[j : j + 1] = [m.group() for m in found]
