"""Streaming exports (CSV, GeoJSON) that page through the keyset internally: constant memory."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from sqlalchemy import Engine
from sqlmodel import Session

from app.models import Event
from app.schemas.event import EventFilter, EventPublic, EventSort
from app.services.cursor import encode_cursor
from app.services.event_query import cursor_after, page_query
from app.services.events import to_public

BATCH = 1000
CSV_COLUMNS = [
    "id", "article_id", "language", "event_date", "date_precision", "event_type",
    "sub_event_type", "actor_name", "actor_text", "actor_kind", "target_name", "target_text",
    "target_kind", "location_name", "location_text", "country_code", "admin1", "latitude",
    "longitude", "geo_precision", "killed", "wounded", "evidence",
]  # fmt: skip


def iter_events(engine: Engine, f: EventFilter, sort: EventSort) -> Iterator[EventPublic]:
    """Yield every matching event, one short-lived session per batch."""
    cursor: str | None = None
    while True:
        with Session(engine) as session:
            rows = list(session.exec(page_query(f, sort, BATCH, cursor)))
            batch = [to_public(r) for r in rows[:BATCH]]
            last: Event | None = rows[BATCH - 1] if len(rows) > BATCH else None
        yield from batch
        if last is None:
            return
        cursor = encode_cursor(cursor_after(last, sort))


def csv_row(e: EventPublic) -> list[object]:
    """Flatten one event into the CSV columns."""
    actor, target, loc = e.actor, e.target, e.location
    return [
        e.id, e.article_id, e.language, e.event_date, e.date_precision, e.event_type,
        e.sub_event_type,
        actor and actor.name, actor and actor.text, actor and actor.kind,
        target and target.name, target and target.text, target and target.kind,
        loc and loc.name, loc and loc.text, loc and loc.country_code, loc and loc.admin1,
        loc and loc.latitude, loc and loc.longitude, loc and loc.precision,
        e.killed, e.wounded,
        json.dumps([ev.model_dump() for ev in e.evidence], ensure_ascii=False),
    ]  # fmt: skip


def stream_csv(events: Iterator[EventPublic]) -> Iterator[str]:
    """Render events as CSV text chunks (header first)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for i, event in enumerate(events, 1):
        writer.writerow(["" if v is None else v for v in csv_row(event)])
        if i % 200 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def feature(e: EventPublic) -> dict[str, object]:
    """Render one event as a GeoJSON Feature (null geometry without coordinates)."""
    loc = e.location
    geometry = None
    if loc is not None and loc.latitude is not None and loc.longitude is not None:
        geometry = {"type": "Point", "coordinates": [loc.longitude, loc.latitude]}
    properties = e.model_dump(mode="json", exclude={"id"})
    return {"type": "Feature", "id": e.id, "geometry": geometry, "properties": properties}


def stream_geojson(events: Iterator[EventPublic]) -> Iterator[str]:
    """Render events as one GeoJSON FeatureCollection, streamed feature by feature."""
    yield '{"type":"FeatureCollection","features":['
    for i, event in enumerate(events):
        yield ("," if i else "") + json.dumps(feature(event), ensure_ascii=False)
    yield "]}"
