"""The GeoJSON export keeps, byte for byte, the output of the database-written export.

Up to commit 154c218 the SQLite export had SQLite write each Feature's JSON text (``json_quote``
and ``printf`` per column); PostgreSQL still does (``COPY``). The digests in
``tests/fixtures/exports/geojson_digests.json`` are of that code's exports of the data below, on
both databases (which agree); any change to the export's bytes fails here.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import orjson
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.db.engine import make_engine
from app.services import geo_cell
from app.services.event_query import EVENT
from app.services.events import EXPORT_BATCH
from bench.synthetic import populate

DIGESTS = Path(__file__).parent.parent / "fixtures" / "exports" / "geojson_digests.json"
# More rows than one internal batch, so a batch boundary falls in every order.
SYNTHETIC = EXPORT_BATCH + 100
WORDS = 'the "Lions", of\r\nthe north \\ \t\x01\x08\x0c\x1f\x7f \u2028\u2029 درنة é 😀 </script>'
# Values the synthetic rows never hold: escapes, missing parts, coordinates at the edges of
# repr's and orjson's number forms (the infinite one is written as repr spells it).
AWKWARD: dict[int, dict[str, Any]] = {
    1: {"actor_name": WORDS, "actor_text": None, "target_name": None, "target_text": None},
    2: {"location_name": None, "location_text": None, "country_code": None},
    3: {"latitude": 1e-7, "longitude": 2.5e15, "admin1": None, "sub_event_type": None},
    4: {"latitude": 0.0, "longitude": 1e16, "location_text": WORDS, "killed_high": None},
    5: {"latitude": None, "longitude": 5.0, "geo_precision": None, "actor_kind": None},
    6: {"latitude": float("inf"), "longitude": -3.3e-5, "event_date": None, "language": "ar"},
    7: {"killed_qualifier": "at_least", "killed_low": 3, "wounded_qualifier": None},
    8: {"evidence": None, "date_precision": None, "event_type": "Protests ✊", "killed": 0},
    9: {"latitude": 0.1 + 0.2, "longitude": 123456.789e-12, "target_kind": WORDS[:40]},
}
QUERIES: list[dict[str, Any]] = [
    {},
    {"sort": "event_date"},
    {"sort": "killed"},
    {"sort": "-killed"},
    {"sort": "updated_at"},
    {"sort": "-updated_at", "country": ["SY", "IQ"]},
    {"country": "SY"},
    {"actor": "group 000", "sort": "event_date"},
    {"bbox": "23,4,27,8"},
    {"bbox": "-30,-40,70,60", "sort": "killed"},
    {"min_killed": 2, "language": "en"},
]


def _seed(database_url: str) -> None:
    engine = make_engine(database_url)
    populate(engine, SYNTHETIC, seed=11)
    with engine.begin() as conn:
        for event_id, values in AWKWARD.items():
            conn.execute(EVENT.update().where(EVENT.c.id == event_id).values(**values))
        conn.exec_driver_sql("UPDATE event SET evidence = '[\n]' WHERE id = 10")
        points = conn.execute(select(EVENT.c.id, EVENT.c.latitude, EVENT.c.longitude)).all()
        for event_id, latitude, longitude in points:  # what the write path stores for a box
            cell = geo_cell.cell(latitude, longitude)
            conn.execute(EVENT.update().where(EVENT.c.id == event_id).values(geo_cell=cell))
    engine.dispose()


def _key(query: dict[str, Any]) -> str:
    return urlencode(query, doseq=True) or "(default)"


def test_geojson_export_bytes_are_those_of_the_database_written_export(
    client: TestClient, database_url: str
) -> None:
    _seed(database_url)
    expected = json.loads(DIGESTS.read_text())
    digests = {}
    for query in QUERIES:
        body = client.get("/v1/events", params=query | {"format": "geojson"}).content
        assert body.count(b"\n") > 2, query  # features, not just the collection's frame
        digests[_key(query)] = hashlib.sha256(body).hexdigest()
    assert digests == expected


@pytest.mark.parametrize("code", [*range(0x80), 0xE9, 0x627, 0x2028, 0x2029, 0xFEFF, 0x1F600])
def test_orjson_escapes_strings_as_sqlite_json_quote_did(code: int) -> None:
    text = f"a{chr(code)}b"
    with sqlite3.connect(":memory:") as conn:
        (quoted,) = conn.execute("SELECT json_quote(?)", (text,)).fetchone()
    assert orjson.dumps(text).decode() == quoted
