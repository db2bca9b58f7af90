"""Grouped totals over filtered events: one or two dimensions, time buckets included.

Statistics a rollup table answers exactly (see ``rollup.ROLLUPS``: country, type, admin1, actor,
day, week, month and year, filtered by country, type and dates) come from it; anything else
(substring, casualty, place or language filters, or dimensions no one rollup holds together)
scans the matching events.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Select, func, select
from sqlmodel import col

from app.models import Event
from app.schemas.event import EventFilter, StatsGroup
from app.services import rollup, search
from app.services.event_query import filter_clauses

COLUMNS = {
    StatsGroup.country: Event.country_code,
    StatsGroup.admin1: Event.admin1,
    StatsGroup.event_type: Event.event_type,
    StatsGroup.sub_event_type: Event.sub_event_type,
    StatsGroup.actor: Event.actor_name,
}
# Time buckets render as text: day 'YYYY-MM-DD', week = its Monday 'YYYY-MM-DD', 'YYYY-MM', 'YYYY'.
POSTGRES_FORMATS = {
    StatsGroup.day: "YYYY-MM-DD",
    StatsGroup.month: "YYYY-MM",
    StatsGroup.year: "YYYY",
}
SQLITE_FORMATS = {StatsGroup.day: "%Y-%m-%d", StatsGroup.month: "%Y-%m", StatsGroup.year: "%Y"}


def _time_bucket(group: StatsGroup, dialect: str) -> Any:
    day = col(Event.event_date)
    if dialect == "postgresql":
        if group is StatsGroup.week:
            return func.to_char(func.date_trunc("week", day), "YYYY-MM-DD")
        return func.to_char(day, POSTGRES_FORMATS[group])
    if group is StatsGroup.week:
        # 'weekday 0' moves to the next Sunday (or stays); six days back is that week's Monday.
        return func.date(day, "weekday 0", "-6 days")
    return func.strftime(SQLITE_FORMATS[group], day)


def _key(group: StatsGroup, dialect: str) -> Any:
    if group in COLUMNS:
        return col(COLUMNS[group])
    return _time_bucket(group, dialect)


def stats_query(
    f: EventFilter, groups: list[StatsGroup], dialect: str, plan: search.Plan | None = None
) -> Select[Any]:
    """Return the grouped SELECT for ``groups`` over the events matching ``f``."""
    keys = [_key(g, dialect).label(g.value) for g in groups]
    return (
        select(
            *keys,
            func.count(col(Event.id)).label("events"),
            func.coalesce(func.sum(col(Event.killed)), 0).label("killed"),
            func.coalesce(func.sum(col(Event.wounded)), 0).label("wounded"),
        )
        .where(*filter_clauses(f, plan))
        .group_by(*keys)
        .order_by(*(k.asc().nulls_last() for k in keys))
    )


def stats(connection: Connection, f: EventFilter, groups: list[StatsGroup]) -> dict[str, Any]:
    """Count events and sum killed/wounded per group; rows sorted by the keys, nulls last.

    Returns plain data in the ``StatsPublic`` shape: a country x month table has thousands of
    rows, and a model per row would cost more than the query.
    """
    table = rollup.choose(f, groups)
    if table is not None:
        stmt = rollup.query(table, f, groups)
    else:
        plan = search.plan(connection, f, pages=False)
        stmt = stats_query(f, groups, connection.dialect.name, plan)
    result = connection.execute(stmt)
    # Counts and sums are never NULL (count, coalesce, HAVING events > 0): no per-value work.
    keys = list(result.keys())
    items = [dict(zip(keys, row, strict=True)) for row in result]
    return {"group_by": [g.value for g in groups], "items": items}
