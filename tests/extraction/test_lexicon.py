"""Phrase matching: proclitics, prefix stars, gaps, longest match."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.extraction.lexicon import (
    Clitics,
    Match,
    PhraseIndex,
    longest,
    make_entries,
    token_forms,
)
from app.extraction.text import phrase_tokens, tokenise

AR = Clitics(conjunctions=("و", "ف"), prepositions=("ب", "ل", "ك"), article="ال")


def _scan(text: str, phrases: list[str], clitics: Clitics = AR) -> list[str]:
    index = PhraseIndex.build(make_entries("t", phrases, None))
    tokens = tokenise(text)
    return [m.entry.phrase for m in longest(index.scan(token_forms(tokens, clitics)))]


def test_arabic_proclitics_are_stripped_before_lookup() -> None:
    assert _scan("وبالقصف على المدينة", ["قصف"]) == ["قصف"]


def test_lam_alif_lam_restores_the_article() -> None:
    assert Clitics.forms(AR, "للهجمات")[:3] == ("للهجمات", "لهجمات", "الهجمات")
    assert _scan("في مواصلة للهجمات", ["الهجمات"]) == ["الهجمات"]


def test_normalisation_folds_alef_forms_and_diacritics() -> None:
    assert _scan("إِطْلاقُ النار", ["اطلاق النار"]) == ["اطلاق النار"]


def test_star_matches_any_ending() -> None:
    assert _scan("They were kidnapped on Monday", ["kidnap*"], Clitics()) == ["kidnap*"]


def test_gap_token_allows_words_between() -> None:
    assert _scan("إطلاق ملثمين النار على حافلات", ["إطلاق ~ النار"]) == ["إطلاق ~ النار"]
    assert _scan("إطلاق سراح الرهائن", ["إطلاق ~ النار"]) == []


def test_longest_match_wins() -> None:
    found = _scan(
        "a suicide car bomb exploded", ["car bomb", "suicide car bomb", "bomb"], Clitics()
    )
    assert found == ["suicide car bomb"]


def test_of_equally_long_overlapping_matches_the_earlier_wins() -> None:
    found = _scan(
        "a car bomb attack hit the market",
        ["car bomb", "bomb attack", "attack", "the market", "market"],
        Clitics(),
    )
    assert found == ["car bomb", "attack", "the market"]
    found = _scan("قصف مدفعي عنيف على المدينة", ["مدفعي عنيف", "قصف مدفعي", "عنيف"])
    assert found == ["قصف مدفعي", "عنيف"]


def test_phrase_tokens_keep_star_and_gap() -> None:
    assert phrase_tokens("أطلق* ~ النار") == ("اطلق*", "~", "النار")


def test_english_has_no_clitic_forms() -> None:
    assert Clitics().forms("bombing") == ("bombing",)


def test_tokens_strip_harakat_and_tatweel_only_inside_their_words() -> None:
    text = "قُتِلَ ثلاثـــة في درنة"
    tokens = tokenise(text)
    assert [t.norm for t in tokens] == ["قتل", "ثلاثه", "في", "درنه"]
    assert [text[t.start : t.end] for t in tokens] == ["قُتِلَ", "ثلاثـــة", "في", "درنة"]


def test_tokens_fold_alef_forms_and_case_keeping_offsets() -> None:
    text = "Gunmen أطلقوا النار, إلى"
    tokens = tokenise(text)
    assert [(t.start, t.end, t.norm) for t in tokens] == [
        (0, 6, "gunmen"),
        (7, 13, "اطلقوا"),
        (14, 19, "النار"),
        (21, 24, "الي"),
    ]


def test_cached_forms_are_those_of_each_clitics_set() -> None:
    word = "وبالقصف"
    assert AR.forms(word) == AR.strip(word)
    assert AR.forms_of([word, "قصف", word]) == (AR.strip(word), AR.strip("قصف"), AR.strip(word))
    # another language's clitics never see this cache
    assert Clitics().forms(word) == (word,)
    assert Clitics(conjunctions=("و",)).forms(word) == ("وبالقصف", "بالقصف")


def test_cached_scan_gives_the_same_matches_on_every_pass() -> None:
    phrases = ["قصف", "قصف* ~ المدينة", "إطلاق النار", "النار", "قصف"]
    forms = token_forms(tokenise("وبالقصف على المدينة وإطلاق النار ثم قصف"), AR)
    index = PhraseIndex.build(make_entries("t", phrases, None))
    expected = [
        (0, 1, "قصف"),  # listed twice: one match
        (0, 3, "قصف* ~ المدينة"),
        (3, 5, "إطلاق النار"),
        (4, 5, "النار"),
        (6, 7, "قصف"),
    ]
    for _ in range(3):  # the first pass fills the plan cache, later ones only read it
        found = [(m.first, m.last, m.entry.phrase) for m in index.scan(forms)]
        assert found == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 12), st.integers(0, 3)), max_size=14))
def test_longest_keeps_the_longest_then_earliest_matches_that_do_not_overlap(
    spans: list[tuple[int, int]],
) -> None:
    entry = make_entries("t", ["x"], None)[0]
    matches = [Match(first, first + size, entry) for first, size in spans]
    chosen, taken = [], set()  # the rule, spelt out over sets of tokens
    for m in sorted(matches, key=lambda m: (m.first - m.last, m.first)):
        if taken.isdisjoint(range(m.first, m.last)):
            chosen.append(m)
            taken.update(range(m.first, m.last))
    assert longest(matches) == sorted(chosen, key=lambda m: m.first)
