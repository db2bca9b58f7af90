"""The cheap scans in front of costly casualty patterns never rule out a real match."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from app.extraction.datafile import Guarded, guarded
from app.extraction.steps.casualty_lexicon import SUBSET_WORDS, load_casualty_lexicon

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


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_listed_phrase_ending_a_window_passes_its_tails(lang: str) -> None:
    lex = load_casualty_lexicon(DATA / lang)
    data = tomllib.loads((DATA / lang / "casualties.toml").read_text(encoding="utf-8"))
    ctx = data["context"]
    before = [p for kind in data["cues"].values() for p in kind["before"]]
    clitic = (ctx["clitics"] or [""])[-1]
    cases = [
        *((lex.before_tails, p, lex.before_words, "") for p in before if "…" not in p),
        *(
            (lex.before_tails, clitic + p, lex.before_words, " word")
            for p in before
            if "…" not in p
        ),
        *((lex.not_before_tails, p, 1, " #-") for p in ctx["not_victims_before"]),
        *((lex.subset_tails, p, SUBSET_WORDS, " word word ,") for p in ctx["subset"]),
        *((lex.subset_tails, p, SUBSET_WORDS, ", (") for p in ctx["subset"]),
    ]
    for tails, phrase, words, after in cases:
        text = f"x {lex.normalise(_plain(phrase)).text}{after} 12"
        assert tails.ends_in(text, 0, len(text) - 2, words), (phrase, after)


def test_tails_rule_out_a_window_whose_last_words_hold_none() -> None:
    lex = load_casualty_lexicon(DATA / "en")
    text = "gunmen killed the guards of the bus station before dawn, 12"
    end = len(text) - 2
    assert lex.before_tails.ends_in(text, 0, 14, lex.before_words)  # "gunmen killed "
    assert not lex.before_tails.ends_in(text, 0, end, lex.before_words)
    assert lex.before_re.search(text, 0, end) is None
    assert not lex.not_before_tails.ends_in(text, 0, end, 1)
    assert lex.not_before_tails.ends_in("the bus #", 0, 9, 1)  # "bus 12", "bus #12"
    assert not lex.subset_tails.ends_in(text, 0, end, SUBSET_WORDS)
    assert lex.subset_tails.ends_in("people, including, ", 0, 19, SUBSET_WORDS)
    assert lex.subset_tails.ends_in("people (", 0, 8, SUBSET_WORDS)  # "(" ends with a gap mark


@pytest.mark.parametrize(
    "text",
    [
        "12 people were killed",
        "12 security officers of the army were killed",
        "12 people-killed",  # the cue right after a word's non-letter
        "12 people arrested and later killed",  # a filler stop word: no match
        "12 people in the north of the country were killed",  # eight fillers: six and two
        "12 people in the far north of the country were killed",  # nine: too many
    ],
)
def test_after_cue_plain_pattern_finds_what_the_full_one_finds_without_a_clause(
    text: str,
) -> None:
    lex = load_casualty_lexicon(DATA / "en")
    plain, full = lex.after_re.plain.match(text, 2), lex.after_re.pattern.match(text, 2)
    assert (plain and (plain.span(), plain.groupdict())) == (
        full and (full.span(), full.groupdict())
    )


def test_after_cue_tries_the_clause_only_where_its_words_stand() -> None:
    lex = load_casualty_lexicon(DATA / "en")
    text = "12 people, including three children, were killed"
    assert lex.after_re.plain.match(text, 2) is None  # the clause needs the full pattern
    found = lex.after_re.match(text, 2, len(text))
    assert found is not None and found.group("killed") == "killed"
