"""Sentence and clause breaks: the fast patterns break where the plain ones do; abbreviations."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from app.extraction import RuleExtractor
from app.extraction.steps.segment import _CLAUSE_PUNCT, _SENTENCE_END
from app.extraction.text import tokenise_bounds

# the pattern as first written; _SENTENCE_END only reorders it for speed
PLAIN = re.compile(r"[.!?؟]+[\"'”’»)]*\s+(?=[^a-z\s])|\n\s*")
PLAIN_CLAUSE = re.compile(r"[;؛]|\s[-–—]\s")

TEXTS = [
    "Gunmen killed 5. Police said so.",
    "It rose to 12. then fell",  # lower case after the full stop: no break
    'Why?! "Nobody knows," he said.\n\nNext line',
    "قتل خمسة. وقالت الشرطة؟ نعم\nسطر",
    "a.\n\n b",
    "end. \n Next",
    "...\n",
    "\n\n",
    "no break at all",
    "U.S. forces. Then",
]


def test_fast_sentence_pattern_breaks_where_the_plain_one_does() -> None:
    for text in TEXTS:
        fast = [m.span() for m in _SENTENCE_END.finditer(text)]
        assert fast == [m.span() for m in PLAIN.finditer(text)], text
    assert [m.start() for m in _SENTENCE_END.finditer(TEXTS[0])] == [15]


def test_fast_clause_pattern_breaks_before_the_tokens_the_plain_one_does() -> None:
    texts = [
        *TEXTS,
        "Gunmen attacked - police said - a checkpoint; two died",
        "al-Shabaab -- a group - - said – then — more",  # hyphens inside words: no break
        "قتل خمسة – وقالت الشرطة؛ نعم",
        "- a -\n-",
    ]
    for text in texts:
        starts = tokenise_bounds(text).starts
        fast = {bisect_left(starts, m.start()) for m in _CLAUSE_PUNCT.finditer(text)}
        assert fast == {bisect_left(starts, m.start()) for m in PLAIN_CLAUSE.finditer(text)}, text


def test_abbreviated_month_or_title_ends_no_sentence(extractor: RuleExtractor) -> None:
    texts = [
        "Gunmen who stormed the base on Nov. 3, 2016, killed four soldiers.",
        "Gunmen killed four soldiers guarding Gen. Omar Ali in Mosul on Thursday.",
    ]
    for text in texts:
        events = extractor.extract(text, published=date(2016, 11, 5), language="en").events
        assert len(events) == 1, text
        assert events[0].actor is not None and events[0].actor.text == "Gunmen", text
        assert events[0].date is not None and events[0].date.value == date(2016, 11, 3), text
