"""The first-word test in front of the qualifier pattern matched after every figure never
rules out a real match."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from app.extraction.steps.heads import WORD_CHARS, heads
from app.extraction.steps.number_lexicon import AFTER_WORDS, load_number_lexicon

DATA = Path(__file__).resolve().parents[2] / "app" / "extraction" / "data"


def _toml(lang: str, name: str) -> dict[str, object]:
    return tomllib.loads((DATA / lang / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_qualifier_after_two_words_passes_and_matches(lang: str) -> None:
    lex = load_number_lexicon(DATA / lang)
    after = _toml(lang, "numbers.toml")["qualifiers"]["after"]  # type: ignore[index]
    for phrase in (p for ps in after.values() for p in ps):
        text = lex.normalise(f"12 {' '.join(['word'] * AFTER_WORDS)}, {phrase} then").text
        assert lex.after_heads.begin(text, 2), phrase
        assert lex.after_re.match(text, 2) is not None, phrase


def test_a_figure_with_no_qualifier_word_near_is_ruled_out() -> None:
    lex = load_number_lexicon(DATA / "en")
    text = "12 people died when the convoy was hit at least twice"
    assert not lex.after_heads.begin(text, 2)  # "at least" is five words on
    assert lex.after_re.match(text, 2) is None
    assert lex.after_heads.begin("12 people, at least, died", 2)


def test_a_chunk_of_separators_or_a_word_cut_by_the_slice_cannot_be_ruled_out() -> None:
    guard = heads(["at least"], before=1, skip=",")
    assert not guard.begin("7 men died at least", 1)  # "at" is the third chunk
    assert guard.begin("7 men , at least", 1)  # "," takes a chunk's place
    long = "7 " + "x" * (WORD_CHARS * 3) + " at least"
    assert guard.begin(long, 1)  # the slice ends inside the long word: cannot tell
    assert guard.begin("7 men at", 1)  # the slice reaches the end of the text


def test_a_phrase_opening_with_a_gap_lets_every_position_through() -> None:
    guard = heads(["~ shot dead"], before=0, gaps=["~"])
    assert guard.begin("nothing here", 0)


def test_punctuation_around_a_word_does_not_hide_it() -> None:
    guard = heads(["at least", "year-old"], before=2, skip=",")
    assert guard.begin("7 (at least", 1)
    assert guard.begin("7 men, 'at least", 1)
    assert guard.begin("a 7-year-old boy", 3)  # a first word with a hyphen, inside a chunk
    assert not guard.begin("7 men (that is, most)", 1)  # "at" inside "that" begins nothing
