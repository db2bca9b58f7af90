"""Language detection by script ratio, confirmed by function words for Latin-script text."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from app.extraction.datafile import read_toml
from app.extraction.resources import DATA_DIR, language_dirs

SAMPLE = 1500  # characters classified, at most
# Code-point ranges of each script's characters.
SCRIPTS = {
    "arabic": ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
    "latin": ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F)),
}
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F']+")


@dataclass(frozen=True, slots=True)
class Profile:
    """How to recognise one language: its script and, for Latin, its function words."""

    code: str
    script: str
    function_words: frozenset[str]
    foreign_letters: frozenset[str]


@lru_cache(maxsize=4)
def load_profiles(data_dir: Path = DATA_DIR) -> tuple[Profile, ...]:
    """Read the ``[detect]`` table of every language folder."""
    profiles = []
    for lang_dir in language_dirs(data_dir):
        spec = read_toml(lang_dir / "language.toml").get("detect", {})
        script = str(spec.get("script", ""))
        if script not in SCRIPTS:
            raise ValueError(f"{lang_dir}: [detect] script must be one of {sorted(SCRIPTS)}")
        words = frozenset(w.lower() for w in spec.get("function_words", ()))
        foreign = frozenset(c for c in spec.get("foreign_letters", "") if _is_letter(c))
        profiles.append(Profile(lang_dir.name, script, words, foreign))
    return tuple(profiles)


def detect_language(text: str, profiles: tuple[Profile, ...] | None = None) -> str:
    """Return "ar", "en" (or another configured code), or "und" when no language fits.

    A text longer than ``SAMPLE`` characters is read at an even stride: a stride sample of
    this size moves a script's share by well under the margins used here (a half, and 1 %
    for foreign letters).
    """
    sample = text[:: len(text) // SAMPLE + 1]
    script, letters = _majority(sample)
    if script is None:
        return "und"
    for profile in profiles if profiles is not None else load_profiles():
        if profile.script != script:
            continue
        foreign = sum(map(sample.count, profile.foreign_letters))
        if foreign:
            letters = letters if letters is not None else sum(_letter_counts(sample).values())
            if foreign > letters * 0.01:
                continue
        if profile.function_words and not _enough(text, profile.function_words):
            continue
        return profile.code
    return "und"


def _majority(sample: str) -> tuple[str | None, int | None]:
    """The script of at least half the letters of ``sample`` (None: none has), and how many
    letters it has (None: not counted, the bounds of ``_sure_majority`` settled it)."""
    sure = _sure_majority(sample)
    if sure is not None:
        return sure, None
    scripts = _letter_counts(sample)
    letters = sum(scripts.values())
    if letters == 0:
        return None, 0
    script = max(SCRIPTS, key=lambda k: scripts[k])  # the first of equals, as ever
    return (script if scripts[script] / letters >= 0.5 else None), letters


def _is_letter(c: str) -> bool:
    """What the regular expression class [^\\W\\d_] reads as a letter."""
    return c.isalnum() and not c.isdecimal() and c != "_"


# The script of every letter in the ranges of ``SCRIPTS`` (a few thousand characters).
_SCRIPT_OF = MappingProxyType(
    {
        chr(point): name
        for name, spans in SCRIPTS.items()
        for first, last in spans
        for point in range(first, last + 1)
        if _is_letter(chr(point))
    }
)


# The letters of each script that most of its text is written with, for ``_sure_majority``:
# the letters of the Arabic alphabet (U+0620-U+064A) and the ASCII letters, the most frequent
# first (the order only decides how soon a text is settled, never the answer).
_FREQUENT = "اليمونهرتبعدسفكقحجةأeEtTaAoOiInNsShHrRdDlLcCuUmMwWfFgGyYpPbB"


def _common(points: range) -> tuple[str, ...]:
    letters = [c for c in map(chr, points) if _is_letter(c)]
    return tuple(sorted(letters, key=lambda c: (_FREQUENT.find(c) % (len(_FREQUENT) + 1), c)))


_COMMON_LETTERS = MappingProxyType(
    {"arabic": _common(range(0x0620, 0x064B)), "latin": _common(range(128))}
)
if any(_SCRIPT_OF.get(c) != name for name, cs in _COMMON_LETTERS.items() for c in cs):
    raise ValueError("a common letter outside its script")


# Tables deleting the ASCII letters of each script: an ASCII text is shorter by the number
# of its letters of the script (ASCII strings translate in a C fast path).
_ASCII_LETTERS = {
    name: MappingProxyType(
        {
            point: None
            for point in range(128)
            if _is_letter(chr(point)) and _SCRIPT_OF.get(chr(point), "other") == name
        }
    )
    for name in [*SCRIPTS, "other"]
}


def _sure_majority(sample: str) -> str | None:
    """A script that has more than half the letters of a non-ASCII ``sample`` by cheap bounds:
    at least its common letters (``str.count`` each, in C) against at most every character
    but spaces; None when the bounds do not settle it. Counting every character exactly
    makes each a string object, which costs more than the rest of detection."""
    if sample.isascii():
        return None  # counted exactly in C anyway (``_letter_counts``)
    most = len(sample) - sample.count(" ") - sample.count("\n")
    for name, common in _COMMON_LETTERS.items():
        least = 0
        for c in common:  # the most frequent first: a plain text is settled by a few of them
            least += sample.count(c)
            if 2 * least > most:
                return name
    return None


def _letter_counts(sample: str) -> dict[str, int]:
    """How many letters of ``sample`` each script has ("other" for the rest)."""
    if sample.isascii():  # most English articles
        return {
            name: len(sample) - len(sample.translate(letters)) if letters else 0
            for name, letters in _ASCII_LETTERS.items()
        }
    scripts = dict.fromkeys([*SCRIPTS, "other"], 0)
    for c, n in Counter(sample).items():
        script = _SCRIPT_OF.get(c)
        if script is None:
            if not _is_letter(c):
                continue
            script = "other"
        scripts[script] += n
    return scripts


def _enough(text: str, function_words: frozenset[str]) -> bool:
    """Two function words, or one in ten words of a short text; stops at the second."""
    hits = words = 0
    for match in _WORD.finditer(text):
        words += 1
        if match[0].lower() in function_words:
            hits += 1
            if hits == 2:
                return True
    return words > 0 and hits / words >= 0.1
