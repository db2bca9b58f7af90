"""One phrase index over every lexicon of a language, matched token by token.

Each phrase is a token sequence; a token ending in ``*`` matches any word starting with it.
Each token is matched in its alternative forms (``Clitics``), so ``وبالقصف`` matches ``قصف``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress, count, repeat
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple

from app.extraction.clitics import CACHE_SIZE
from app.extraction.clitics import Clitics as Clitics  # re-exported: importers use lexicon's
from app.extraction.text import Token, phrase_tokens


@dataclass(frozen=True, slots=True)
class Entry:
    """One phrase of one lexicon category, with the value it stands for."""

    category: str
    tokens: tuple[str, ...]
    value: Any  # a category's own type (int, str, tuple...); object trips mypyc (KeyError)
    phrase: str


class Match(NamedTuple):
    """A lexicon phrase found at tokens ``first`` (inclusive) to ``last`` (exclusive)."""

    first: int
    last: int
    entry: Entry


def _token_matches(pattern: str, forms: Sequence[str]) -> bool:
    if pattern[-1] != "*":
        return pattern in forms
    stem = pattern[:-1]
    if len(forms) == 1:  # most words have one form: no generator
        return forms[0].startswith(stem)
    return any(f.startswith(stem) for f in forms)


GAP = 2  # words a "~" in a phrase may stand for


def _match_rest(pattern: Sequence[str], k: int, pos: int, forms: Sequence[Sequence[str]]) -> int:
    """Match ``pattern[k:]`` from token ``pos``; return the end token, or -1.

    Word by word in a loop; only a ``~`` gap recurses, once per length it may stand for.
    """
    while k < len(pattern):
        if pattern[k] == "~":
            for skip in range(1, GAP + 1):
                end = _match_rest(pattern, k + 1, pos + skip, forms)
                if end > 0:
                    return end
            return -1
        if pos >= len(forms) or not _token_matches(pattern[k], forms[pos]):
            return -1
        k += 1
        pos += 1
    return pos


class _Plan(NamedTuple):
    """The entries one word form can begin, split by what must follow (each with its rank in
    the word's candidate list, so that matches keep that order)."""

    singles: tuple[tuple[int, Entry], ...]  # one-word phrases: matched already
    by_second: dict[str, list[tuple[int, Entry]]]  # phrases whose second word is exact
    rest: tuple[tuple[int, Entry], ...]  # second word a stem* or a ~ gap
    seconds: frozenset[str]  # the keys of by_second
    matched: tuple[Entry, ...]  # the entries of singles, in order
    extends: bool  # whether a phrase of two words or more may begin here
    # when every entry of rest reads "word ~ word ...": the words that must follow the gap
    after_gap: frozenset[str] | None


def _after_gap(rest: Sequence[tuple[int, Entry]]) -> frozenset[str] | None:
    """The exact third words of ``rest`` if each of its entries is a word, a ``~`` gap and an
    exact word ("the ~ group"), else None: such a phrase is only worth trying where one of
    these words stands within the gap's reach."""
    words = set()
    for _, entry in rest:
        third = entry.tokens[2] if entry.tokens[1] == "~" else "~"
        if third == "~" or third.endswith("*"):
            return None
        words.add(third)
    return frozenset(words)


def _gap_reached(after_gap: frozenset[str], i: int, forms: Sequence[tuple[str, ...]]) -> bool:
    """Whether one of ``after_gap`` stands one to ``GAP`` words after the word after ``i``."""
    for j in range(i + 2, min(i + 2 + GAP, len(forms))):
        if not after_gap.isdisjoint(forms[j]):
            return True
    return False


def _plan(entries: Sequence[Entry]) -> _Plan | None:
    if not entries:
        return None
    singles, rest = [], []
    by_second: dict[str, list[tuple[int, Entry]]] = defaultdict(list)
    for pos, entry in enumerate(entries):
        if len(entry.tokens) == 1:
            singles.append((pos, entry))
        elif entry.tokens[1] == "~" or entry.tokens[1].endswith("*"):
            rest.append((pos, entry))
        else:
            by_second[entry.tokens[1]].append((pos, entry))
    distinct = _distinct(singles)
    return _Plan(
        distinct,
        dict(by_second),
        tuple(rest),
        frozenset(by_second),
        tuple(entry for _, entry in distinct),
        bool(rest or by_second),
        _after_gap(rest),
    )


def _distinct(singles: list[tuple[int, Entry]]) -> tuple[tuple[int, Entry], ...]:
    """One-word entries without repeats of a category and phrase: each at the rank of its
    first occurrence with the entry of its last (as ``scan`` keeps a repeated match)."""
    rank: dict[tuple[str, str], int] = {}
    last: dict[tuple[str, str], Entry] = {}
    for pos, entry in singles:
        key = (entry.category, entry.phrase)
        rank.setdefault(key, pos)
        last[key] = entry
    return tuple((rank[key], last[key]) for key in rank)


@dataclass(frozen=True, slots=True)
class PhraseIndex:
    """All phrases of a language, keyed by their first token (exact or star stem)."""

    exact: dict[str, list[Entry]] = field(default_factory=dict)
    stars: dict[str, list[Entry]] = field(default_factory=dict)
    star_lengths: tuple[int, ...] = ()
    # first-token look-ups per word form; bounded, and only ever filled with derived values
    cache: dict[tuple[str, ...], _Plan | None] = field(default_factory=dict)

    @classmethod
    def build(cls, entries: Iterable[Entry]) -> PhraseIndex:
        """Index ``entries`` by first token; raise on an empty phrase."""
        exact: dict[str, list[Entry]] = defaultdict(list)
        stars: dict[str, list[Entry]] = defaultdict(list)
        for entry in entries:
            if not entry.tokens:
                raise ValueError(f"empty phrase in {entry.category}: {entry.phrase!r}")
            if "~" in (entry.tokens[0], entry.tokens[-1]):
                raise ValueError(f"a phrase cannot start or end with '~': {entry.phrase!r}")
            head = entry.tokens[0]
            if head.endswith("*"):
                stars[head[:-1]].append(entry)
            else:
                exact[head].append(entry)
        lengths = tuple(sorted({len(k) for k in stars}))
        return cls(dict(exact), dict(stars), lengths)

    def candidates(self, forms: tuple[str, ...]) -> list[Entry]:
        """Return entries whose first token matches one of ``forms``."""
        found: list[Entry] = []
        for form in forms:
            found += self.exact.get(form, ())
            for n in self.star_lengths:
                if n > len(form):
                    break
                found += self.stars.get(form[:n], ())
        return found

    def _plan(self, forms: tuple[str, ...]) -> _Plan | None:
        """The candidates of ``forms`` split for scanning, None for none (cached per word)."""
        if forms in self.cache:
            return self.cache[forms]
        plan = _plan(self.candidates(forms))
        if len(self.cache) >= CACHE_SIZE:
            self.cache.clear()
        self.cache[forms] = plan
        return plan

    def _plans(self, forms: Sequence[tuple[str, ...]]) -> list[_Plan | None]:
        try:  # every word seen before (the common case): one C-level pass
            return list(map(self.cache.__getitem__, forms))
        except KeyError:
            return list(map(self._plan, forms))

    def scan(self, forms: Sequence[tuple[str, ...]]) -> list[Match]:
        """Return every phrase occurrence over the token forms (all lengths, all categories),
        by first token, then by rank among that token's candidates; a phrase of a category
        found twice over the same tokens once.

        A phrase whose second word is exact is only tried where the next token has that form.
        """
        # (first, last, entry) as plain tuples, made Matches in one C-level pass at the end:
        # a named tuple built in the loop costs a Python-level call each
        found: list[tuple[int, int, Entry]] = []
        plans = self._plans(forms)
        last = len(forms) - 1
        for i in compress(count(), plans):
            plan = plans[i]
            assert plan is not None
            # longer phrases are tried where the next word is an exact second word of one, or
            # where the others may match ("word ~ word" ones: only with a third word in reach)
            extend = plan.extends and (
                (i < last and not plan.seconds.isdisjoint(forms[i + 1]))
                or (
                    plan.rest and (plan.after_gap is None or _gap_reached(plan.after_gap, i, forms))
                )
            )
            longer = self._longer(plan, i, forms) if extend else None
            if not longer:
                for entry in plan.matched:  # a plain loop: most tokens begin one phrase
                    found.append((i, i + 1, entry))
                continue
            if not plan.singles and len(longer) == 1:  # nothing to order or merge
                found.append(longer[0][1])
                continue
            here = [(pos, (i, i + 1, entry)) for pos, entry in plan.singles] + longer
            here.sort(key=_RANK)
            found += {(m[1], m[2].category, m[2].phrase): m for _, m in here}.values()
        return list(map(tuple.__new__, repeat(Match), found))

    @staticmethod
    def _longer(
        plan: _Plan, i: int, forms: Sequence[tuple[str, ...]]
    ) -> list[tuple[int, tuple[int, int, Entry]]]:
        """The phrases of two words or more that start at token ``i`` (as the (first, last,
        entry) of a ``Match``), with their ranks."""
        found: list[tuple[int, tuple[int, int, Entry]]] = []
        if i + 1 < len(forms):
            for form in forms[i + 1]:
                for pos, entry in plan.by_second.get(form, ()):
                    # a two-word phrase has matched already (the common case)
                    end = (
                        i + 2
                        if len(entry.tokens) == 2
                        else _match_rest(entry.tokens, 2, i + 2, forms)
                    )
                    if end > 0:
                        found.append((pos, (i, end, entry)))
        for pos, entry in plan.rest:
            end = _match_rest(entry.tokens, 1, i + 1, forms)
            if end > 0:
                found.append((pos, (i, end, entry)))
        return found


_RANK = itemgetter(0)
_FIRST = attrgetter("first")


def make_entries(category: str, phrases: Iterable[str], value: object) -> list[Entry]:
    """Build index entries for ``phrases`` of one category carrying ``value``."""
    return [Entry(category, phrase_tokens(p), value, p) for p in phrases]


def longest(matches: Iterable[Match]) -> list[Match]:
    """Keep the longest non-overlapping matches, preferring earlier ones on ties."""
    ordered = sorted(matches, key=lambda m: (m.first - m.last, m.first))
    if not ordered:
        return []
    # a flag per token (list slices, in C) rather than a set of each match's range of tokens:
    # a range object and two set operations per match cost several times more
    taken = [False] * max(m.last for m in ordered)
    chosen: list[Match] = []
    for m in ordered:
        if True not in taken[m.first : m.last]:
            chosen.append(m)
            taken[m.first : m.last] = [True] * (m.last - m.first)
    return sorted(chosen, key=_FIRST)


_NORM = attrgetter("norm")


def token_forms(tokens: Sequence[Token], clitics: Clitics) -> tuple[tuple[str, ...], ...]:
    """Return each token's matching forms (``Clitics.forms_of`` their words, when at hand)."""
    return clitics.forms_of(list(map(_NORM, tokens)))
