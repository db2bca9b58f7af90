"""Reading events: pages and single events, mapped from table rows to the API's JSON shape.

Rows become plain dicts (not pydantic objects): pages and exports move thousands of rows, and
building models per row would cost more than the query. ``EventPublic`` documents the same shape.
A row is a plain dict of the event's columns (SQLAlchemy's Row attribute access costs ~2 µs a
column, which dominates at export volumes).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import orjson
from sqlalchemy import Connection, Engine
from sqlmodel import Session

from app.errors import NotFound
from app.models import Event
from app.schemas.event import EventFilter, EventSort
from app.services import search
from app.services.cursor import Cursor, encode_cursor
from app.services.event_query import (
    READ_COLUMNS,
    SORT_COLUMNS,
    decode_sort_cursor,
    parse_sort,
    phase_query,
    sort_value,
)

Row = dict[str, Any]
READ_KEYS = [c.name for c in READ_COLUMNS]
# Rows per export batch: enough that per-statement costs are small, and few enough that a batch's
# rows and features stay a few MB (batches run on pool threads, each with its own malloc arena:
# 5,000-row GeoJSON batches grew the server's RSS by 105 MB in a 200k-row export, when each
# Feature was a string of its own). Building a batch's statement and reading it cost about 1 ms
# besides its rows: 2,000 rather than 1,000 took the 1M SQLite GeoJSON export from about 98k
# to 108k rows per server CPU-second, its RSS growth from 3.4 to 10.5 MB.
EXPORT_BATCH = 2000


# Column names per prefix, built once: an f-string per key per row costs more than the lookup.
PARTY_KEYS = {p: (f"{p}_name", f"{p}_text", f"{p}_kind") for p in ("actor", "target")}
RANGE_KEYS = {p: (f"{p}_qualifier", f"{p}_low", f"{p}_high") for p in ("killed", "wounded")}


def _party(row: Row, prefix: str) -> dict[str, Any] | None:
    name_key, text_key, kind_key = PARTY_KEYS[prefix]
    name, words = row[name_key], row[text_key]
    if name is None and words is None:
        return None
    return {"name": name, "text": words, "kind": row[kind_key]}


def _range(row: Row, prefix: str) -> dict[str, Any] | None:
    qualifier_key, low_key, high_key = RANGE_KEYS[prefix]
    qualifier = row[qualifier_key]
    if qualifier is None:
        return None
    return {"low": row[low_key], "high": row[high_key], "qualifier": qualifier}


def _location(row: Row) -> dict[str, Any] | None:
    if (
        row["location_name"] is None
        and row["location_text"] is None
        and row["country_code"] is None
    ):
        return None
    return {
        "name": row["location_name"],
        "text": row["location_text"],
        "country_code": row["country_code"],
        "admin1": row["admin1"],
        "latitude": row["latitude"],
        "longitude": row["longitude"],
        "precision": row["geo_precision"],
    }


def _evidence(stored: str | list[dict[str, Any]] | None) -> Any:
    # Pages read the stored JSON text: embed it as it is rather than parse and re-serialise it.
    if isinstance(stored, str):
        return orjson.Fragment(stored)
    return stored or []


def event_dict(row: Row) -> dict[str, Any]:
    """Map one ``event`` row (any mapping of its columns) to the public JSON shape."""
    return {
        "id": row["id"],
        "article_id": row["article_id"],
        "language": row["language"],
        "event_type": row["event_type"],
        "sub_event_type": row["sub_event_type"],
        "actor": _party(row, "actor"),
        "target": _party(row, "target"),
        "location": _location(row),
        "event_date": row["event_date"],
        "date_precision": row["date_precision"],
        "killed": row["killed"],
        "wounded": row["wounded"],
        "killed_range": _range(row, "killed"),
        "wounded_range": _range(row, "wounded"),
        "evidence": _evidence(row["evidence"]),
    }


def event_to_dict(event: Event) -> dict[str, Any]:
    """Map a loaded ``Event`` object to the public JSON shape."""
    return event_dict(event.model_dump())


def next_cursor(row: Row, sort: EventSort) -> str:
    """The cursor that continues after ``row`` in ``sort`` order."""
    field, _ = parse_sort(sort)
    assert field in SORT_COLUMNS
    return encode_cursor(Cursor(sort.value, row[field], row["id"]))


def fetch_page(
    connection: Connection,
    f: EventFilter,
    sort: EventSort,
    limit: int,
    cursor: str | None,
    plan: search.Plan | None = None,
) -> tuple[list[Row], str | None]:
    """Return up to ``limit`` rows matching ``f`` and the cursor of the next page (or None)."""
    if plan is None:
        plan = search.plan(connection, f)
    keys, values = fetch_values(connection, f, sort, limit, decode_sort_cursor(cursor, sort), plan)
    rows = [dict(zip(keys, v, strict=True)) for v in values]
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    return rows, next_cursor(rows[-1], sort)


def fetch_values(
    connection: Connection,
    f: EventFilter,
    sort: EventSort,
    limit: int,
    after: Cursor | None,
    plan: search.Plan,
    columns: Sequence[Any] = READ_COLUMNS,
    plain: bool = False,
) -> tuple[list[str], list[Sequence[Any]]]:
    """Column names and up to ``limit + 1`` rows as tuples, after ``after`` in ``sort`` order.

    ``plain``: the rows are the driver's own tuples (see ``iter_batches``).
    """
    keys: list[str] = READ_KEYS
    values: list[Sequence[Any]] = []
    if after is None or after.value is not None:
        stmt = phase_query(f, sort, limit + 1, after, False, plan, columns)
        keys, values = _values(connection, stmt, plain)
        after = None  # the missing-value phase, if reached, starts from its beginning
    if len(values) <= limit:
        wanted = limit + 1 - len(values)
        stmt = phase_query(f, sort, wanted, after, True, plan, columns)
        keys, more = _values(connection, stmt, plain)
        values += more
    return keys, values


def _values(
    connection: Connection, stmt: Any, plain: bool = False
) -> tuple[list[str], list[Sequence[Any]]]:
    result = connection.execute(stmt)
    if not plain:
        return list(result.keys()), list(result.fetchall())
    with result:  # read past SQLAlchemy's result processing, straight from the DB-API cursor
        return list(result.keys()), list(result.cursor.fetchall())


def list_events(
    connection: Connection, f: EventFilter, sort: EventSort, limit: int, cursor: str | None
) -> dict[str, Any]:
    """Return one page of events matching ``f`` as ``{items, next_cursor}``."""
    rows, token = fetch_page(connection, f, sort, limit, cursor)
    return {"items": [event_dict(r) for r in rows], "next_cursor": token}


def iter_batches(
    engine: Engine,
    f: EventFilter,
    sort: EventSort,
    columns: Sequence[Any] = READ_COLUMNS,
    batch: int = EXPORT_BATCH,
    plain: bool = False,
) -> Iterator[tuple[list[str], list[Sequence[Any]]]]:
    """Yield every matching row as (column names, tuples) in batches, in ``sort`` order.

    ``columns`` must include ``id`` and the sort field. One short-lived connection per batch
    keeps memory constant and never holds a read transaction open for a whole export; rows
    stay tuples (a dict per row would cost more than fetching it).

    ``plain`` says the driver returns every one of ``columns`` as wanted (text, numbers; no
    date or JSON to convert): rows are then the DB-API cursor's tuples rather than SQLAlchemy
    Rows, about 0.6 µs a row less on SQLite. Sorting by ``updated_at`` adds that datetime
    column, so those batches stay Rows.
    """
    field, _ = parse_sort(sort)
    plain = plain and field != "updated_at"
    with engine.connect() as connection:
        plan = search.plan(connection, f)
    after: Cursor | None = None
    while True:
        with engine.connect() as connection:
            keys, values = fetch_values(connection, f, sort, batch, after, plan, columns, plain)
        if len(values) <= batch:
            if values:
                yield keys, values
            return
        values = values[:batch]
        yield keys, values
        last = values[-1]
        value = sort_value(field, last[keys.index(field)])
        after = Cursor(sort.value, value, last[keys.index("id")])


def get_event(session: Session, event_id: int) -> Event:
    """Return one event or raise NotFound."""
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound(f"No event with id {event_id}.")
    return event
