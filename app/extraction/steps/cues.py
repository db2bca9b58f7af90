"""Where a document's cue words stand, so a step can ask for those near a token by bisection.

Roles and dates ask, for every participant and date, whether a cue ("said", "claimed", "on")
ends or starts within a few tokens of it; scanning every cue of the article each time made
that quadratic. Each category is indexed on first use, once per document, after the last step
that adds matches.
"""

from __future__ import annotations

from bisect import bisect_left

from app.extraction.doc import Doc

Ends = tuple[tuple[int, int], ...]  # (last, first) token indexes of each cue, sorted


class Cues:
    """The cue matches of one document by category, sorted by where they end and start."""

    __slots__ = ("_doc", "_ends", "_starts")

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._ends: dict[str, Ends] = {}
        self._starts: dict[str, tuple[int, ...]] = {}

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
