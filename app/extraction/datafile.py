"""Reading and validating language data files: one error type, TOML access, phrase regexes.

Every data file under ``data/`` is TOML with a source/licence header comment. Loaders use
these helpers so that a bad file fails at startup with its path in the message.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast


class DataError(ValueError):
    """A language data file is missing, malformed or inconsistent."""


def read_toml(path: Path) -> dict[str, Any]:
    """Read one TOML data file; it must start with a provenance comment."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"cannot read {path}: {exc}") from exc
    if not raw.lstrip().startswith("#") or "Licence" not in raw.split("\n[", 1)[0]:
        raise DataError(f"{path}: missing source/licence header comment")
    try:
        return tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise DataError(f"{path}: {exc}") from exc


def table(data: Mapping[str, Any], key: str, path: Path) -> Mapping[str, Any]:
    """Return the sub-table ``key`` (dotted), or fail naming the file."""
    node: Any = data
    for part in key.split("."):
        if not isinstance(node, Mapping) or part not in node:
            raise DataError(f"{path}: missing table [{key}]")
        node = node[part]
    if not isinstance(node, Mapping):
        raise DataError(f"{path}: [{key}] must be a table")
    return cast(Mapping[str, Any], node)


def str_list(data: Mapping[str, Any], key: str, path: Path, *, empty: bool = False) -> list[str]:
    """Return a list of distinct non-empty strings stored under ``key``."""
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise DataError(f"{path}: '{key}' must be a list of non-empty strings")
    if not value and not empty:
        raise DataError(f"{path}: '{key}' must not be empty")
    dupes = sorted({v for v in value if value.count(v) > 1})
    if dupes:
        raise DataError(f"{path}: '{key}' has duplicates: {dupes}")
    return list(value)


def int_map(
    data: Mapping[str, Any], path: Path, name: str, *, empty: bool = False
) -> dict[str, int]:
    """Return a table of word -> non-negative int."""
    if not data and not empty:
        raise DataError(f"{path}: [{name}] must not be empty")
    out: dict[str, int] = {}
    for key, value in data.items():
        if not key or isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise DataError(f"{path}: [{name}] '{key}' must map to an int >= 0")
        out[key] = value
    return out


def alternation(words: Iterable[str], *, spaces: bool = True) -> str:
    """Regex matching any of ``words``, longest first; a space matches any whitespace.

    The words are compiled into a character trie ("kill(?:ed|ing)"), which the regex
    engine tries in one pass instead of word after word.
    """
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie, spaces) + ")" if trie else "(?!)"


@dataclass(frozen=True, slots=True)
class Guarded:
    """A pattern tried in short windows, and words one of which every match of it contains:
    a window without any (most of them) is ruled out by one fast scan (``heads`` starts with
    plain letters, so the regex engine skips through the window in C)."""

    pattern: re.Pattern[str]
    heads: re.Pattern[str]

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """``pattern.search`` within ``text[pos:endpos]``."""
        return (
            self.pattern.search(text, pos, endpos) if self.heads.search(text, pos, endpos) else None
        )

    def match(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """``pattern.match`` at ``pos`` within ``text[:endpos]``."""
        return (
            self.pattern.match(text, pos, endpos) if self.heads.search(text, pos, endpos) else None
        )


def guarded(pattern: str, words: Iterable[str]) -> Guarded:
    """Compile ``pattern``, every match of which holds one of ``words`` with no letter right
    after it (the longest word of each phrase it is made of is rarer than its first: "death",
    not "to" of "to death"; and "die" is no cue in "soldiers")."""
    return Guarded(re.compile(pattern), re.compile(alternation(words, spaces=False) + r"(?!\w)"))


def _trie_regex(node: dict[str, Any], spaces: bool) -> str:
    branches = []
    for ch in sorted(k for k in node if k):
        head = r"\s+" if spaces and ch == " " else re.escape(ch)
        branches.append(head + _trie_regex(node[ch], spaces))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
