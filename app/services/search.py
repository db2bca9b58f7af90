"""Query plans for event lists: substring search through ``search_term``, and sparse boxes.

Every distinct folded actor/target/location string is stored once. A substring filter first
finds the matching strings in that small table, then reaches events through the index on the
event's search column. When a needle matches so many events that walking the sort index and
testing each row is cheaper (a broad needle finds a page of matches almost at once), the plain
LIKE is used instead.

The same reasoning decides how a bounding box is served: a box holding few events is fetched
through its grid cells (``geo_cell``) and sorted; a dense one is tested row by row along the sort
index.
SQLite's planner cannot tell the two apart, so the plan tells it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, false, func, select, true
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import col

from app.models import Event, SearchTerm
from app.schemas.event import EventFilter
from app.services import geo_cell
from app.textfold import fold

FIELDS = {
    "actor": Event.actor_search,
    "target": Event.target_search,
    "location": Event.location_search,
}
# Past this many matching events, testing rows along the sort index beats fetching and sorting.
DENSE = 20_000
# Past this many matching strings, the IN list itself costs more than it saves.
MAX_TERMS = 2_000

Terms = dict[str, list[str] | None]


@dataclass(frozen=True, slots=True)
class Plan:
    """How to serve one filter: matching search strings per field, and the sort index's use."""

    terms: Terms = dataclasses.field(default_factory=dict)
    sort_by_index: bool = True


def add_terms(connection: Connection, events: Iterable[Event]) -> None:
    """Record the search strings of newly stored events (existing ones are left alone)."""
    rows = {
        (field, value)
        for event in events
        for field in FIELDS
        if (value := getattr(event, f"{field}_search"))
    }
    if not rows:
        return
    insert = pg_insert if connection.dialect.name == "postgresql" else sqlite_insert
    stmt = insert(SearchTerm).on_conflict_do_nothing()
    connection.execute(stmt, [{"field": f, "term": t} for f, t in sorted(rows)])


def like_pattern(needle: str) -> str | None:
    """The LIKE pattern for a needle; None when it folds to nothing."""
    folded = fold(needle)
    if not folded:
        return None
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def needles(f: EventFilter) -> dict[str, str | None]:
    """The substring filters of ``f`` by search field."""
    return {"actor": f.actor, "target": f.target, "location": f.location}


def plan(connection: Connection, f: EventFilter, pages: bool = True) -> Plan:
    """Decide how to serve ``f``: search strings per substring filter, and the sort index's use.

    ``pages`` is False for statistics: they read every match, never along a sort index.
    """
    return Plan(_terms(connection, needles(f)), pages and not _sparse_box(connection, f))


def _terms(connection: Connection, wanted: dict[str, str | None]) -> Terms:
    """For each field with a needle: the matching strings, or None to fall back to LIKE."""
    result: Terms = {}
    for field, needle in wanted.items():
        pattern = like_pattern(needle) if needle else None
        if pattern is None:
            continue
        stmt = (
            select(col(SearchTerm.term))
            .where(col(SearchTerm.field) == field, col(SearchTerm.term).like(pattern, escape="\\"))
            .limit(MAX_TERMS + 1)
        )
        terms = list(connection.execute(stmt).scalars())
        result[field] = (
            terms if len(terms) <= MAX_TERMS and not _dense(connection, field, terms) else None
        )
    return result


def _more_than_dense(connection: Connection, *where: Any) -> bool:
    capped = select(col(Event.id)).where(*where).limit(DENSE + 1).subquery()
    return int(connection.execute(select(func.count()).select_from(capped)).scalar_one()) > DENSE


def _dense(connection: Connection, field: str, terms: list[str]) -> bool:
    return bool(terms) and _more_than_dense(connection, col(FIELDS[field]).in_(terms))


def _sparse_box(connection: Connection, f: EventFilter) -> bool:
    return f.box is not None and not _more_than_dense(connection, *geo_cell.clauses(f.box, True))


def clause(field: str, needle: str, terms: list[str] | None) -> ColumnElement[bool]:
    """The WHERE clause for one substring filter, given its plan."""
    pattern = like_pattern(needle)
    if pattern is None:
        # Search columns hold folded words only: punctuation-only needles can match nothing.
        return true() if not needle.strip() else false()
    column: Any = col(FIELDS[field])
    if terms is None:
        result: ColumnElement[bool] = column.like(pattern, escape="\\")
        return result
    return column.in_(terms) if terms else false()
