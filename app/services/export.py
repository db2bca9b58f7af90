"""Streaming exports (CSV, GeoJSON) of every matching event, in constant memory.

CSV columns follow ACLED's names where the concept matches (event_date, event_type, actor1,
actor2, country, iso (numeric), admin1, location, latitude, longitude, geo_precision,
time_precision, fatalities), so
scripts written for ACLED exports read ours; our own columns (wounded, evidence, the article's
words for each value) follow.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import itemgetter
from typing import Any

import orjson

from app.countries import countries
from app.services.events import Row, event_dict

# ACLED codes precision 1 (exact), 2 (near / part of a region / within a week), 3 (region, month).
GEO_PRECISION = {"place": 1, "admin2": 2, "admin1": 3, "country": 3}
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}

CSV_HEADER = [
    "event_id", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "country", "iso", "country_code", "admin1", "location", "latitude",
    "longitude", "geo_precision", "fatalities", "wounded", "date_precision", "actor1_kind",
    "actor1_text", "actor2_kind", "actor2_text", "location_text", "admin1_code", "killed_low",
    "killed_high", "language", "article_id", "evidence",
]  # fmt: skip


# The event columns copied as they are, in the order they appear between computed ones.
_SEGMENTS = (
    ("id", "event_date"),
    ("event_type", "sub_event_type", "actor_name", "target_name"),
    ("country_code", "admin1", "location_name", "latitude", "longitude"),
    ("killed", "wounded", "date_precision", "actor_kind", "actor_text", "target_kind",
     "target_text", "location_text", "admin1_code", "killed_low", "killed_high", "language",
     "article_id"),
)  # fmt: skip
NO_COUNTRY: tuple[str | None, int | None] = (None, None)
Values = Sequence[Any]


def _getters(keys: list[str]) -> list[Callable[[Values], tuple[Any, ...]]]:
    # itemgetter of several indexes returns a tuple, in C: no per-column Python per row.
    return [itemgetter(*(keys.index(name) for name in names)) for names in _SEGMENTS]


def _country_cells() -> dict[str, tuple[str | None, int | None]]:
    return {code: (c.name, c.numeric) for code, c in countries().items()}


def csv_rows(keys: list[str], rows: Iterable[Values]) -> Iterator[tuple[Any, ...]]:
    """Rows (tuples with column names ``keys``) as the values of CSV_HEADER, in that order."""
    ident, kinds, place, counts = _getters(keys)
    day_at, date_precision_at, country_at, geo_at, evidence_at = (
        keys.index(name)
        for name in ("event_date", "date_precision", "country_code", "geo_precision", "evidence")
    )
    cells = _country_cells()
    for r in rows:
        day = r[day_at]
        yield (
            *ident(r), day.year if day else None, TIME_PRECISION.get(r[date_precision_at]),
            *kinds(r), *cells.get(r[country_at], NO_COUNTRY),
            *place(r), GEO_PRECISION.get(r[geo_at]),
            *counts(r), r[evidence_at] or "[]",
        )  # fmt: skip


Batches = Iterable[tuple[list[str], list[Values]]]


def stream_csv(batches: Batches) -> Iterator[str]:
    """Render batches of rows as CSV text chunks, header first."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADER)
    for keys, rows in batches:
        writer.writerows(csv_rows(keys, rows))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def feature(row: Row) -> dict[str, Any]:
    """Render one event as a GeoJSON Feature (null geometry without coordinates)."""
    properties = event_dict(row)
    event_id = properties.pop("id")
    geometry = None
    if row["latitude"] is not None and row["longitude"] is not None:
        geometry = {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]}
    return {"type": "Feature", "id": event_id, "geometry": geometry, "properties": properties}


def stream_geojson(batches: Batches) -> Iterator[bytes]:
    """Render batches of rows as one GeoJSON FeatureCollection, one feature per line."""
    yield b'{"type":"FeatureCollection","features":[\n'
    first = True
    for keys, rows in batches:
        dumps = orjson.dumps
        lines = b",".join([dumps(feature(dict(zip(keys, r, strict=True)))) + b"\n" for r in rows])
        yield lines if first else b"," + lines
        first = False
    yield b"]}\n"
