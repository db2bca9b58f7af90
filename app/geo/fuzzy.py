"""Near-spelling search, always restricted to given countries (never worldwide).

A fallback after exact lookup: rapidfuzz ``fuzz.ratio`` over the keys of the context
countries, and for Arabic mentions also over transliteration skeletons of their Latin keys,
since GeoNames has no Arabic alias for many towns outside the Arab world.
"""

from __future__ import annotations

from array import array
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any

from rapidfuzz import fuzz, process

from app.geo.normalize import is_arabic
from app.geo.translit import consonants, skeleton_ar, skeletons_latin

FUZZY_CUTOFF = 88.0
SKELETON_CUTOFF = 85.0
SKELETON_FLOOR = 65.0
MIN_FUZZY_CHARS = 4
MEMO_SIZE = 20_000


_Groups = dict[int, tuple[list[str], list[int]]]


def _best_by_length(query: str, groups: _Groups, cutoff: float) -> tuple[float, str] | None:
    """The choice closest to ``query`` at ``cutoff`` or above, the first on a tie, comparing
    only the length groups that can reach the cutoff: fuzz.ratio is at most
    200 * min(a, b) / (a + b) for lengths a and b, so most of a pool is never touched."""
    size, best = len(query), None
    for length in range(
        max(1, int(size * cutoff / (200 - cutoff))), int(size * (200 - cutoff) / cutoff) + 2
    ):
        if 200 * min(size, length) / (size + length) < cutoff - 1e-6 or length not in groups:
            continue
        choices, order = groups[length]
        hit = process.extractOne(query, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
        if hit is not None and (best is None or (hit[1], -order[hit[2]]) > (best[0], -best[2])):
            best = (hit[1], str(hit[0]), order[hit[2]])
    return None if best is None else (best[0], best[1])


class FuzzyIndex:
    """Per-country key lists (built on first use) and the near-spelling search over them."""

    def __init__(
        self,
        key_index: Mapping[str, int],
        starts: array[Any],
        ids: array[Any],
        cc: array[Any],
        cc_list: list[str],
    ) -> None:
        """Share the gazetteer's key table; nothing is computed until the first search."""
        self._key_index, self._starts, self._ids = key_index, starts, ids
        self._cc, self._cc_list = cc, cc_list
        self._skeleton_cache: dict[str, tuple[dict[str, str], list[str]]] = {}
        self._length_cache: dict[tuple[str, str, bool], _Groups] = {}
        self._memo: dict[tuple[str, str, str], Any] = {}  # per (search, key, country)

    @cached_property
    def keys_by_country(self) -> dict[str, tuple[list[str], list[str]]]:
        """Keys naming at least one entry of each country: (Latin-script, Arabic-script)."""
        out: list[tuple[list[str], list[str]]] = [([], []) for _ in self._cc_list]
        ids, starts, cc = self._ids, self._starts, self._cc
        for key, i in self._key_index.items():
            a, b = starts[i], starts[i + 1]
            arabic = "\u0600" <= key[0] <= "\u06ff" or (not key[0].isalpha() and is_arabic(key))
            if b - a == 1:
                out[cc[ids[a] >> 1]][arabic].append(key)
                continue
            for c in {cc[code >> 1] for code in ids[a:b]}:
                out[c][arabic].append(key)
        return dict(zip(self._cc_list, out, strict=True))

    def near(self, key: str, context: Sequence[str], strict: bool = False) -> str | None:
        """The key of the context countries closest to ``key``, if close enough.

        Searched country by country (each search memoised, so articles with different contexts
        share them); the best ratio wins and on a tie the earlier country. ``strict`` (running
        text) drops the looser same-consonants rule for skeletons.
        """
        if len(key) < MIN_FUZZY_CHARS or not context:
            return None
        countries = list(dict.fromkeys(context))
        arabic = is_arabic(key)
        best: tuple[float, str] | None = None
        for cc in countries:
            hit = self._memoised(("key", key, cc), lambda cc=cc: self._nearest(key, cc, arabic))
            if hit is not None and (best is None or hit[0] > best[0]):
                best = hit
        if best is not None:
            return best[1]
        return self._by_skeleton(key, countries, strict) if arabic else None

    def _memoised(self, memo_key: tuple[str, str, str], search: Any) -> Any:
        if memo_key in self._memo:
            return self._memo[memo_key]
        if len(self._memo) >= MEMO_SIZE:
            self._memo.clear()
        self._memo[memo_key] = found = search()
        return found

    def _nearest(self, key: str, cc: str, arabic: bool) -> tuple[float, str] | None:
        """The closest key of one country in the same script, if above the cutoff (on a tie,
        the first in the country's key list)."""
        groups = self._groups(("key", cc, arabic), self.keys_by_country.get(cc, ([], []))[arabic])
        return _best_by_length(key, groups, FUZZY_CUTOFF)

    def _groups(self, name: tuple[str, str, bool], keys: list[str]) -> _Groups:
        """``keys`` grouped by length, each with its place in ``keys`` (built on first use)."""
        found = self._length_cache.get(name)
        if found is None:
            found = {}
            for i, k in enumerate(keys):
                group, order = found.setdefault(len(k), ([], []))
                group.append(k)
                order.append(i)
            self._length_cache[name] = found
        return found

    def _by_skeleton(self, key: str, context: list[str], strict: bool) -> str | None:
        """A Latin key whose skeleton is close to the Arabic key's: a high ratio, or (not
        strict) a moderate one with the same consonants, at least three of them."""
        skel = skeleton_ar(key)
        if len(skel) < MIN_FUZZY_CHARS:
            return None
        if strict:
            return self._skeleton_strict(skel, context)
        found: list[tuple[float, int, int, str, str]] = []
        for rank, cc in enumerate(context):
            hits = self._memoised(
                ("skeleton", skel, cc), lambda cc=cc: self._skeleton_hits(skel, cc)
            )
            found += [(-r, rank, i, s, latin_key) for i, (r, s, latin_key) in enumerate(hits)]
        cons = consonants(skel)
        for neg_ratio, _, _, s, latin_key in sorted(found)[:5]:
            loose = not strict and len(cons) >= 3 and consonants(s) == cons
            if -neg_ratio >= SKELETON_CUTOFF or loose:
                return latin_key
        return None

    def _skeleton_strict(self, skel: str, context: list[str]) -> str | None:
        """In running text only a skeleton ratio of SKELETON_CUTOFF or more counts: the best
        such hit over the countries (the earlier country on a tie), which is what the first of
        the sorted top-five hits would be. Searched with that cutoff, so by length."""
        best: tuple[float, str] | None = None
        for cc in context:
            hit = self._memoised(("strict", skel, cc), lambda cc=cc: self._skeleton_best(skel, cc))
            if hit is not None and (best is None or hit[0] > best[0]):
                best = hit
        return None if best is None else best[1]

    def _skeleton_best(self, skel: str, cc: str) -> tuple[float, str] | None:
        """The Latin key of one country whose skeleton is closest, if at SKELETON_CUTOFF."""
        latin, skeletons = self._skeletons(cc)
        hit = _best_by_length(
            skel, self._groups(("skeleton", cc, False), skeletons), SKELETON_CUTOFF
        )
        return None if hit is None else (hit[0], latin[hit[1]])

    def _skeleton_hits(self, skel: str, cc: str) -> list[tuple[float, str, str]]:
        """The five Latin keys of one country whose skeletons are closest: (ratio, skeleton, key)."""
        latin, skeletons = self._skeletons(cc)
        hits = process.extract(
            skel, skeletons, scorer=fuzz.ratio, score_cutoff=SKELETON_FLOOR, limit=5
        )
        return [(r, s, latin[s]) for s, r, _ in hits]

    def _skeletons(self, cc: str) -> tuple[dict[str, str], list[str]]:
        """Transliteration skeleton → Latin key, and the skeletons, per country, cached."""
        if cc not in self._skeleton_cache:
            latin = self.keys_by_country.get(cc, ([], []))[False]
            by_skeleton = dict(zip(skeletons_latin(latin), latin, strict=True))
            self._skeleton_cache[cc] = (by_skeleton, list(by_skeleton))
        return self._skeleton_cache[cc]
