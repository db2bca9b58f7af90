"""Grouped totals over filtered events."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.models import Event
from app.schemas.event import EventFilter, StatsGroup, StatsPublic, StatsRow
from app.services.event_query import filter_clauses


def _month(dialect: str) -> Any:
    # Both render 'YYYY-MM'; SQLite has no to_char and PostgreSQL no strftime.
    if dialect == "postgresql":
        return func.to_char(col(Event.event_date), "YYYY-MM")
    return func.strftime("%Y-%m", col(Event.event_date))


def _key(group: StatsGroup, dialect: str) -> Any:
    return {
        StatsGroup.country: col(Event.country_code),
        StatsGroup.event_type: col(Event.event_type),
        StatsGroup.actor: col(Event.actor_name),
        StatsGroup.month: _month(dialect),
    }[group]


def stats(session: Session, f: EventFilter, group: StatsGroup) -> StatsPublic:
    """Count events and sum killed/wounded per group; groups sorted by key."""
    key = _key(group, session.get_bind().dialect.name).label("key")
    stmt = (
        select(
            key,
            func.count(col(Event.id)),
            func.coalesce(func.sum(col(Event.killed)), 0),
            func.coalesce(func.sum(col(Event.wounded)), 0),
        )
        .where(*filter_clauses(f))
        .group_by(key)
        .order_by(key.asc().nulls_last())
    )
    items = [
        StatsRow(key=k, events=int(n or 0), killed=int(kd or 0), wounded=int(wd or 0))
        for k, n, kd, wd in session.exec(stmt)
    ]
    return StatsPublic(group_by=group, items=items)
