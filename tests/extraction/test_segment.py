"""Sentence breaks: the fast pattern finds exactly what the plain one does."""

from __future__ import annotations

import re

from app.extraction.steps.segment import _SENTENCE_END

# the pattern as first written; _SENTENCE_END only reorders it for speed
PLAIN = re.compile(r"[.!?؟]+[\"'”’»)]*\s+(?=[^a-z\s])|\n\s*")

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
