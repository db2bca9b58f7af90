"""Exports written by the database are byte for byte what the Python renderers wrote."""

from __future__ import annotations

from typing import Any

import orjson
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.db.engine import make_engine
from app.services.event_query import EVENT, READ_COLUMNS
from app.services.events import EXPORT_BATCH, event_dict
from tests.api.helpers import seed
from tests.factories import ScriptedExtractor, count, event, party, place


def _python_feature(row: dict[str, Any]) -> bytes:
    """The GeoJSON line the export wrote before the database wrote it (the reference)."""
    properties = event_dict(row)
    event_id = properties.pop("id")
    geometry = None
    if row["latitude"] is not None and row["longitude"] is not None:
        geometry = {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]}
    feature = {"type": "Feature", "id": event_id, "geometry": geometry, "properties": properties}
    return orjson.dumps(feature, option=orjson.OPT_APPEND_NEWLINE)


def _awkward(client: TestClient, extractor: ScriptedExtractor) -> None:
    words = 'the "Lions", of\r\nthe north \\ \t\x01 \u2028 درنة'
    seed(client, extractor, [
        event(actor=party(name="Lions, North", text=words),
              location=place(latitude=32.0, longitude=0.1 + 0.2, admin1=None)),
        event(location=place(latitude=0.00001, longitude=-0.0), killed=None, wounded=count(3)),
        event(location=None, actor=None, target=None, killed=count(0), wounded=None),
        event(location=place(name="Derna", text="درنة", country_code="LY", latitude=None,
                             longitude=None)),
    ])  # fmt: skip


def _expected_geojson(database_url: str) -> bytes:
    engine = make_engine(database_url)
    with engine.connect() as conn:
        stmt = select(*READ_COLUMNS).order_by(EVENT.c.event_date, EVENT.c.id)
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
    engine.dispose()
    expected = b",".join(_python_feature(r) for r in rows)
    return b'{"type":"FeatureCollection","features":[\n' + expected + b"]}\n"


def test_geojson_lines_are_what_orjson_wrote_from_the_page_mapping(
    client: TestClient, extractor: ScriptedExtractor, database_url: str
) -> None:
    _awkward(client, extractor)
    body = client.get("/v1/events", params={"format": "geojson", "sort": "event_date"}).content
    assert body == _expected_geojson(database_url)
    assert b'"coordinates":[0.30000000000000004,32.0]' in body
    assert b'"latitude":0.00001,"longitude":' in body  # orjson's digits, not repr's 1e-05


def test_geojson_export_across_batches_is_one_valid_collection(
    client: TestClient, extractor: ScriptedExtractor
) -> None:
    seed(client, extractor, [event(killed=count(i)) for i in range(EXPORT_BATCH + 205)])
    collection = orjson.loads(client.get("/v1/events?format=geojson&sort=killed").content)
    assert [f["properties"]["killed"] for f in collection["features"]] == list(
        range(EXPORT_BATCH + 205)
    )


def test_geojson_keeps_odd_coordinates_and_stored_evidence_text_as_they_are(
    client: TestClient, extractor: ScriptedExtractor, database_url: str
) -> None:
    coordinates = [(1e-7, 2.5e15), (-3.3e-5, 1e16), (float("nan"), 45.0)]
    seed(client, extractor, [
        event(location=place(latitude=lat, longitude=lon)) for lat, lon in coordinates
    ])  # fmt: skip
    engine = make_engine(database_url)
    with engine.begin() as conn:  # text with a raw line break, as a JSON column may hold it
        conn.execute(EVENT.update().where(EVENT.c.id == 1).values(evidence=None))
        conn.exec_driver_sql("UPDATE event SET evidence = '[\n]' WHERE id = 2")
    engine.dispose()
    body = client.get("/v1/events", params={"format": "geojson", "sort": "event_date"}).content
    assert body == _expected_geojson(database_url)
    assert b'"coordinates":[2500000000000000.0,1e-7]' in body
    assert b'"evidence":[\n]}}' in body
