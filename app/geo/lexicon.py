"""Language knowledge of the scanner: location cue words and stop-lists, loaded once from data/."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from app.geo.normalize import normalize_key

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


def load_lexicon(data_dir: Path) -> Lexicon:
    """Read cues_<lang>.tsv, stoplist_<lang>.txt and generic_<lang>.txt; raise ValueError on a
    malformed file."""
    before: dict[str, Cue] = {}
    after: dict[str, Cue] = {}
    stop: set[str] = set()
    never: set[str] = set()
    for lang in LANGUAGES:
        path = data_dir / f"cues_{lang}.tsv"
        for line in _lines(path):
            key, cue = _cue(path, line)
            (before if cue.before else after)[key] = cue
        stop.update(normalize_key(w) for w in _lines(data_dir / f"stoplist_{lang}.txt"))
        never.update(normalize_key(w) for w in _lines(data_dir / f"generic_{lang}.txt"))
    # a one-word cue ("جنوبي", "state") is never itself the place it introduces
    never.update(k for k in [*before, *after] if " " not in k)
    heads = frozenset(k.split(" ")[0] for k in before if " " in k)
    return Lexicon(before, after, frozenset(stop), frozenset(never), heads)
