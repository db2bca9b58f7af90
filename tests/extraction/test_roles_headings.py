"""A heading before a colon names the incident; the sentence after it tells who did what to
whom. The people a toll counts are the victims' words, not the verb before them. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import Want, assert_event, only_event


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        pytest.param(
            "2019 Kirkuk shooting: A gunman killed a man and wounded his son in a field.",
            "en",
            {
                "actor": {"kind": "unidentified_armed_group", "text": "gunman"},
                "target": {"text": "a man"},
            },
            id="gunman-after-a-heading-colon-is-the-actor-not-the-target",
        ),
        pytest.param(
            "Kirkuk bombing: A masked gunman killed an Egyptian man near a bakery in Kirkuk.",
            "en",
            {
                "actor": {"text": "gunman"},
                # the man's nationality names no side
                "target": {"kind": "civilians", "text": "Egyptian man", "country_code": None},
            },
            id="demonym-and-person-noun-counted-by-the-toll-are-the-victims",
        ),
        pytest.param(
            "Militants shot dead three near a well in Borno state.",
            "en",
            {"target": {"text": "three"}},
            id="victims-of-a-toll-with-no-noun-are-the-figure-not-the-verb",
        ),
        pytest.param(
            "At least 14 killed in attack in Borno state.",
            "en",
            {"target": {"text": "At least 14 killed"}},
            id="at-least-stays-with-the-figure-it-qualifies",
        ),
        pytest.param(
            "هجوم الحويجة: قتل مسلح رجلا وأصاب زوجته قرب مدينة كركوك.",
            "ar",
            {"actor": {"text": "مسلح"}, "target": {"text": "رجلا"}, "killed": 1},
            id="arabic-heading-then-verb-first-clause-victim-is-the-man-alone",
        ),
    ],
)
def test_heading_before_a_colon_and_toll_words_leave_the_sides_to_the_sentence(
    extractor: RuleExtractor, text: str, lang: str, want: dict[str, Want]
) -> None:
    assert_event(only_event(extractor, text, lang), **want)
