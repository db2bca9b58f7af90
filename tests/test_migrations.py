"""Migrations: the models match them, they upgrade data in place, and they reverse cleanly."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

from app.db.engine import make_engine
from app.schemas.event import EventFilter
from app.services.rollup import ROLLUPS, query
from app.services.stats import stats_query
from tests.conftest import ROOT


def config(url: str) -> Config:
    cfg = Config(str(ROOT / "alembic.ini"))
    cfg.attributes["url"] = url
    return cfg


def test_models_and_migrations_describe_the_same_schema(sqlite_template: Path) -> None:
    engine = make_engine(f"sqlite:///{sqlite_template}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []


def test_search_terms_are_backfilled_from_existing_events(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    command.upgrade(config(url), "ac3d8dde100a")
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO article (id, language, published_at, text, content_hash, created_at) "
            "VALUES (1, 'en', '2024-01-01', 'x', 'h', '2024-01-01')"
        ))  # fmt: skip
        conn.execute(text(
            "INSERT INTO event (article_id, language, event_type, actor_search, location_search, "
            "created_at, updated_at, evidence) VALUES (1, 'en', 'Battles', 'al shabaab', "
            "'mogadishu', '2024-01-01', '2024-01-01', '[]')"
        ))  # fmt: skip
    command.upgrade(config(url), "head")
    with engine.connect() as conn:
        terms = conn.execute(text("SELECT field, term FROM search_term ORDER BY field")).all()
    assert [tuple(t) for t in terms] == [("actor", "al shabaab"), ("location", "mogadishu")]


def test_downgrade_to_base_removes_every_table(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'round.db'}"
    command.upgrade(config(url), "head")
    command.downgrade(config(url), "base")
    with make_engine(url).connect() as conn:
        tables = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars()
        assert set(tables) == {"alembic_version"}


def test_rollups_are_backfilled_from_existing_events(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'before_rollups.db'}"
    command.upgrade(config(url), "33a9949016f4")  # before the first rollup
    engine = make_engine(url)
    events = [  # country, admin1, actor, day (a Sunday and its Monday), killed
        ("SO", "Banaadir", "Al-Shabaab", "2024-02-11", 3),
        ("SO", "Banaadir", "Al-Shabaab", "2024-02-12", None),
        ("LY", None, None, "2023-12-31", 5),
        (None, None, "Gunmen", None, 1),
    ]
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO article (id, language, published_at, text, content_hash, created_at) "
            "VALUES (1, 'en', '2024-01-01', 'x', 'h', '2024-01-01')"
        ))  # fmt: skip
        for country, admin1, actor, day, killed in events:
            conn.execute(
                text(
                    "INSERT INTO event (article_id, language, event_type, country_code, admin1, "
                    "actor_name, event_date, killed, created_at, updated_at, evidence) VALUES "
                    "(1, 'en', 'Battles', :c, :a, :n, :d, :k, '2024-01-01', '2024-01-01', '[]')"
                ),
                {"c": country, "a": admin1, "n": actor, "d": day, "k": killed},
            )
    command.upgrade(config(url), "head")
    with engine.connect() as conn:
        weeks = conn.execute(text("SELECT day, week, events FROM event_day_rollup ORDER BY day"))
        assert [tuple(w) for w in weeks] == [
            ("", "", 1),
            ("2023-12-31", "2023-12-25", 1),
            ("2024-02-11", "2024-02-05", 1),
            ("2024-02-12", "2024-02-12", 1),
        ]
        for rollup in ROLLUPS:
            for group in sorted(rollup.groups()):
                f = EventFilter()
                served = conn.execute(query(rollup, f, [group])).all()
                scanned = conn.execute(stats_query(f, [group], "sqlite")).all()
                assert served == scanned, (rollup.table.__tablename__, group)
