"""Fresh databases for the tests, the benchmarks and the load scripts, built as production
builds them: from the Alembic migrations."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import text

from app.db.engine import make_engine

ROOT = Path(__file__).resolve().parent.parent


def migrate(url: str) -> None:
    """Bring the database at ``url`` to the newest migration."""
    config = Config(str(ROOT / "alembic.ini"))
    config.attributes["url"] = url
    command.upgrade(config, "head")


def empty_postgres(url: str) -> None:
    """Drop everything in PostgreSQL's public schema (tables, types, Alembic's version)."""
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
