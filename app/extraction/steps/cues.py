"""Where a document's cue words stand, so a step can ask for those near a token by bisection.

Roles and dates ask, for every participant and date, whether a cue ("said", "claimed", "on")
ends or starts within a few tokens of it; scanning every cue of the article each time made
that quadratic. The index is built once per document, after the last step that adds matches.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from app.extraction.doc import Doc

Ends = tuple[tuple[int, int], ...]  # (last, first) token indexes of each cue, sorted


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue matches of one document by category, sorted by where they end and start."""

    ends: dict[str, Ends]
    starts: dict[str, tuple[int, ...]]

    @classmethod
    def of(cls, doc: Doc) -> Cues:
        """Index every ``cue:`` category of ``doc``'s matches."""
        ends: dict[str, Ends] = {}
        starts: dict[str, tuple[int, ...]] = {}
        for category, matches in doc.by_category.items():
            if category.startswith("cue:"):
                ends[category] = tuple(sorted((m.last, m.first) for m in matches))
                starts[category] = tuple(sorted(m.first for m in matches))
        return cls(ends, starts)

    def ending(self, category: str, lo: int, hi: int) -> Ends:
        """(last, first) of the cues of ``category`` whose ``last`` lies in ``lo``..``hi``."""
        pairs = self.ends.get(category, ())
        return pairs[bisect_left(pairs, (lo,)) : bisect_left(pairs, (hi + 1,))]

    def starting(self, category: str, lo: int, hi: int) -> bool:
        """Whether a cue of ``category`` has its ``first`` token in ``lo``..``hi``."""
        firsts = self.starts.get(category, ())
        i = bisect_left(firsts, lo)
        return i < len(firsts) and firsts[i] <= hi
