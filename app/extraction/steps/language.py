"""Language detection by script ratio, confirmed by function words for Latin-script text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.extraction.datafile import read_toml
from app.extraction.resources import DATA_DIR, language_dirs

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F']+")
SCRIPTS = {"arabic": _ARABIC, "latin": _LATIN}


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
        profiles.append(
            Profile(lang_dir.name, script, words, frozenset(spec.get("foreign_letters", "")))
        )
    return tuple(profiles)


def detect_language(text: str, profiles: tuple[Profile, ...] | None = None) -> str:
    """Return "ar", "en" (or another configured code), or "und" when no language fits."""
    letters = len(_LETTER.findall(text))
    if letters == 0:
        return "und"
    ratios = {name: len(rx.findall(text)) / letters for name, rx in SCRIPTS.items()}
    script = max(ratios, key=lambda k: ratios[k])
    if ratios[script] < 0.5:
        return "und"
    words = [w.lower() for w in _WORD.findall(text)]
    for profile in profiles if profiles is not None else load_profiles():
        if profile.script != script:
            continue
        if (
            profile.foreign_letters
            and sum(text.count(c) for c in profile.foreign_letters) > letters * 0.01
        ):
            continue
        if profile.function_words and not _enough(words, profile.function_words):
            continue
        return profile.code
    return "und"


def _enough(words: list[str], function_words: frozenset[str]) -> bool:
    hits = sum(1 for w in words if w in function_words)
    return hits >= 2 or (len(words) > 0 and hits / len(words) >= 0.1)
