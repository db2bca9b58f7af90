"""The session dependency: the only place that commits or rolls back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from fastapi import Request
from sqlalchemy import Engine
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool

T = TypeVar("T")


def get_engine(request: Request) -> Engine:
    """Return the engine the app opened at startup."""
    engine: Engine = request.app.state.engine
    return engine


def get_session(request: Request) -> Iterator[Session]:
    """Yield a session for one request; commit if the handler succeeded, else roll back."""
    with Session(get_engine(request), expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


async def read(engine: Engine, work: Callable[..., T], *args: Any) -> T:
    """Run ``work(connection, *args)`` in the thread pool on a connection of its own.

    For read-only handlers: one hop to the thread pool per request, where a session dependency
    and a plain ``def`` handler take three (enter, handler, exit), each costing more than a
    page's SQL on a busy machine. Nothing is written, so the connection just closes (rollback).
    """

    # PostgreSQL reads in autocommit: no BEGIN and ROLLBACK round trips around them (read
    # committed statements see their own snapshot either way). sqlite3 begins no transaction
    # for a SELECT, and switching modes there costs a PRAGMA per request.
    autocommit = engine.dialect.name != "sqlite"

    def run() -> T:
        with engine.connect() as connection:
            if autocommit:
                connection.execution_options(isolation_level="AUTOCOMMIT")
            return work(connection, *args)

    return await run_in_threadpool(run)
