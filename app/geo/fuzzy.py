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
from app.geo.translit import consonants, skeleton_ar, skeleton_latin

FUZZY_CUTOFF = 88.0
SKELETON_CUTOFF = 85.0
SKELETON_FLOOR = 65.0
MIN_FUZZY_CHARS = 4
MEMO_SIZE = 20_000


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
        self._skeleton_cache: dict[str, dict[str, str]] = {}
        self._memo: dict[tuple[str, tuple[str, ...], bool], str | None] = {}

    @cached_property
    def keys_by_country(self) -> dict[str, list[str]]:
        """Keys naming at least one entry of each country."""
        out: list[list[str]] = [[] for _ in self._cc_list]
        ids, starts, cc = self._ids, self._starts, self._cc
        for key, i in self._key_index.items():
            a, b = starts[i], starts[i + 1]
            if b - a == 1:
                out[cc[ids[a] >> 1]].append(key)
                continue
            for c in {cc[code >> 1] for code in ids[a:b]}:
                out[c].append(key)
        return dict(zip(self._cc_list, out, strict=True))

    def near(self, key: str, context: Sequence[str], strict: bool = False) -> str | None:
        """The key of the context countries closest to ``key``, if close enough.

        ``strict`` (running text) drops the looser same-consonants rule for skeletons.
        """
        if len(key) < MIN_FUZZY_CHARS or not context:
            return None
        memo_key = (key, tuple(context), strict)
        if memo_key in self._memo:
            return self._memo[memo_key]
        if len(self._memo) >= MEMO_SIZE:
            self._memo.clear()
        self._memo[memo_key] = found = self._search(key, context, strict)
        return found

    def _search(self, key: str, context: Sequence[str], strict: bool) -> str | None:
        by_cc = self.keys_by_country
        arabic = is_arabic(key)
        same = [
            k for cc in dict.fromkeys(context) for k in by_cc.get(cc, []) if is_arabic(k) == arabic
        ]
        hit = process.extractOne(key, same, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if hit is not None:
            return str(hit[0])
        return self._by_skeleton(key, context, strict) if arabic else None

    def _by_skeleton(self, key: str, context: Sequence[str], strict: bool) -> str | None:
        """A Latin key whose skeleton is close to the Arabic key's: a high ratio, or (not
        strict) a moderate one with the same consonants, at least three of them."""
        skel = skeleton_ar(key)
        if len(skel) < MIN_FUZZY_CHARS:
            return None
        latin = {s: k for cc in context for s, k in self._skeletons(cc).items()}
        found = process.extract(
            skel, list(latin), scorer=fuzz.ratio, score_cutoff=SKELETON_FLOOR, limit=5
        )
        cons = consonants(skel)
        for s, ratio, _ in found:
            loose = not strict and len(cons) >= 3 and consonants(s) == cons
            if ratio >= SKELETON_CUTOFF or loose:
                return latin[s]
        return None

    def _skeletons(self, cc: str) -> dict[str, str]:
        """Transliteration skeleton → Latin key, per country, cached."""
        if cc not in self._skeleton_cache:
            keys = self.keys_by_country.get(cc, [])
            self._skeleton_cache[cc] = {skeleton_latin(k): k for k in keys if not is_arabic(k)}
        return self._skeleton_cache[cc]
