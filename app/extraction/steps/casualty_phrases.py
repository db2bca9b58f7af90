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

from app.extraction.datafile import DataError, Guarded, alternation, str_list
from app.extraction.normalised import Normaliser

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


@dataclass(frozen=True, slots=True)
class Tails:
    """The last words of some phrases, as a cheap test that a window's end may hold a match
    of a pattern ending in one of them and at most a few more words (build with ``tails``).

    A word of letters and digits in the text that ends such a match is one of the last words
    (after a clitic, for a cue), as the pattern wants none right before it: one set lookup.
    """

    words: frozenset[str]  # the last words, alone or after a clitic
    ends: tuple[str, ...]  # the same, for a word of the text holding other characters too
    odd: tuple[str, ...]  # last words ending with a ``gap`` character: looked for anywhere
    gap: str  # characters that may stand between a match and the window's end, with spaces
    always: bool  # a phrase ends with a gap ("death toll ~"): any window may hold a match

    def ends_in(self, text: str, pos: int, endpos: int, count: int) -> bool:
        """Whether one of the last ``count`` words of ``text[pos:endpos]`` (``gap`` characters
        and spaces stripped off its end) ends with a last word."""
        if self.always:
            return True
        window = text[pos:endpos]
        if self.odd and any(o in window for o in self.odd):
            return True
        body = window.rstrip()
        if self.gap:  # "killed 20 (including , (": spaces and gap characters, mixed
            stripped = body.rstrip(self.gap).rstrip()
            while stripped != body:
                body, stripped = stripped, stripped.rstrip(self.gap).rstrip()
        for word in body.rsplit(None, count - 1):
            word = word.rstrip(self.gap)
            if word in self.words or (not word.isalnum() and word.endswith(self.ends)):
                return True
        return False


@dataclass(frozen=True, slots=True)
class AfterCue:
    """The cue after a figure ("12 people were killed"): fillers, maybe a subset or attackers
    clause ("12 people, including 3 children, were killed"), fillers, then the cue.

    ``pattern`` is that; ``plain`` has the fillers and the cue alone, and a window holding
    none of the clause's words (``clause``, most windows) can match nothing else, so ``plain``
    finds the same match there at a third of the cost: ``pattern``'s two runs of fillers, with
    the clause tried between them, try each filler and the cue after it up to three times.
    """

    pattern: re.Pattern[str]
    heads: re.Pattern[str]  # the cues' words, one of which every match holds (``Guarded``)
    plain: re.Pattern[str]
    clause: tuple[str, ...]  # words, one of which every match of the clause holds

    def match(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """``pattern.match`` at ``pos`` within ``text[:endpos]``."""
        if not self.heads.search(text, pos, endpos):
            return None
        window = text[pos:endpos]
        for word in self.clause:  # a few ``in`` scans in C: less than a regex search
            if word in window:
                return self.pattern.match(text, pos, endpos)
        return self.plain.match(text, pos, endpos)


def after_cue(pattern: Guarded, plain: str, clause_words: Iterable[str]) -> AfterCue:
    """The ``AfterCue`` of ``pattern`` and its clause-free form ``plain``; ``clause_words``:
    words one of which (as it stands, with no word boundary) each clause match holds."""
    words = set(clause_words)
    # a word holding another ("attackers", "attacker") holds it where it stands
    clause = tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))
    return AfterCue(pattern.pattern, pattern.heads, re.compile(plain), clause)


def tails(phrases: Iterable[str], clitics: Iterable[str] = (), gap: str = "") -> Tails:
    """The ``Tails`` of ``phrases`` (normalised): their last words, each also after one of
    ``clitics``; ``gap``: what the pattern allows after a phrase besides its words."""
    last = {last_word(p) for p in phrases}
    odd = tuple(sorted(w for w in last if w and (w[-1].isspace() or w[-1] in gap)))
    plain = sorted(last.difference(odd))
    words = {*plain, *(c + w for c in clitics for w in plain)}
    return Tails(frozenset(words), tuple(plain), odd, gap, "" in last)


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
