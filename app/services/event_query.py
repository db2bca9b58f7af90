"""Build filtered, keyset-paginated event queries that work the same on SQLite and PostgreSQL."""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    Table,
    Text,
    cast,
    func,
    select,
    tuple_,
    type_coerce,
)
from sqlmodel import col

from app.models import Event
from app.models.base import as_utc
from app.schemas.event import EventFilter, EventSort
from app.services import geo_cell, search
from app.services.cursor import Cursor, ValueKind, decode_cursor

ISO_3166_2 = re.compile(r"[A-Za-z]{2}-[A-Za-z0-9]{1,3}")
EVENT: Table = Event.__table__  # type: ignore[attr-defined]
# What pages and exports read: no created_at/updated_at (their parsing costs per row) nor the
# geo_cell index key; evidence as its stored JSON text (embedded as-is in responses, never
# parsed and re-serialised).
READ_COLUMNS: list[Any] = [
    c for c in EVENT.columns if c.name not in {"created_at", "updated_at", "evidence", "geo_cell"}
]
READ_COLUMNS.append(cast(EVENT.c.evidence, Text).label("evidence"))
# The keyset an export batch selects after its formatted cells. SQLite stores dates as text:
# reading event_date as a date costs ~1 µs a row; only a batch's last row needs one (sort_value).
EXPORT_KEYSET: list[Any] = [
    EVENT.c.id,
    type_coerce(EVENT.c.event_date, String).label("event_date"),
    EVENT.c.killed,
]
SORT_COLUMNS: dict[str, tuple[Any, ValueKind]] = {
    "event_date": (col(Event.event_date), date),
    "killed": (col(Event.killed), int),
    "updated_at": (col(Event.updated_at), datetime),
}


def filter_clauses(f: EventFilter, plan: search.Plan | None = None) -> list[ColumnElement[bool]]:
    """Translate a filter into WHERE clauses; ``plan`` (from search.plan) speeds up substrings."""
    clauses: list[ColumnElement[bool]] = []
    if f.country:
        clauses.append(col(Event.country_code).in_([c.upper() for c in f.country]))
    terms = plan.terms if plan else {}
    for field, needle in search.needles(f).items():
        if needle is not None:
            clauses.append(search.clause(field, needle, terms.get(field)))
    if f.admin1 is not None:
        # One indexed column per request: an OR of two columns would defeat both indexes.
        wanted = f.admin1.strip()
        if ISO_3166_2.fullmatch(wanted):
            clauses.append(col(Event.admin1_code) == wanted.upper())
        else:
            clauses.append(col(Event.admin1) == wanted)
    if f.box is not None:
        # A dense box is tested along the sort index: its cells would lure the planner away.
        clauses += geo_cell.clauses(f.box, by_cell=plan is None or not plan.sort_by_index)
    if f.updated_since is not None:
        clauses.append(col(Event.updated_at) > as_utc(f.updated_since))
    exact: list[tuple[Any, Any]] = [
        (f.event_type, Event.event_type),
        (f.sub_event_type, Event.sub_event_type),
        (f.language, Event.language),
        (f.article_id, Event.article_id),
    ]
    clauses += [col(column) == value for value, column in exact if value is not None]
    bounds: list[tuple[Any, Any, bool]] = [
        (f.date_from, Event.event_date, True),
        (f.date_to, Event.event_date, False),
        (f.min_killed, Event.killed, True),
        (f.max_killed, Event.killed, False),
        (f.min_wounded, Event.wounded, True),
    ]
    for value, column, lower in bounds:
        if value is not None:
            clauses.append(col(column) >= value if lower else col(column) <= value)
    return clauses


def sort_value(field: str, value: Any) -> Any:
    """A sort value as read by an export batch (a date may still be text), for a cursor."""
    if field == "event_date" and isinstance(value, str):
        return date.fromisoformat(value)
    return value


def parse_sort(sort: EventSort) -> tuple[str, bool]:
    """Split a sort into (field name, descending)."""
    return sort.value.lstrip("-"), sort.value.startswith("-")


def phase_query(
    f: EventFilter,
    sort: EventSort,
    limit: int | None,
    after: Cursor | None,
    nulls: bool,
    plan: search.Plan | None = None,
    columns: Sequence[Any] = READ_COLUMNS,
) -> Select[Any]:
    """One phase of a page: rows whose sort value is present (``nulls`` False) or missing.

    A sort runs through every row with a value, then every row without one (missing values come
    last in both directions). Keeping the phases apart lets each be one plain index range on
    (value, id) in SQLite and PostgreSQL alike: an ``ORDER BY ... NULLS LAST`` would need an index
    built for it in PostgreSQL, and an OR of conditions would defeat the range.
    """
    field, descending = parse_sort(sort)
    column = SORT_COLUMNS[field][0]
    if plan is not None and not plan.sort_by_index:
        # An expression no index matches: the planner must fetch by the filters, then sort.
        column = func.coalesce(column, column)
    if field == "updated_at":
        columns = [*columns, EVENT.c.updated_at]
    stmt = select_columns(tuple(columns)).where(*filter_clauses(f, plan))
    beyond = operator.lt if descending else operator.gt
    if nulls:
        stmt = stmt.where(column.is_(None))
        if after is not None:
            stmt = stmt.where(beyond(col(Event.id), after.id))
        keys = [col(Event.id)]
    else:
        stmt = stmt.where(column.is_not(None))
        if after is not None:
            stmt = stmt.where(beyond(tuple_(column, col(Event.id)), tuple_(after.value, after.id)))
        keys = [column, col(Event.id)]
    stmt = stmt.order_by(*(k.desc() if descending else k.asc() for k in keys)).limit(limit)
    if plan is None or plan.sort_by_index:
        return stmt
    # Matches are fetched by the filters and sorted: pick the page's ids from the index first
    # (a covering one for a box), then read only those rows, not every match.
    keys = [SORT_COLUMNS[field][0], col(Event.id)] if not nulls else keys
    page = select(*columns).where(col(Event.id).in_(stmt.with_only_columns(col(Event.id))))
    return page.order_by(*(k.desc() if descending else k.asc() for k in keys))


@functools.lru_cache(maxsize=16)
def select_columns(columns: tuple[Any, ...]) -> Select[Any]:
    """``select(*columns)``, built once per column list (reused by every page and batch).

    Coercing the 30 columns of a page costs more than building its WHERE clause; statements
    are immutable, so each query derives its own from the shared one. The column lists are
    module constants (pages, each export format, each with updated_at); the bound only guards
    against a caller that would build new ones per request.
    """
    return select(*columns)


def decode_sort_cursor(token: str | None, sort: EventSort) -> Cursor | None:
    """Decode a page cursor for ``sort`` (None for the first page)."""
    if token is None:
        return None
    field, _ = parse_sort(sort)
    return decode_cursor(token, sort.value, SORT_COLUMNS[field][1])
