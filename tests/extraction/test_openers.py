"""Finder patterns tried only at the tokens that may open a match find what a scan of every
position finds."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.extraction.datafile import DataError
from app.extraction.normalised import Normaliser
from app.extraction.openers import Openers, finditer, openers
from app.extraction.steps.casualty_lexicon import load_casualty_lexicon
from app.extraction.steps.date_lexicon import load_date_lexicon
from app.extraction.steps.number_lexicon import load_number_lexicon
from app.extraction.text import tokenise_bounds

DATA = Path(__file__).resolve().parents[2] / "app" / "extraction" / "data"
CASES = Path(__file__).resolve().parent / "golden" / "cases"

TEXTS = {
    "en": [
        "The F16 and 2nd strike killed 1,200 people; a hundred others were hurt on May 5th.",
        "A man was killed in March 2023, and two others, on the 3rd, in Kabul.",
        "Harakat in English: kil\u064eled 5 people; no casualties were reported.",
        "İstanbul: twenty-two killed last Tuesday, the day before yesterday.",
        "x\u0656five were killed Sunday",  # a mark inside a token: every position is tried
    ],
    "ar": [
        "قُتِلَ خمسةُ أشخاصٍ في كابـــول يوم الأحد ٣ أيار/مايو ٢٠٢٤",
        "وأسفر الهجوم عن مقتل ٢٥ شخصا وجرح ثلاثة عشر آخرين، فيما لم يصب أحد بأذى",
        "قتل جنديان ومدني\u0656 واحد في ١٢/٥/٢٠٢٣ بينما قتل آخر\u06e1 أمس",  # marks: every position
    ],
}


def _texts(lang: str) -> list[str]:
    cases = (json.loads(p.read_text(encoding="utf-8")) for p in sorted(CASES.glob("*.json")))
    return TEXTS[lang] + [c["text"] for c in cases if c["language"] == lang]


def _patterns(lang: str) -> list[tuple[re.Pattern[str], Openers, Normaliser]]:
    numbers = load_number_lexicon(DATA / lang)
    casualties = load_casualty_lexicon(DATA / lang)
    dates = load_date_lexicon(DATA / lang)
    return [
        (numbers.token_re, numbers.token_openers, numbers.normalise),
        (casualties.lexer_re, casualties.lexer_openers, casualties.normalise),
        (dates.pattern, dates.openers, dates.normalise),
    ]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_tokens_find_every_match_a_full_scan_finds(lang: str) -> None:
    for pattern, opens, normalise in _patterns(lang):
        for text in _texts(lang):
            norm = normalise(text)
            expected = [(m.span(), m.lastgroup) for m in pattern.finditer(norm.text)]
            found = finditer(pattern, opens, norm, tokenise_bounds(text))
            assert [(m.span(), m.lastgroup) for m in found] == expected, (pattern.pattern, text)


def test_digits_inside_a_word_are_tried() -> None:
    lex = load_number_lexicon(DATA / "en")
    norm = lex.normalise("an F16 jet")
    found = finditer(lex.token_re, lex.token_openers, norm, None)
    assert [m.group() for m in found] == ["16"]


def test_a_whole_lead_word_opens_only_itself() -> None:
    opens = openers(["a hundred", "seven"], [], Normaliser("", ()), digits=False)
    assert [opens.kind(w) for w in ("a", "and", "seven", "seventy", "7")] == [1, 0, 1, 1, 0]


def _tried(opens: Openers, text: str) -> list[str]:
    bounds = tokenise_bounds(text)
    found = opens.positions(bounds, Normaliser("", ())(text))
    assert found is not None
    return [text[at : text.find(" ", at) if " " in text[at:] else len(text)] for at in found]


def test_a_word_that_only_begins_longer_leads_is_tried_before_their_second_words() -> None:
    opens = openers(
        ["the day before", "in May", "in 2024", "on ", "since "],
        [],
        Normaliser("", ()),
        digits=True,
        numbered=["since"],
    )
    text = "the army said the day before in Kabul in May in Maymana since 2019 since then on it"
    # "on " may be followed by anything; "in May" also begins "in Maymana" (a prefix)
    assert _tried(opens, text) == ["the", "in", "in", "since", "2019", "on"]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_date_context_words_are_tried_only_before_a_month_or_a_number(lang: str) -> None:
    dates = load_date_lexicon(DATA / lang)
    text = {"en": "in Kabul in March in 2019", "ar": "في كابول في آذار في 2019"}[lang]
    words = text.split()
    # not the first context word: a place name follows it
    assert _tried(dates.openers, text) == words[2:]


@pytest.mark.parametrize(
    ("normaliser", "why"),
    [
        (Normaliser("", (("-", "x"),)), "map"),  # a separator made a letter joins words
        (Normaliser("-", ()), "strip"),  # so does a separator stripped
        (Normaliser("", (("-", "\u0656"),)), "map"),  # a mark where the text had none
    ],
)
def test_a_normaliser_that_hides_words_from_tokens_fails(normaliser: Normaliser, why: str) -> None:
    with pytest.raises(DataError, match=why):
        openers(["seven"], [], normaliser, digits=True)


def test_a_bounded_lead_opens_no_token_it_only_begins() -> None:
    loose = openers(["soldier"], [], Normaliser("", ()), digits=False)
    bounded = openers(["soldier"], [], Normaliser("", ()), digits=False, bounded=True)
    assert [loose.kind(w) for w in ("soldier", "soldiers")] == [1, 1]
    assert [bounded.kind(w) for w in ("soldier", "soldiers")] == [1, 0]


def test_an_empty_prefix_group_still_lets_a_word_wait_for_its_second() -> None:
    opens = openers(["a hundred", "five"], [[]], Normaliser("", ()), digits=True)
    # "a" before "man" begins no lead: only the "a" of "a hundred" is tried
    assert _tried(opens, "a man saw a hundred and five") == ["a", "five"]


@pytest.mark.parametrize(
    ("lang", "opening", "not_opening"),
    [
        # a national is a noun only bare ("قتل سوري"), a singular noun takes the article too
        ("ar", ["سوري", "الجندي", "والجندي", "وقتيلان"], ["السوري", "والسوري", "الجنديين"]),
        ("en", ["soldier", "two", "soldiers"], ["soldierly", "officers"]),
    ],
)
def test_the_lexer_is_tried_only_where_its_groups_allow(
    lang: str, opening: list[str], not_opening: list[str]
) -> None:
    opens = load_casualty_lexicon(DATA / lang).lexer_openers
    assert [opens.kind(w) for w in opening] == [1] * len(opening)
    assert [opens.kind(w) for w in not_opening] == [0] * len(not_opening)
