"""The cheap scans in front of costly casualty patterns never rule out a real match."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from app.extraction.datafile import Guarded, guarded
from app.extraction.steps.casualty_lexicon import load_casualty_lexicon

DATA = Path(__file__).resolve().parents[2] / "app" / "extraction" / "data"


def _plain(phrase: str) -> str:
    """A phrase as it may stand in text: a gap stands for a word."""
    return " ".join("word" if w in ("~", "…") else w for w in phrase.split())


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_listed_phrase_passes_its_guard(lang: str) -> None:
    lex = load_casualty_lexicon(DATA / lang)
    data = tomllib.loads((DATA / lang / "casualties.toml").read_text(encoding="utf-8"))
    cues = data["cues"]
    lists: list[tuple[Guarded, list[str]]] = [
        (lex.after_re, [p for kind in cues.values() for p in kind["after"]]),
        (lex.subset_re, data["context"]["subset"]),
        (lex.not_before_re, data["context"]["not_victims_before"]),
    ]
    for guard, phrases in lists:
        for phrase in phrases:
            text = f"x {lex.normalise(_plain(phrase)).text} 12"
            assert guard.heads.search(text, 0, len(text) - 3), phrase


def test_guard_skips_a_window_without_its_words() -> None:
    g = guarded(r"(?<!\w)to death", ["death"])
    assert g.search("stabbed to death", 0, 16) is not None
    assert g.search("soldiers went to deathly places", 0, 31) is None  # no whole "death"
    assert g.match("to death", 0, 5) is None  # the window ends before the word


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_coordination_word_bound_covers_every_coordinator(lang: str) -> None:
    lex = load_casualty_lexicon(DATA / lang)
    data = tomllib.loads((DATA / lang / "casualties.toml").read_text(encoding="utf-8"))
    for coord in data["context"]["coordinators"]:
        gap = f" one two three {_plain(coord)} {_plain(coord)} "
        assert len(gap.split()) <= lex.coord_words, coord
