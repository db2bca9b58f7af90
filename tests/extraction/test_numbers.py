"""Numbers in Arabic and English: digits, words, vague quantities, qualifiers, ranges."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from app.extraction.datafile import DataError
from app.extraction.steps.number_lexicon import NumberLexicon, load_number_lexicon
from app.extraction.steps.numbers import find_numbers

DATA = Path(__file__).resolve().parents[2] / "app" / "extraction" / "data"


@pytest.fixture(scope="module")
def lexicons() -> dict[str, NumberLexicon]:
    return {lang: load_number_lexicon(DATA / lang) for lang in ("ar", "en")}


# (language, text, words of the only number, value, low, high, qualifier)
ONE_NUMBER = [
    ("ar", "قتل 12 شخصا", "12", 12, None, None, "exact"),
    ("ar", "قتل ١٢ شخصا", "١٢", 12, None, None, "exact"),
    ("ar", "أصيب ١٬٢٠٠ شخص", "١٬٢٠٠", 1200, None, None, "exact"),
    ("ar", "أصيب 1,200 شخص", "1,200", 1200, None, None, "exact"),
    ("ar", "قتل ثلاثة جنود", "ثلاثة", 3, None, None, "exact"),
    ("ar", "قتلت ثلاث نساء", "ثلاث", 3, None, None, "exact"),
    ("ar", "مقتل تسعة وعشرين قبطيا", "تسعة وعشرين", 29, None, None, "exact"),
    ("ar", "إصابة اربعة وعشرين", "اربعة وعشرين", 24, None, None, "exact"),
    ("ar", "إصابة أربعة وعشرين", "أربعة وعشرين", 24, None, None, "exact"),
    # "واحد" is the word "one", not the clitic "و" before "أحد"
    ("ar", "قتل واحد وعشرون مدنيا", "واحد وعشرون", 21, None, None, "exact"),
    ("ar", "مقتل واحد وثلاثين شخصا", "واحد وثلاثين", 31, None, None, "exact"),
    ("ar", "مقتل إحدى وعشرين امرأة", "إحدى وعشرين", 21, None, None, "exact"),
    ("ar", "قُتِلَ خمسةَ عشرَ رجلا", "خمسةَ عشرَ", 15, None, None, "exact"),
    ("ar", "قتل اثنا عشر مدنيا", "اثنا عشر", 12, None, None, "exact"),
    ("ar", "مقتل اثني عشر مدنيا", "اثني عشر", 12, None, None, "exact"),
    ("ar", "مقتل إحدى عشرة امرأة", "إحدى عشرة", 11, None, None, "exact"),
    ("ar", "مقتل مئة وخمسة أشخاص", "مئة وخمسة", 105, None, None, "exact"),
    ("ar", "مقتل مائتين وخمسين شخصا", "مائتين وخمسين", 250, None, None, "exact"),
    ("ar", "نزوح ثلاثة آلاف شخص", "ثلاثة آلاف", 3000, None, None, "exact"),
    ("ar", "نزوح ألف شخص", "ألف", 1000, None, None, "exact"),
    ("ar", "مقتل عشرات المدنيين", "عشرات", 20, 20, None, "approximate"),
    ("ar", "إصابة العشرات", "العشرات", 20, 20, None, "approximate"),
    ("ar", "مقتل مئات الأشخاص", "مئات", 200, 200, None, "approximate"),
    ("ar", "نزوح آلاف الأسر", "آلاف", 2000, 2000, None, "approximate"),
    ("ar", "مقتل نحو 30 شخصا", "30", 30, None, None, "about"),
    ("ar", "مقتل حوالي 30 شخصا", "30", 30, None, None, "about"),
    ("ar", "مقتل قرابة ثلاثين شخصا", "ثلاثين", 30, None, None, "about"),
    ("ar", "مقتل أكثر من 40 شخصا", "40", 40, 40, None, "more_than"),
    ("ar", "مقتل ما لا يقل عن 7 أشخاص", "7", 7, 7, None, "at_least"),
    ("ar", "مقتل ما بين 25 و30 شخصا", "25 و30", 25, 25, 30, "range"),
    ("en", "12 people were killed", "12", 12, None, None, "exact"),
    ("en", "1,200 people fled", "1,200", 1200, None, None, "exact"),
    ("en", "twenty-two people died", "twenty-two", 22, None, None, "exact"),
    ("en", "Twenty two people died", "Twenty two", 22, None, None, "exact"),
    ("en", "one hundred and five people died", "one hundred and five", 105, None, None, "exact"),
    ("en", "a dozen people died", "a dozen", 12, None, None, "exact"),
    (
        "en",
        "two thousand three hundred fled",
        "two thousand three hundred",
        2300,
        None,
        None,
        "exact",
    ),
    ("en", "dozens of people were hurt", "dozens", 24, 24, None, "approximate"),
    ("en", "scores of people were hurt", "scores", 40, 40, None, "approximate"),
    ("en", "hundreds of people fled", "hundreds", 200, 200, None, "approximate"),
    ("en", "at least 12 people died", "12", 12, 12, None, "at_least"),
    ("en", "more than 40 people died", "40", 40, 40, None, "more_than"),
    ("en", "over 40 people died", "40", 40, 40, None, "more_than"),
    ("en", "nearly 40 people died", "40", 40, None, None, "about"),
    ("en", "about forty people died", "forty", 40, None, None, "about"),
    ("en", "between 25 and 30 people died", "25 and 30", 25, 25, 30, "range"),
]


@pytest.mark.parametrize(("lang", "text", "words", "value", "low", "high", "qualifier"), ONE_NUMBER)
def test_number_value_bounds_and_offsets(
    lexicons: dict[str, NumberLexicon],
    lang: str,
    text: str,
    words: str,
    value: int,
    low: int | None,
    high: int | None,
    qualifier: str,
) -> None:
    (found,) = find_numbers(text, lexicons[lang])
    assert (found.text, found.value, found.low, found.high, found.qualifier) == (
        words,
        value,
        low,
        high,
        qualifier,
    )
    assert text[found.start : found.end] == words
    assert found.start == text.index(words)


def test_qualifier_phrase_start_points_at_the_qualifier(lexicons: dict[str, NumberLexicon]) -> None:
    text = "killed at least 12 people"
    (found,) = find_numbers(text, lexicons["en"])
    assert found.phrase_start == text.index("at least")


def test_arabic_someone_is_no_number(lexicons: dict[str, NumberLexicon]) -> None:
    assert find_numbers("لم يصب أحد بأذى", lexicons["ar"]) == ()


def test_unrelated_number_words_are_not_added(lexicons: dict[str, NumberLexicon]) -> None:
    found = find_numbers("five and six", lexicons["en"])
    assert [n.value for n in found] == [5, 6]


def test_arabic_coordinated_numbers_stay_apart(lexicons: dict[str, NumberLexicon]) -> None:
    found = find_numbers("قتل ثلاثة وجرح خمسة", lexicons["ar"])
    assert [(n.text, n.value) for n in found] == [("ثلاثة", 3), ("خمسة", 5)]


def test_lexicon_is_immutable(lexicons: dict[str, NumberLexicon]) -> None:
    lex = lexicons["en"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        lex.lang = "fr"  # type: ignore[misc]
    with pytest.raises(TypeError):
        lex.values["eleven"] = 12  # type: ignore[index]


def _broken_copy(tmp_path: Path, lang: str, old: str, new: str) -> Path:
    target = tmp_path / lang
    shutil.copytree(DATA / lang, target)
    path = target / "numbers.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


def test_duplicate_qualifier_names_the_file(tmp_path: Path) -> None:
    lang_dir = _broken_copy(tmp_path, "en", '"at least", "no fewer than"', '"at least", "at least"')
    with pytest.raises(DataError, match=r"numbers\.toml.*duplicates"):
        load_number_lexicon(lang_dir)


def test_words_equal_after_normalisation_are_rejected(tmp_path: Path) -> None:
    lang_dir = _broken_copy(tmp_path, "ar", '"أربعة" = 4', '"أربعة" = 4\n"اربعة" = 4')
    with pytest.raises(DataError, match="normalisation"):
        load_number_lexicon(lang_dir)


def test_non_integer_value_is_rejected(tmp_path: Path) -> None:
    lang_dir = _broken_copy(tmp_path, "en", '"twelve" = 12', '"twelve" = "12"')
    with pytest.raises(DataError, match=r"numbers\.toml.*twelve"):
        load_number_lexicon(lang_dir)
