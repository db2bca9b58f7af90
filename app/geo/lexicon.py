"""Language knowledge of the scanner: location cue words and stop-lists, loaded once from data/."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from app.geo.normalize import norm_token, normalize_key

CueKind = Literal["prep", "place", "admin", "area", "direction"]
CUE_KINDS: frozenset[str] = frozenset({"prep", "place", "admin", "area", "direction"})
STRONG_CUES: frozenset[str] = frozenset({"place", "admin", "area"})  # a settlement/admin word
LANGUAGES = ("ar", "en")


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue word: what it says about the name next to it, and on which side it stands."""

    text: str
    kind: CueKind
    before: bool


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Cues keyed by normalised form, and normalised stop-words, for all languages together."""

    cues_before: dict[str, Cue]
    cues_after: dict[str, Cue]
    stop: frozenset[str]  # common words: places only right after a settlement/admin cue
    never: frozenset[str]  # one-word cues and generic heads ("جبل", "wadi"): never places alone
    cue_heads: frozenset[str]  # first words of the cues before names that have two words
    verb_like: re.Pattern[str]  # word shapes of verbs: a one-word place only after some cue
    # ordinary words as written (article kept): 1 a place only right after a settlement/admin
    # noun, 2 never a one-word place
    common: dict[str, int]


def _lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("#"):
        raise ValueError(f"{path}: missing the source/licence header comment")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _cue(path: Path, line: str) -> tuple[str, Cue]:
    parts = line.split("\t")
    if len(parts) != 3 or parts[1] not in CUE_KINDS or parts[2] not in ("before", "after"):
        raise ValueError(f"{path}: bad cue line {line!r}")
    key = " ".join(normalize_key(w) for w in parts[0].split())
    kind: CueKind = parts[1]  # type: ignore[assignment]
    return key, Cue(parts[0], kind, parts[2] == "before")


def _verb_shapes(paths: list[Path]) -> re.Pattern[str]:
    """One pattern of the verb shapes of verbs_<lang>.txt (a file may be absent); never matches
    when there are none."""
    shapes = [ln for path in paths if path.exists() for ln in _lines(path)]
    for shape in shapes:
        re.compile(shape)  # a bad line fails here, at startup, naming itself
    return re.compile("|".join(f"(?:{s})" for s in shapes) or "(?!)")


def _common(path: Path) -> dict[str, int]:
    """common_<lang>.tsv: word, then "cue" (1) or "never" (2); absent file, no words."""
    levels = {"cue": 1, "never": 2}
    out: dict[str, int] = {}
    for line in _lines(path) if path.exists() else []:
        parts = line.split("\t")
        if len(parts) != 2 or parts[1] not in levels:
            raise ValueError(f"{path}: bad line {line!r}")
        out[norm_token(parts[0])] = levels[parts[1]]
    return out


def load_lexicon(data_dir: Path) -> Lexicon:
    """Read cues_<lang>.tsv, stoplist_<lang>.txt, generic_<lang>.txt and, where a language has
    them, common_<lang>.tsv and verbs_<lang>.txt; raise ValueError on a malformed file."""
    before: dict[str, Cue] = {}
    after: dict[str, Cue] = {}
    stop: set[str] = set()
    never: set[str] = set()
    common: dict[str, int] = {}
    for lang in LANGUAGES:
        path = data_dir / f"cues_{lang}.tsv"
        for line in _lines(path):
            key, cue = _cue(path, line)
            (before if cue.before else after)[key] = cue
        stop.update(normalize_key(w) for w in _lines(data_dir / f"stoplist_{lang}.txt"))
        never.update(normalize_key(w) for w in _lines(data_dir / f"generic_{lang}.txt"))
        common.update(_common(data_dir / f"common_{lang}.tsv"))
    # a one-word cue ("جنوبي", "state") is never itself the place it introduces
    never.update(k for k in [*before, *after] if " " not in k)
    heads = frozenset(k.split(" ")[0] for k in before if " " in k)
    verbs = _verb_shapes([data_dir / f"verbs_{lang}.txt" for lang in LANGUAGES])
    return Lexicon(before, after, frozenset(stop), frozenset(never), heads, verbs, common)
