"""a rollup keyed by source language, month, country, type and sub-type

Revision ID: 6c2d8e4f1a37
Revises: 3f7b2c9d5e10
Create Date: 2026-11-29 12:30:00.000000

Statistics filtered by the article language (``language=ar``) scanned every event of that
language: 4.4 s for a monthly series at 1M events on SQLite. This table answers them at month
grain, like ``event_rollup`` with the language as the first key.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '6c2d8e4f1a37'
down_revision: str | None = '3f7b2c9d5e10'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = 'event_language_rollup'
LENGTHS = {'language': 8, 'month': 7, 'country_code': 2, 'event_type': 64, 'sub_event_type': 64}


def upgrade() -> None:
    keys = list(LENGTHS)
    op.create_table(
        NAME,
        *(sa.Column(c, sa.String(length=n), nullable=False) for c, n in LENGTHS.items()),
        *(sa.Column(c, sa.Integer(), nullable=False) for c in ('events', 'killed', 'wounded')),
        sa.PrimaryKeyConstraint(*keys, name=op.f(f'pk_{NAME}')),
        sqlite_with_rowid=False,
    )
    month = (
        "to_char(event_date, 'YYYY-MM')"
        if op.get_bind().dialect.name == 'postgresql'
        else "strftime('%Y-%m', event_date)"
    )
    sources = {c: f"coalesce({month if c == 'month' else c}, '')" for c in keys}
    # Existing events enter the rollup once; from here on the service keeps it in step.
    op.execute(
        f"INSERT INTO {NAME} ({', '.join(keys)}, events, killed, wounded) "
        f"SELECT {', '.join(sources.values())}, count(*), coalesce(sum(killed), 0), "
        f"coalesce(sum(wounded), 0) FROM event "
        f"GROUP BY {', '.join(str(i + 1) for i in range(len(keys)))}"
    )


def downgrade() -> None:
    op.drop_table(NAME)
