"""Offset-keeping normalisation for the regex finders (numbers, casualties, dates).

The finders match on a whole normalised text: ``Normaliser`` builds it from a language's
``[normalise]`` table (marks removed, letter variants mapped one to one) and ``Normalised``
maps its offsets back to the original, so every match keeps the words it came from.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app.extraction.datafile import DataError, table
from app.extraction.text import char_offsets


@dataclass(frozen=True, slots=True)
class Normalised:
    """Normalised text plus the map back to offsets of the original."""

    text: str
    original: str
    shifts: tuple[int, ...] = ()  # normalised positions after which chars were removed
    removed: tuple[int, ...] = ()  # original offsets of the removed chars

    def position(self, i: int) -> int:
        """Normalised offset of original offset ``i`` (a removed char's: the next kept one's)."""
        return i - bisect_left(self.removed, i)

    def orig(self, i: int) -> int:
        """Original offset of normalised position ``i`` (a start offset)."""
        return i + bisect_right(self.shifts, i)

    def orig_end(self, i: int) -> int:
        """Original offset of normalised end offset ``i``, after the marks of its last letter."""
        return self.orig(i) if i < len(self.text) else len(self.original)

    def span_text(self, start: int, end: int) -> tuple[int, int, str]:
        """Original (start, end, text) of a normalised half-open range."""
        s, e = self.orig(start), self.orig_end(end)
        return s, e, self.original[s:e]


_ASCII_LOWER: Mapping[int, int] = MappingProxyType(
    {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
)


@dataclass(frozen=True, slots=True)
class Normaliser:
    """Remove ``strip`` characters and map others one-to-one, remembering removals."""

    strip: str  # the characters removed (marks inside words)
    pairs: tuple[tuple[str, str], ...]  # one character -> one character
    fold: bool = False  # lower-case (only when that keeps every offset)

    def __call__(self, text: str) -> Normalised:
        mapped = text
        for src, dst in self.pairs:  # str.replace per pair is much faster than translate
            if src in mapped:
                mapped = mapped.replace(src, dst)
        if self.fold:
            lowered = mapped.lower()
            mapped = lowered if len(lowered) == len(mapped) else mapped.translate(_ASCII_LOWER)
        # each character found and removed by str.find and str.replace, in C: a regex engine
        # tries its class at every offset of the text, three times (search, finditer, sub)
        present = [c for c in self.strip if c in mapped]
        if not present:
            return Normalised(mapped, text)
        removed = tuple(char_offsets(mapped, present))
        for c in present:
            mapped = mapped.replace(c, "")
        shifts = tuple(i - k for k, i in enumerate(removed))
        return Normalised(mapped, text, shifts, removed)

    def word(self, word: str) -> str:
        """Normalise one lexicon entry."""
        return self(word).text


def load_normaliser(data: Mapping[str, Any], path: Path, *, fold: bool = True) -> Normaliser:
    """Build the normaliser from a [normalise] table; ``fold`` honours ``fold_ascii_case``."""
    node = table(data, "normalise", path)
    strip = node.get("strip", "")
    mapping = node.get("map", {})
    if not isinstance(strip, str) or not isinstance(mapping, Mapping):
        raise DataError(f"{path}: [normalise] needs strip = string and a [normalise.map]")
    if any(not isinstance(v, str) or len(k) != 1 or len(v) != 1 for k, v in mapping.items()):
        raise DataError(f"{path}: [normalise.map] must map one character to one character")
    # lower-casing spares IGNORECASE, which makes every pattern several times slower
    lower = fold and node.get("fold_ascii_case", False) is True
    return Normaliser("".join(dict.fromkeys(strip)), tuple(mapping.items()), lower)
