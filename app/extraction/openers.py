"""Where a finder's whole-text pattern may match, read off the article's tokens.

The number, casualty and date patterns start with a look-behind (``(?<!\\w)``) or a
look-ahead guard, so the regex engine cannot skip ahead to a likely first character: it
enters the pattern at every one of an article's ~3,000 positions, which costs more than the
matching itself. Every match begins at the start of a word (or, for numbers, at any digit),
so the tokens the tokens step has already found tell where to try: a token whose matching
form cannot begin a match (most of them, decided once per distinct word) is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter
from typing import cast

from app.extraction.datafile import DataError, alternation
from app.extraction.normalised import Normalised, Normaliser
from app.extraction.text import TokenBounds, normalise, tokenise_bounds

CACHE_SIZE = 200_000  # distinct words remembered per pattern

# characters inside a token (the marks of ``text._WORD``) that are no word characters of the
# regex engine: next to one, a pattern's ``(?<!\w)`` holds inside a token, so a text that
# still has one after normalisation (harakat in English text, Quranic marks) is scanned
# at every position
_BREAKS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED](?<!\w)")
_WORD_CHAR = re.compile(r"\w")
_WORD_RUN = re.compile(r"\w+")
_INNER_DIGITS = re.compile(r"(?<=\D)\d")
_NEVER, _START, _EVERY = 0, 1, 2  # a token: skipped, tried at its start, tried at every char


@dataclass(frozen=True, slots=True)
class Openers:
    """The words matches of one pattern can begin with, as a test of a token's matching form."""

    word_re: re.Pattern[str]  # matches at the start of a form that may begin a match
    # a match may begin at a run of digits inside a word ("F16"), where it takes the whole run
    inner_digits: bool
    # a word that begins matches only as the first of several ("in" of "in May", "the" of "the
    # day before"): the forms the next token must begin with, and whether a number may follow
    # instead; such a word followed by anything else begins none
    follows: dict[str, tuple[tuple[str, ...], bool]] = field(default_factory=dict)
    cache: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def kind(self, word: str) -> int:
        """How a token with matching form ``word`` is tried (cached)."""
        found = self.cache.get(word)
        if found is None:
            if len(self.cache) >= CACHE_SIZE:
                self.cache.clear()
            found = self.cache[word] = self._kind(word)
        return found

    def _kind(self, word: str) -> int:
        if self.inner_digits and _INNER_DIGITS.search(word):
            return _EVERY
        return _START if self.word_re.match(word) else _NEVER

    def kinds(self, words: tuple[str, ...]) -> tuple[int, ...]:
        """The kind of each of ``words``: one C-level lookup pass (``itemgetter`` spares the
        Python call per word of ``map(cache.__getitem__, ...)``); words not seen before are
        worked out first, once each."""
        if len(words) < 2:
            return tuple([self.kind(w) for w in words])
        get = itemgetter(*words)
        try:
            return cast(tuple[int, ...], get(self.cache))
        except KeyError:
            new = set(words).difference(self.cache)
            if len(self.cache) + len(new) > CACHE_SIZE:
                self.cache.clear()
                new = set(words)
            for word in new:
                self.cache[word] = self._kind(word)
            return cast(tuple[int, ...], get(self.cache))

    def positions(self, bounds: TokenBounds, norm: Normalised) -> list[int] | None:
        """Offsets of ``norm.text`` to try, in order; None: try every one."""
        if bounds.marks and _has_breaks(norm.text):
            return None
        kinds = self.kinds(bounds.words)
        if self.inner_digits and _EVERY in kinds:
            return _every(bounds, kinds, norm)
        if self.follows:
            found = self._followed(bounds, kinds)
        else:
            found = list(compress(bounds.starts, kinds))
        return list(map(norm.position, found)) if norm.removed else found

    def _followed(self, bounds: TokenBounds, kinds: tuple[int, ...]) -> list[int]:
        """The starts of the tokens that begin a match as far as they and the token after
        them tell (``follows``). A compiled loop over the kinds, a tuple: stepping
        ``compress(range(...))`` makes an int object of every token's index."""
        words, starts = bounds.words, bounds.starts
        last = len(words) - 1
        found: list[int] = []
        for i, kind in enumerate(kinds):
            if not kind:
                continue
            then = self.follows.get(words[i])
            if then is not None:
                if i == last:
                    continue
                nxt = words[i + 1]
                if not (nxt.startswith(then[0]) or (then[1] and nxt[:1].isdigit())):
                    continue
            found.append(starts[i])
        return found


class _Breaks:
    """The last text ``_has_breaks`` scanned, with its answer: the finders of one article
    (numbers, the casualty lexer, dates) ask about the same normalised text, a whole-text scan
    each. One tuple, replaced whole, so that threads sharing it never pair a text with the
    answer for another."""

    last: tuple[str, bool] = ("", False)


_LAST = _Breaks()


def _has_breaks(text: str) -> bool:
    """Whether ``text`` holds a character of ``_BREAKS`` (remembered for the last text)."""
    last = _LAST.last
    if text == last[0]:  # the same string object, or one equal to it: no scan
        return last[1]
    found = _BREAKS.search(text) is not None
    _LAST.last = (text, found)
    return found


def _every(bounds: TokenBounds, kinds: tuple[int, ...], norm: Normalised) -> list[int]:
    """The offsets to try: a token's start, or each of its characters (``_EVERY``); a
    compiled loop over the kinds, a tuple (see ``Openers._followed``)."""
    found: list[int] = []
    starts, ends = bounds.starts, bounds.ends
    for i, kind in enumerate(kinds):
        if not kind:
            continue
        if kind == _START:
            found.append(norm.position(starts[i]))
        else:
            found.extend(range(norm.position(starts[i]), norm.position(ends[i])))
    return found


def finditer(
    pattern: re.Pattern[str], openers: Openers, norm: Normalised, bounds: TokenBounds | None
) -> list[re.Match[str]]:
    """``pattern.finditer(norm.text)`` as a list, tried only where ``openers`` allow; ``bounds``:
    the tokens of ``norm.original`` (None: tokenise it here). The pattern never matches empty.
    A list, not a generator: a compiled generator's every step costs more than the loop."""
    if bounds is None:
        bounds = tokenise_bounds(norm.original)
    starts = openers.positions(bounds, norm)
    if starts is None:
        return list(pattern.finditer(norm.text))
    found: list[re.Match[str]] = []
    text, end = norm.text, 0
    for pos in starts:
        if pos >= end and (m := pattern.match(text, pos)) is not None:
            end = m.end()
            found.append(m)
    return found


def openers(
    leads: Iterable[str],
    prefixes: Sequence[Iterable[str]],
    norm: Normaliser,
    *,
    digits: bool,
    inner_digits: bool = False,
    numbered: Iterable[str] = (),
    bounded: bool = False,
) -> Openers:
    """The openers of a pattern whose every match starts with: each optional group of
    ``prefixes`` glued on in turn, then one of ``leads`` (phrases as the pattern spells them,
    a space for any whitespace, a trailing one where more must follow) or, with ``digits``,
    a digit (``inner_digits``: also a run of digits inside a word). A word that only ever
    begins leads of several words, with no prefixes, is tried only where the token after it
    begins the second word of one of them, or, for a word of ``numbered`` that ends a lead
    ("in "), a number. ``bounded``: the pattern wants no word character right after any lead,
    so a token merely beginning with one ("soldiers" for "soldier") begins no match."""
    _check(norm)
    whole: set[str] = set()  # a word followed by more: the token is that word
    start: set[str] = set()  # a last word, or a word with a non-word character: a prefix
    seconds: dict[str, set[str] | None] = {}  # a whole word -> the second words after it
    counted = {normalise(w) for w in numbered}
    for lead in leads:
        words = normalise(lead).split()
        head = re.match(r"\w*", words[0]) if words else None
        if head is None or not head.group():
            raise DataError(f"a finder phrase must start with a letter or digit: {lead!r}")
        more = len(words) > 1 or lead[-1:].isspace()
        if more and head.group() == words[0]:
            whole.add(words[0])
            second = _WORD_RUN.match(words[1]) if len(words) > 1 else None
            after = seconds.setdefault(words[0], set())
            if after is None:
                continue  # anything may follow it already
            if second is not None:
                after.add(second.group())
            elif words[0] not in counted:
                seconds[words[0]] = None  # anything may follow
        else:
            start.add(head.group())
    groups = [[normalise(p) for p in group] for group in prefixes]
    groups = [group for group in groups if group]  # an empty group glues nothing on
    glued = "".join(f"(?:{alternation(group, spaces=False)})?" for group in groups)
    whole_re, start_re = alternation(whole, spaces=False), alternation(start, spaces=False)
    end = r"(?!\w)" if bounded else ""
    word_re = rf"{glued}(?:{whole_re}(?!\w)|{start_re}{end})"
    # only where no prefix is glued on and the word begins no single-word lead or number
    starts = re.compile(start_re)
    follows = {
        word: (tuple(sorted(after)), word in counted)
        for word, after in seconds.items()
        if after is not None
        and not groups
        and not starts.match(word)
        and not (digits and word[:1].isdigit())
    }
    return Openers(re.compile(rf"\d|{word_re}" if digits else word_re), inner_digits, follows)


def _check(norm: Normaliser) -> None:
    """Fail unless tokens still delimit the normalised text's words: what a pair maps or
    the normaliser strips must fold (``text.normalise``) as the token forms do."""
    for src, dst in norm.pairs:
        word = _WORD_CHAR.match(src) is not None
        if (
            word != (_WORD_CHAR.match(dst) is not None)
            or (word and normalise(src) != normalise(dst) and not (src + dst).isdecimal())
            or (_BREAKS.match(dst) and not _BREAKS.match(src))  # a mark where the text had none
        ):
            raise DataError(f"[normalise.map] {src!r} -> {dst!r} would hide words from tokens")
    if any(normalise(c) for c in norm.strip):
        raise DataError("[normalise] strip: every stripped character must be a word mark")
