"""Streaming exports (CSV, GeoJSON) of every matching event, in constant memory.

The CSV rows are formatted by the database (``export_csv``); this module holds the columns.

CSV columns follow ACLED's names where the concept matches (event_date, event_type, actor1,
actor2, country, iso (numeric), admin1, location, latitude, longitude, geo_precision,
time_precision, fatalities), so
scripts written for ACLED exports read ours; our own columns (wounded, evidence, the article's
words for each value) follow.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import orjson

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


Values = Sequence[Any]
Batches = Iterable[tuple[list[str], list[Values]]]


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
    dumps, newline = orjson.dumps, orjson.OPT_APPEND_NEWLINE
    for keys, rows in batches:
        # zip without strict: rows come from one statement, and the check costs per row.
        features = [dumps(feature(dict(zip(keys, r, strict=False))), option=newline) for r in rows]
        lines = b",".join(features)
        yield lines if first else b"," + lines
        first = False
    yield b"]}\n"
