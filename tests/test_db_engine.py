"""PostgreSQL pool connections are pinged only after idling, and a dropped one is replaced."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from app.db import engine as engine_module
from app.db.engine import make_engine


@pytest.fixture
def pg_url(database_url: str) -> str:
    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite connections are files: nothing to ping")
    return database_url


def _backend_pid(engine: Any) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())


def test_a_connection_in_steady_use_is_not_pinged(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = make_engine(pg_url, pool_size=1)
    pings: list[object] = []
    monkeypatch.setattr(engine.dialect, "do_ping", lambda conn: pings.append(conn) or True)
    _backend_pid(engine)  # a new connection: pinged once, as it has no idle time yet
    for _ in range(3):
        _backend_pid(engine)
    engine.dispose()
    assert len(pings) == 1


def test_an_idle_connection_dropped_by_the_server_is_replaced_before_use(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = make_engine(pg_url, pool_size=1)
    first = _backend_pid(engine)
    with make_engine(pg_url).connect() as admin:
        admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first})
    monkeypatch.setattr(engine_module, "IDLE_PING_SECONDS", 0.0)
    assert _backend_pid(engine) != first  # no error: the ping found it gone
    engine.dispose()
