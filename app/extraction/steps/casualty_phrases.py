"""Turn the phrases of a ``casualties.toml`` into regex source.

A phrase's words match across any whitespace; the word "~" stands for up to 3 words and "…"
for up to 20 (``GAPS``). The helpers that read a phrase's words (``key_word``, ``lead``, ...)
let the compiled patterns be guarded and pre-filtered by words every match must contain.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app.extraction.datafile import DataError, alternation, str_list
from app.extraction.text import Normaliser

TOKEN = r"[^\s\d.;:!?؟؛,،()\"«»]+"
GAPS: Mapping[str, int] = MappingProxyType({"~": 3, "…": 20})  # phrase word -> words skipped


def _phrase(phrase: str, norm: Normaliser) -> str:
    """Regex for one data phrase: spaces match whitespace, "~" up to 3 words, "…" up to 20."""
    parts: list[str] = []
    for word in norm.word(phrase).split():
        if word in GAPS:
            parts.append(rf"(?:\s+[^\s.;:!?؟؛]+){{0,{GAPS[word]}}}?")
        else:
            parts.append((r"\s+" if parts else "") + re.escape(word))
    return "".join(parts)


def phrases_re(found: Iterable[str], norm: Normaliser) -> str:
    """Alternation of data phrases: plain ones as a trie, gapped ("~") ones after them."""
    plain: list[str] = []
    gapped: list[str] = []
    for phrase in set(found):
        (gapped if GAPS.keys() & set(phrase.split()) else plain).append(phrase)
    by_first: dict[str, list[str]] = {}  # gapped phrases grouped by their first word
    for phrase in sorted(gapped, key=lambda p: (-len(p), p)):
        first, rest = phrase.split(maxsplit=1)
        by_first.setdefault(norm.word(first), []).append(_phrase(rest, norm))
    parts = [
        re.escape(first) + r"(?:\s+|(?=\s))(?:" + "|".join(rests) + ")"
        for first, rests in sorted(by_first.items())
    ]
    if plain:
        parts.insert(0, alternation(norm.word(p) for p in plain))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def most_words(phrase: str) -> int:
    """The most whitespace-separated words a match of a data phrase can have."""
    return sum(GAPS.get(w, 1) for w in phrase.split())


def last_word(phrase: str) -> str:
    """The word every match of a data phrase ends with ("" after a gap: any)."""
    words = phrase.split()
    return "" if not words or words[-1] in GAPS else words[-1]


def key_word(phrase: str) -> str:
    """A word any match of a data phrase contains: its longest, gaps aside."""
    return max([w for w in phrase.split() if w not in GAPS] or [""], key=len)


def lead(phrase: str) -> str:
    """The words of a data phrase before its first gap ("no" of "no ~ casualties")."""
    words = phrase.split()
    gaps = [i for i, w in enumerate(words) if w in GAPS]
    return " ".join(words[: gaps[0]] if gaps else words)


def count_at(data: Mapping[str, Any], key: str, path: Path) -> int:
    """The int >= 0 at ``key``; anything else is a data error."""
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise DataError(f"{path}: '{key}' must be an int >= 0")
    return value


@dataclass(frozen=True, slots=True)
class CasualtyData:
    """One casualties.toml while it is compiled: its path, tables and normaliser."""

    path: Path
    norm: Normaliser
    ctx: Mapping[str, Any]
    victims: Mapping[str, Any]

    def phrases(
        self, key: str, node: Mapping[str, Any] | None = None, *, empty: bool = False
    ) -> str:
        node = self.ctx if node is None else node
        return phrases_re(str_list(node, key, self.path, empty=empty), self.norm)

    def words_of(self, key: str) -> list[str]:
        """The phrases of one context list, normalised."""
        return [self.norm.word(w) for w in str_list(self.ctx, key, self.path)]

    def words(self, key: str) -> set[str]:
        """The key word of every phrase of one context list (see ``key_word``)."""
        return set(map(key_word, self.words_of(key)))

    def filler(self) -> str:
        """One word that may stand between a number and its cue."""
        stops = str_list(self.ctx, "filler_stop_prefixes", self.path, empty=True)
        guard = f"(?!{alternation(stops, spaces=False)})" if stops else ""
        return rf"(?!{self.phrases('filler_stop')}(?!\w)){guard}{TOKEN}"

    def definite(self) -> list[str]:
        """The definite-article prefixes of victim nouns ("ال")."""
        return str_list(self.victims, "definite", self.path, empty=True)
