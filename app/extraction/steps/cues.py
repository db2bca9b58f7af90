"""Where a document's cue words stand, so a step can ask for those near a token by bisection.

Roles and dates ask, for every participant and date, whether a cue ("said", "claimed", "on")
ends or starts within a few tokens of it; scanning every cue of the article each time made
that quadratic. Each category is indexed on first use, once per document, after the last step
that adds matches; roles ask the same question of every participant with the same window, so
for them the answer is worked out for every token at once (``reaching``, ``reached``).
"""

from __future__ import annotations

from bisect import bisect_left

from app.extraction.doc import Doc

Ends = tuple[tuple[int, int], ...]  # (last, first) token indexes of each cue, sorted


class Cues:
    """The cue matches of one document by category, sorted by where they end and start."""

    __slots__ = ("_doc", "_ends", "_reached", "_reaching", "_starts")

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._ends: dict[str, Ends] = {}
        self._starts: dict[str, tuple[int, ...]] = {}
        self._reaching: dict[tuple[str, int], dict[int, int]] = {}
        self._reached: dict[tuple[str, int], set[int]] = {}

    def ending(self, category: str, lo: int, hi: int) -> Ends:
        """(last, first) of the cues of ``category`` whose ``last`` lies in ``lo``..``hi``."""
        pairs = self._ends.get(category)
        if pairs is None:
            matches = self._doc.matches_of(category)
            pairs = self._ends[category] = tuple(sorted((m.last, m.first) for m in matches))
        return pairs[bisect_left(pairs, (lo,)) : bisect_left(pairs, (hi + 1,))]

    def starting(self, category: str, lo: int, hi: int) -> bool:
        """Whether a cue of ``category`` has its ``first`` token in ``lo``..``hi``."""
        firsts = self._starts.get(category)
        if firsts is None:
            matches = self._doc.matches_of(category)
            firsts = self._starts[category] = tuple(sorted(m.first for m in matches))
        i = bisect_left(firsts, lo)
        return i < len(firsts) and firsts[i] <= hi

    def reaching(self, category: str, window: int) -> dict[int, int]:
        """Token -> the latest ``first`` of the cues of ``category`` whose ``last`` lies within
        ``window`` tokens up to it: ``ending(category, t - window + 1, t)`` for every t at once
        (a token no cue reaches is absent)."""
        key = (category, window)
        found = self._reaching.get(key)
        if found is None:
            found = self._reaching[key] = {}
            for m in self._doc.matches_of(category):
                for t in range(m.last, m.last + window):
                    if found.get(t, -1) < m.first:
                        found[t] = m.first
        return found

    def reached(self, category: str, window: int) -> set[int]:
        """The tokens t for which a cue of ``category`` has its ``first`` in t..t + window - 1:
        ``starting(category, t, t + window - 1)`` for every t at once."""
        key = (category, window)
        found = self._reached.get(key)
        if found is None:
            found = self._reached[key] = set()
            for m in self._doc.matches_of(category):
                found.update(range(m.first - window + 1, m.first + 1))
        return found
