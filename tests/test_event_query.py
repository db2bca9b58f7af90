"""Page statements: built from one shared column list, each with its own filters and order."""

from __future__ import annotations

from sqlalchemy.dialects import sqlite

from app.schemas.event import EventFilter, EventSort
from app.services.event_query import READ_COLUMNS, phase_query, select_columns


def _sql(stmt: object) -> str:
    return str(stmt.compile(dialect=sqlite.dialect()))  # type: ignore[attr-defined]


def test_pages_derive_their_statements_from_one_shared_select() -> None:
    syria = phase_query(EventFilter(country=["SY"]), EventSort("-event_date"), 51, None, False)
    killed = phase_query(EventFilter(min_killed=10), EventSort("killed"), 11, None, True)

    shared = select_columns(tuple(READ_COLUMNS))
    assert shared is select_columns(tuple(READ_COLUMNS))
    assert "WHERE" not in _sql(shared)  # deriving a page's statement leaves it untouched
    assert [c.name for c in syria.selected_columns] == [c.name for c in READ_COLUMNS]
    assert "WHERE event.country_code IN (__[POSTCOMPILE_country_code_1]) AND " in _sql(syria)
    assert _sql(syria).endswith("ORDER BY event.event_date DESC, event.id DESC\n LIMIT ? OFFSET ?")
    assert "event.killed >= ? AND event.killed IS NULL ORDER BY event.id ASC" in _sql(killed)
    assert "country_code" not in _sql(killed).split("WHERE")[1]


def test_updated_at_sort_also_reads_updated_at() -> None:
    stmt = phase_query(EventFilter(), EventSort("updated_at"), 51, None, False)

    names = [c.name for c in stmt.selected_columns]
    assert names == [*(c.name for c in READ_COLUMNS), "updated_at"]
    assert "updated_at" not in [
        c.name for c in select_columns(tuple(READ_COLUMNS)).selected_columns
    ]
