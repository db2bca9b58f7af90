"""The date finder reuses the text the casualty finder normalised only where both normalise
alike, and finds the same dates either way."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.extraction.doc import Doc
from app.extraction.steps.dates import find_dates
from app.extraction.steps.mentions import Finders, _dates, load_finders
from app.extraction.text import tokenise_bounds

DATA = Path(__file__).resolve().parents[2] / "app" / "extraction" / "data"
PUBLISHED = date(2024, 3, 18)
TEXT = "قُتِلَ خمسة أشخاص في إدلب يوم الأحد ١٠ آذار/مارس ٢٠٢٤، وأصيب ثلاثة آخرون أمس"


def test_arabic_finders_share_one_normalisation_english_ones_do_not() -> None:
    assert load_finders(DATA / "ar").shared
    assert not load_finders(DATA / "en").shared  # casualties fold case, dates keep it


def test_dates_of_a_text_normalised_for_casualties_are_its_dates() -> None:
    lex = load_finders(DATA / "ar")
    alone = find_dates(TEXT, PUBLISHED, lex.dates)
    shared = find_dates(TEXT, PUBLISHED, lex.dates, None, lex.casualties.normalise(TEXT))
    assert [(d.text, d.value) for d in shared] == [(d.text, d.value) for d in alone]
    assert [d.value for d in alone] == [date(2024, 3, 10), date(2024, 3, 17)]


def test_a_remembered_text_serves_only_that_text() -> None:
    lex: Finders = load_finders(DATA / "ar")
    other = "قتل جندي في درعا أمس"
    lex.last.last = (other, lex.casualties.normalise(other))  # another article's
    bounds = tokenise_bounds(TEXT)
    doc = Doc(TEXT, PUBLISHED, "ar", tokens=bounds.tokens, bounds=bounds)
    assert [r.value for r in _dates(doc, lex)] == [date(2024, 3, 10), date(2024, 3, 17)]
