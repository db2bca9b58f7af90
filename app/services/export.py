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
from collections.abc import Iterable, Iterator
from itertools import islice
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


def csv_row(r: Row) -> list[Any]:
    """One event as the values of CSV_HEADER (a single function: exports call it per row)."""
    day = r["event_date"]
    country = countries().get(r["country_code"] or "")
    return [
        r["id"], day, day.year if day else None, TIME_PRECISION.get(r["date_precision"] or ""),
        r["event_type"], r["sub_event_type"], r["actor_name"], r["target_name"],
        country.name if country else None, country.numeric if country else None,
        r["country_code"], r["admin1"], r["location_name"], r["latitude"], r["longitude"],
        GEO_PRECISION.get(r["geo_precision"] or ""), r["killed"], r["wounded"],
        r["date_precision"], r["actor_kind"], r["actor_text"], r["target_kind"],
        r["target_text"], r["location_text"], r["admin1_code"], r["killed_low"],
        r["killed_high"], r["language"], r["article_id"], r["evidence"] or "[]",
    ]  # fmt: skip


CHUNK_ROWS = 500


def stream_csv(rows: Iterable[Row]) -> Iterator[str]:
    """Render rows as CSV text chunks, header first."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADER)
    iterator = iter(rows)
    while batch := list(islice(iterator, CHUNK_ROWS)):
        writer.writerows(map(csv_row, batch))
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
    """Render rows as one GeoJSON FeatureCollection, one feature per line, in chunks."""
    yield b'{"type":"FeatureCollection","features":[\n'
    iterator, first = iter(rows), True
    while batch := list(islice(iterator, CHUNK_ROWS)):
        lines = b",".join(orjson.dumps(feature(row)) + b"\n" for row in batch)
        yield lines if first else b"," + lines
        first = False
    yield b"]}\n"
