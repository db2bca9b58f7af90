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
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import orjson

from app.countries import countries
from app.services.events import Row, event_dict

# ACLED codes precision 1 (exact), 2 (near / part of a region / within a week), 3 (region, month).
GEO_PRECISION = {"place": 1, "admin2": 2, "admin1": 3, "country": 3}
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}

CsvColumn = tuple[str, Callable[[Row], Any]]


def _country(code: str | None, attribute: str) -> Any:
    country = countries().get(code or "")
    return getattr(country, attribute) if country else None


CSV_COLUMNS: list[CsvColumn] = [
    ("event_id", lambda r: r["id"]),
    ("event_date", lambda r: r["event_date"]),
    ("year", lambda r: r["event_date"].year if r["event_date"] else None),
    ("time_precision", lambda r: TIME_PRECISION.get(r["date_precision"] or "")),
    ("event_type", lambda r: r["event_type"]),
    ("sub_event_type", lambda r: r["sub_event_type"]),
    ("actor1", lambda r: r["actor_name"]),
    ("actor2", lambda r: r["target_name"]),
    ("country", lambda r: _country(r["country_code"], "name")),
    ("iso", lambda r: _country(r["country_code"], "numeric")),
    ("country_code", lambda r: r["country_code"]),
    ("admin1", lambda r: r["admin1"]),
    ("location", lambda r: r["location_name"]),
    ("latitude", lambda r: r["latitude"]),
    ("longitude", lambda r: r["longitude"]),
    ("geo_precision", lambda r: GEO_PRECISION.get(r["geo_precision"] or "")),
    ("fatalities", lambda r: r["killed"]),
    ("wounded", lambda r: r["wounded"]),
    ("date_precision", lambda r: r["date_precision"]),
    ("actor1_kind", lambda r: r["actor_kind"]),
    ("actor1_text", lambda r: r["actor_text"]),
    ("actor2_kind", lambda r: r["target_kind"]),
    ("actor2_text", lambda r: r["target_text"]),
    ("location_text", lambda r: r["location_text"]),
    ("admin1_code", lambda r: r["admin1_code"]),
    ("killed_low", lambda r: r["killed_low"]),
    ("killed_high", lambda r: r["killed_high"]),
    ("language", lambda r: r["language"]),
    ("article_id", lambda r: r["article_id"]),
    ("evidence", lambda r: orjson.dumps(r["evidence"] or []).decode()),
]
CHUNK_ROWS = 500


def stream_csv(rows: Iterable[Row]) -> Iterator[str]:
    """Render rows as CSV text chunks, header first."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([name for name, _ in CSV_COLUMNS])
    getters = [get for _, get in CSV_COLUMNS]
    for i, row in enumerate(rows, 1):
        writer.writerow([get(row) for get in getters])
        if i % CHUNK_ROWS == 0:
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


def stream_geojson(rows: Iterable[Row]) -> Iterator[bytes]:
    """Render rows as one GeoJSON FeatureCollection, one feature per line."""
    yield b'{"type":"FeatureCollection","features":[\n'
    separator = b""
    for row in rows:
        yield separator + orjson.dumps(feature(row)) + b"\n"
        separator = b","
    yield b"]}\n"
