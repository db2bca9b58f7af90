"""Conflict provinces the ISO data names in no Arabic form the press uses (Gezira, Zamfara):
located from the aliases in app/geo/data/admin1_aliases.tsv. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import only_place


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("قتلت قوات الدعم السريع 12 مدنيا في هجوم على قرية بولاية الجزيرة وسط السودان.", "Gezira"),
        ("قتل مسلحون 25 قرويا في هجوم على قرية في ولاية زمفرا شمال غربي نيجيريا.", "Zamfara"),
        ("خطف مسلحون 30 تلميذا من مدرسة في ولاية زامفارا.", "Zamfara"),
    ],
)
def test_arabic_conflict_province_is_located(
    extractor: RuleExtractor, text: str, admin1: str
) -> None:
    assert only_place(extractor, text, "ar").admin1 == admin1
