"""Keep ``event_rollup`` in step with ``event``, and answer statistics from it when it can."""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import col

from app.models import Event, EventRollup
from app.schemas.event import EventFilter, StatsGroup

Key = tuple[str, str, str, str]
ROLLUP_GROUPS = {
    StatsGroup.country, StatsGroup.event_type, StatsGroup.sub_event_type,
    StatsGroup.month, StatsGroup.year,
}  # fmt: skip
# Filters the rollup can apply; any other filter needs the events themselves.
ROLLUP_FILTERS = {"country", "event_type", "sub_event_type", "date_from", "date_to"}


def _key(event: Event) -> Key:
    month = event.event_date.strftime("%Y-%m") if event.event_date else ""
    return (month, event.country_code or "", event.event_type, event.sub_event_type or "")


def apply(connection: Connection, events: Iterable[Event], sign: int) -> None:
    """Add (sign 1) or remove (sign -1) events' counts; keys in a fixed order, so no deadlocks."""
    totals: Counter[tuple[Key, str]] = Counter()
    for event in events:
        key = _key(event)
        totals[key, "events"] += sign
        totals[key, "killed"] += sign * (event.killed or 0)
        totals[key, "wounded"] += sign * (event.wounded or 0)
    keys = sorted({key for key, _ in totals})
    if not keys:
        return
    rows = [
        dict(zip(("month", "country_code", "event_type", "sub_event_type"), key, strict=True))
        | {name: totals[key, name] for name in ("events", "killed", "wounded")}
        for key in keys
    ]
    insert = pg_insert if connection.dialect.name == "postgresql" else sqlite_insert
    stmt = insert(EventRollup)
    table: Any = EventRollup.__table__  # type: ignore[attr-defined]
    stmt = stmt.on_conflict_do_update(
        index_elements=["month", "country_code", "event_type", "sub_event_type"],
        set_={n: table.c[n] + stmt.excluded[n] for n in ("events", "killed", "wounded")},
    )
    connection.execute(stmt, rows)


def _whole_months(f: EventFilter) -> bool:
    starts = f.date_from is None or f.date_from.day == 1
    ends = (
        f.date_to is None
        or f.date_to.day == calendar.monthrange(f.date_to.year, f.date_to.month)[1]
    )
    return starts and ends


def serves(f: EventFilter, groups: list[StatsGroup]) -> bool:
    """Whether the rollup alone answers these statistics exactly."""
    used = {name for name, value in f if value not in (None, [])}
    return set(groups) <= ROLLUP_GROUPS and used <= ROLLUP_FILTERS and _whole_months(f)


def _month(day: date) -> str:
    return day.strftime("%Y-%m")


def query(f: EventFilter, groups: list[StatsGroup]) -> Select[Any]:
    """Statistics from the rollup, shaped like the scan's (same labels, NULL for missing)."""
    r = EventRollup
    keys = {
        StatsGroup.country: func.nullif(col(r.country_code), ""),
        StatsGroup.event_type: col(r.event_type),
        StatsGroup.sub_event_type: func.nullif(col(r.sub_event_type), ""),
        StatsGroup.month: func.nullif(col(r.month), ""),
        StatsGroup.year: func.nullif(func.substr(col(r.month), 1, 4), ""),
    }
    labelled: list[Any] = [keys[g].label(g.value) for g in groups]
    clauses: list[Any] = []
    if f.country:
        clauses.append(col(r.country_code).in_([c.upper() for c in f.country]))
    if f.event_type is not None:
        clauses.append(col(r.event_type) == f.event_type)
    if f.sub_event_type is not None:
        clauses.append(col(r.sub_event_type) == f.sub_event_type)
    if f.date_from is not None or f.date_to is not None:
        clauses.append(col(r.month) != "")
    if f.date_from is not None:
        clauses.append(col(r.month) >= _month(f.date_from))
    if f.date_to is not None:
        clauses.append(col(r.month) <= _month(f.date_to))
    events = func.sum(col(r.events))
    return (
        select(
            *labelled,
            events.label("events"),
            func.sum(col(r.killed)).label("killed"),
            func.sum(col(r.wounded)).label("wounded"),
        )
        .where(*clauses)
        .group_by(*labelled)
        .having(events > 0)
        .order_by(*(k.asc().nulls_last() for k in labelled))
    )
