"""Coverage of conflict-zone places (tests/geo/places.tsv) in Arabic and English spellings.

"Right country" and "right place" are judged on the best candidate of resolve() with no
context, and again with the expected country as context (the extractor usually knows it).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.geo import Gazetteer

TABLE = Path(__file__).with_name("places.tsv")
MIN_COUNTRY = 0.97
MIN_PLACE = 0.90
# Without context a bare name is genuinely ambiguous (Rafah EG/PS, Bor SS/RU) and GeoNames lacks
# Arabic aliases for many Sahel and Horn towns; these floors guard against regressions only.
NO_CONTEXT_FLOOR = {"ar": (0.80, 0.78), "en": (0.95, 0.94)}


@dataclass(frozen=True)
class Row:
    english: str
    arabic: str
    country: str
    geonameid: int | None
    name: str


def load_rows() -> list[Row]:
    """Read places.tsv (comment lines start with #)."""
    with TABLE.open(encoding="utf-8") as fh:
        lines = (ln for ln in fh if ln.strip() and not ln.startswith("#"))
        rows = list(csv.reader(lines, delimiter="\t"))
    return [Row(en, ar, cc, int(gid) if gid else None, name) for en, ar, cc, gid, name in rows[1:]]


def score(gaz: Gazetteer, rows: Sequence[Row], lang: str, context: bool) -> tuple[float, float]:
    """(share with the right country, share with the right place) for one language."""
    country = place = 0
    for r in rows:
        cands = gaz.resolve(r.arabic if lang == "ar" else r.english, [r.country] if context else ())
        best = cands[0] if cands else None
        if best is not None and best.country_code == r.country:
            country += 1
            same = best.geonameid == r.geonameid if r.geonameid else best.name == r.name
            place += same and best.precision == "place"
    return country / len(rows), place / len(rows)


def test_table_spans_enough_places_and_countries() -> None:
    rows = load_rows()
    assert len(rows) >= 200 and len({r.country for r in rows}) >= 20


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_coverage_with_country_context(gaz: Gazetteer, lang: str) -> None:
    country, place = score(gaz, load_rows(), lang, context=True)
    assert country >= MIN_COUNTRY and place >= MIN_PLACE, (country, place)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_coverage_without_context_does_not_regress(gaz: Gazetteer, lang: str) -> None:
    country, place = score(gaz, load_rows(), lang, context=False)
    min_country, min_place = NO_CONTEXT_FLOOR[lang]
    assert country >= min_country and place >= min_place, (country, place)
