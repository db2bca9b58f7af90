"""Language detection by script ratio, confirmed by function words for Latin-script text."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
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
    """Return "ar", "en" (or another configured code), or "und" when no language fits."""
    scripts, count = _letter_counts(text)
    letters = sum(scripts.values())
    if letters == 0:
        return "und"
    ratios = {name: scripts[name] / letters for name in SCRIPTS}
    script = max(ratios, key=lambda k: ratios[k])
    if ratios[script] < 0.5:
        return "und"
    for profile in profiles if profiles is not None else load_profiles():
        if profile.script != script:
            continue
        if profile.foreign_letters and sum(map(count, profile.foreign_letters)) > letters * 0.01:
            continue
        if profile.function_words and not _enough(text, profile.function_words):
            continue
        return profile.code
    return "und"


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


def _letter_counts(text: str) -> tuple[dict[str, int], Callable[[str], int]]:
    """How many letters of ``text`` each script has ("other" for the rest), and how to count
    one character in the sample they were counted in.

    A text longer than ``SAMPLE`` characters is read at an even stride: counting every
    character of an Arabic article costs more than the rest of detection (each one becomes a
    string object), and a stride sample of this size moves a script's share by well under the
    margins used here (a half, and 1 % for foreign letters).
    """
    sample = text[:: len(text) // SAMPLE + 1]
    if sample.isascii():  # most English articles
        return {
            name: len(sample) - len(sample.translate(letters)) if letters else 0
            for name, letters in _ASCII_LETTERS.items()
        }, sample.count
    scripts = dict.fromkeys([*SCRIPTS, "other"], 0)
    chars = Counter(sample)
    for c, n in chars.items():
        script = _SCRIPT_OF.get(c)
        if script is None:
            if not _is_letter(c):
                continue
            script = "other"
        scripts[script] += n
    return scripts, chars.__getitem__


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
