"""Keep the rollup tables in step with ``event``, and answer statistics from one when it can.

What a rollup answers follows from its columns (``Rollup.of``): the groups it can produce, the
filters it can apply, and the grain of its time key (day, month or year; date ranges are exact
only in whole buckets of it). Statistics come from the smallest rollup that answers them
exactly; otherwise the events are scanned.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Select, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.models import (
    Event,
    EventActorRollup,
    EventAdmin1Rollup,
    EventCountryActorRollup,
    EventCountryDayRollup,
    EventCountryMonthRollup,
    EventDayRollup,
    EventLanguageRollup,
    EventRollup,
    EventYearRollup,
)
from app.schemas.event import EventFilter, StatsGroup

COUNTS = ("events", "killed", "wounded")
# Characters of an ISO date that make each time bucket: '2024-02-09'[:7] is its month.
WIDTH = {StatsGroup.day: 10, StatsGroup.month: 7, StatsGroup.year: 4}
DATE_FILTERS = {"date_from", "date_to"}


def _iso(day: date | None, width: int) -> str:
    return day.isoformat()[:width] if day else ""


def _monday(day: date | None) -> str:
    return (day - timedelta(days=day.weekday())).isoformat() if day else ""


# Key columns a rollup may have, and the statistics group each one answers.
DIMENSIONS = {
    "country_code": StatsGroup.country,
    "event_type": StatsGroup.event_type,
    "sub_event_type": StatsGroup.sub_event_type,
    "actor_name": StatsGroup.actor,
    "admin1": StatsGroup.admin1,
}
TIMES = {"day": StatsGroup.day, "month": StatsGroup.month, "year": StatsGroup.year}
FILTERS = {
    "country_code": "country",
    "event_type": "event_type",
    "sub_event_type": "sub_event_type",
    "language": "language",
}


def _values(e: Event) -> dict[str, str]:
    """Every rollup column's value for one event ('' for missing)."""
    return {
        "day": _iso(e.event_date, 10), "week": _monday(e.event_date),
        "month": _iso(e.event_date, 7), "year": _iso(e.event_date, 4),
        "country_code": e.country_code or "", "event_type": e.event_type,
        "sub_event_type": e.sub_event_type or "", "actor_name": e.actor_name or "",
        "admin1": e.admin1 or "", "language": e.language,
    }  # fmt: skip


@dataclass(frozen=True)
class Rollup:
    """What one rollup table answers, read from its columns."""

    table: Any
    columns: list[str]  # every column but the counts, key first
    keys: list[str]
    time: str  # its time key: day, month or year
    filters: frozenset[str]  # EventFilter fields it applies (dates at its grain)

    @classmethod
    def of(cls, table: Any) -> Rollup:
        names = [c.name for c in table.__table__.columns if c.name not in COUNTS]
        keys = [c.name for c in table.__table__.primary_key.columns]
        time = next(n for n in names if n in TIMES)
        filters = {FILTERS[n] for n in names if n in FILTERS} | DATE_FILTERS
        return cls(table, names, keys, time, frozenset(filters))

    @property
    def grain(self) -> StatsGroup:
        return TIMES[self.time]

    def groups(self) -> set[StatsGroup]:
        times = {g for g, width in WIDTH.items() if width <= WIDTH[self.grain]}
        week = {StatsGroup.week} if "week" in self.columns else set()
        return {DIMENSIONS[n] for n in self.columns if n in DIMENSIONS} | times | week

    def column(self, group: StatsGroup) -> Any:
        """The stored value to group by for ``group``."""
        c = self.table.__table__.c
        named = {g: n for n, g in DIMENSIONS.items()} | {StatsGroup.week: "week"}
        if group in named:
            return c[named[group]]
        if WIDTH[group] == WIDTH[self.grain]:
            return c[self.time]
        return func.substr(c[self.time], 1, WIDTH[group])


# Smallest first: statistics come from the first that answers them.
ROLLUPS = [
    Rollup.of(table)
    for table in (
        EventDayRollup, EventYearRollup, EventCountryMonthRollup, EventActorRollup, EventRollup,
        EventLanguageRollup, EventAdmin1Rollup, EventCountryDayRollup, EventCountryActorRollup,
    )
]  # fmt: skip


def apply(connection: Connection, events: Iterable[Event], sign: int) -> None:
    """Add (sign 1) or remove (sign -1) events' counts; keys in a fixed order, so no deadlocks."""
    values = [(_values(e), e.killed or 0, e.wounded or 0) for e in events]
    for rollup in ROLLUPS:
        _apply(connection, rollup, values, sign)


def _apply(
    connection: Connection, rollup: Rollup, values: list[tuple[dict[str, str], int, int]], sign: int
) -> None:
    totals: dict[tuple[str, ...], list[int]] = {}
    for row, killed, wounded in values:
        counts = totals.setdefault(tuple(row[n] for n in rollup.columns), [0, 0, 0])
        counts[0] += sign
        counts[1] += sign * killed
        counts[2] += sign * wounded
    if not totals:
        return
    insert = pg_insert if connection.dialect.name == "postgresql" else sqlite_insert
    stmt = insert(rollup.table)
    table = rollup.table.__table__
    stmt = stmt.on_conflict_do_update(
        index_elements=rollup.keys, set_={n: table.c[n] + stmt.excluded[n] for n in COUNTS}
    )
    rows = [
        dict(zip(rollup.columns, key, strict=True)) | dict(zip(COUNTS, counts, strict=True))
        for key, counts in sorted(totals.items())
    ]
    connection.execute(stmt, rows)


def _aligned(f: EventFilter, grain: StatsGroup) -> bool:
    """Whether the date range covers whole buckets of ``grain`` (a day range always does)."""
    start, end = f.date_from, f.date_to
    if grain is StatsGroup.day:
        return True
    if grain is StatsGroup.year:
        return (start is None or (start.month, start.day) == (1, 1)) and (
            end is None or (end.month, end.day) == (12, 31)
        )
    return (start is None or start.day == 1) and (
        end is None or end.day == calendar.monthrange(end.year, end.month)[1]
    )


def choose(f: EventFilter, groups: list[StatsGroup]) -> Rollup | None:
    """The first rollup that answers these statistics exactly, or None (scan the events)."""
    used = {name for name, value in f if value not in (None, [])}
    for rollup in ROLLUPS:
        if set(groups) <= rollup.groups() and used <= rollup.filters and _aligned(f, rollup.grain):
            return rollup
    return None


def query(rollup: Rollup, f: EventFilter, groups: list[StatsGroup]) -> Select[Any]:
    """Statistics from ``rollup``, shaped like the scan's (same labels, NULL for missing)."""
    c = rollup.table.__table__.c
    time = c[rollup.time]
    # Group by the stored values (a key prefix is read in order, unsorted), show '' as NULL.
    keys = [rollup.column(g) for g in groups]
    labelled: list[Any] = [
        func.nullif(k, "").label(g.value) for k, g in zip(keys, groups, strict=True)
    ]
    width = WIDTH[rollup.grain]
    clauses: list[Any] = []
    if f.country:
        clauses.append(c.country_code.in_([code.upper() for code in f.country]))
    if f.event_type is not None:
        clauses.append(c.event_type == f.event_type)
    if f.sub_event_type is not None:
        clauses.append(c.sub_event_type == f.sub_event_type)
    if f.language is not None:
        clauses.append(c.language == f.language)
    if f.date_from is not None or f.date_to is not None:
        clauses.append(time != "")
    if f.date_from is not None:
        clauses.append(time >= _iso(f.date_from, width))
    if f.date_to is not None:
        clauses.append(time <= _iso(f.date_to, width))
    events = func.sum(c.events)
    return (
        select(*labelled, events.label("events"), *(func.sum(c[n]).label(n) for n in COUNTS[1:]))
        .where(*clauses)
        .group_by(*keys)
        .having(events > 0)
        .order_by(*(o for k in keys for o in (k == "", k)))
    )
