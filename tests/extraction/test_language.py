"""Language detection by script ratio and function words."""

from __future__ import annotations

import pytest

from app.extraction import detect_language
from app.extraction.steps.language import (
    _SCRIPT_OF,
    SAMPLE,
    SCRIPTS,
    _is_letter,
    _letter_counts,
    _majority,
    _sure_majority,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل ثلاثة أشخاص في انفجار عبوة ناسفة في بغداد", "ar"),
        ("Three people were killed when a bomb exploded in Baghdad on Monday.", "en"),
        ("Три человека погибли при взрыве в центре города.", "und"),
        ("市中心发生爆炸，三人死亡。", "und"),
        ("Trois personnes ont été tuées dans une explosion au centre-ville.", "und"),
        # headlines with one function word or none: English by its news words
        (
            "Saudi-led coalition warplanes struck Houthi positions in Saada province, killing 20 fighters.",
            "en",
        ),
        ("Roadside blasts kill one soldier, 3 injured", "en"),
        ("Hombres armados mataron a cinco personas en el pueblo, según la policía.", "und"),
        ("", "und"),
        ("12345 -- 678", "und"),
    ],
)
def test_detect_language_by_script_and_function_words(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_persian_script_with_persian_letters_is_not_arabic() -> None:
    assert detect_language("گروهی از مردم در این شهر کشته شدند و چند نفر زخمی شدند") == "und"


def test_mixed_article_mostly_arabic_is_arabic() -> None:
    assert detect_language("قالت وكالة رويترز (Reuters) إن هجوما وقع في مدينة الموصل") == "ar"


AR_SENTENCE = "قتل ثلاثة أشخاص وأصيب خمسة آخرون في انفجار عبوة ناسفة قرب سوق في بغداد. "
EN_SENTENCE = "The army said the attack on the checkpoint was carried out by gunmen. "
FA_SENTENCE = "گروهی از مردم در این شهر کشته شدند و چند نفر زخمی شدند. "


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        # Long texts are read at a stride: the share of each script must survive the sampling.
        ([(AR_SENTENCE, 60), (EN_SENTENCE, 6)], "ar"),  # an Arabic article quoting English
        ([(EN_SENTENCE, 60), (AR_SENTENCE, 6)], "en"),
        ([(FA_SENTENCE, 60)], "und"),
        ([(AR_SENTENCE, 60), (FA_SENTENCE, 1)], "ar"),  # one Persian line in an Arabic article
        ([(EN_SENTENCE, 2), (AR_SENTENCE, 1), (EN_SENTENCE, 60)], "en"),
        ([("1234567890 ", 500), (AR_SENTENCE, 1)], "ar"),  # digits are not letters
    ],
)
def test_long_texts_keep_their_script_share(parts: list[tuple[str, int]], expected: str) -> None:
    text = "".join(sentence * times for sentence, times in parts)
    assert len(text) > SAMPLE
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "قُتل ٣ أشخاص في غارة على حلب، وأصيب 12 آخرون (AFP) ـ پژوهش",
        "Ça va: Zürich, Łódź — 12 ans; ΑΒΓ δέλτα, Кириллица 5",
        "ﻻ ﷲ ﺑﻐﺪﺍﺩ _٣_ abc",
    ],
)
def test_script_letter_counts_classify_every_letter_once(text: str) -> None:
    scripts = _letter_counts(text)
    expected = dict.fromkeys(scripts, 0)
    for c in text:
        if _is_letter(c):
            expected[_SCRIPT_OF.get(c, "other")] += 1
    assert scripts == expected


@pytest.mark.parametrize(
    "text",
    [
        "قتل ثلاثة أشخاص في بغداد",
        "قتل 3 (AFP) Reuters “Baghdad” ثلاثة",  # about half Arabic: counted exactly
        "“Three people” were killed in Baghdad — police",
        "Три человека погибли “в городе”",
        "ﺑﻐﺪﺍﺩ ﻻ ﷲ",  # presentation forms only: no common letter, counted exactly
        "٣ ٤ ٥ ، ؟",
        "ab پژوهش گزارش",
    ],
)
def test_majority_by_bounds_is_the_majority_by_count(text: str) -> None:
    scripts = _letter_counts(text)
    letters = sum(scripts.values())
    expected = max(SCRIPTS, key=lambda k: scripts[k]) if letters else None
    if expected is not None and scripts[expected] / letters < 0.5:
        expected = None
    assert _majority(text)[0] == expected
    sure = _sure_majority(text)
    assert sure is None or sure == expected


def test_plain_arabic_and_quoted_english_are_settled_without_counting_every_letter() -> None:
    assert _sure_majority("قُتل ثلاثة أشخاص في بغداد، وأصيب آخرون") == "arabic"
    assert _sure_majority("“Three people” were killed in Baghdad — police") == "latin"
