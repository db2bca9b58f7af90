"""rollups by day, year, country and month, actor, admin1, country and day, country and actor

Revision ID: 5b1e0c7d2a94
Revises: 31caf4bcb6bb
Create Date: 2026-11-29 05:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '5b1e0c7d2a94'
down_revision: str | None = '31caf4bcb6bb'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LENGTHS = {
    'day': 10, 'week': 10, 'month': 7, 'year': 4, 'country_code': 2, 'event_type': 64,
    'sub_event_type': 64, 'actor_name': 200, 'admin1': 200,
}
# table: key columns, then columns derived from the key (a day's week).
TABLES = {
    'event_day_rollup': (['day'], ['week']),
    'event_year_rollup': (['year', 'country_code', 'event_type', 'sub_event_type'], []),
    'event_country_month_rollup': (['country_code', 'month'], []),
    'event_actor_rollup': (['actor_name', 'year'], []),
    'event_admin1_rollup': (['admin1', 'month', 'country_code'], []),
    'event_country_day_rollup': (['country_code', 'day'], ['week']),
    'event_country_actor_rollup': (['country_code', 'year', 'actor_name'], []),
}


def _sources() -> dict[str, str]:
    # Each column's value from an event row, as text, '' when missing; a week is its Monday.
    if op.get_bind().dialect.name == 'postgresql':
        times = {
            'day': "to_char(event_date, 'YYYY-MM-DD')",
            'week': "to_char(date_trunc('week', event_date), 'YYYY-MM-DD')",
            'month': "to_char(event_date, 'YYYY-MM')",
            'year': "to_char(event_date, 'YYYY')",
        }
    else:
        times = {
            'day': "strftime('%Y-%m-%d', event_date)",
            'week': "date(event_date, 'weekday 0', '-6 days')",
            'month': "strftime('%Y-%m', event_date)",
            'year': "strftime('%Y', event_date)",
        }
    plain = {n: n for n in LENGTHS if n not in times}
    return {n: f"coalesce({expr}, '')" for n, expr in (times | plain).items()}


def upgrade() -> None:
    sources = _sources()
    for name, (keys, derived) in TABLES.items():
        op.create_table(
            name,
            *(sa.Column(c, sa.String(length=LENGTHS[c]), nullable=False) for c in keys + derived),
            *(sa.Column(c, sa.Integer(), nullable=False) for c in ('events', 'killed', 'wounded')),
            sa.PrimaryKeyConstraint(*keys, name=op.f(f'pk_{name}')),
            sqlite_with_rowid=False,
        )
        # Existing events enter the rollup once; from here on the service keeps it in step.
        columns = keys + derived
        selected = [sources[c] for c in keys] + [f"min({sources[c]})" for c in derived]
        op.execute(
            f"INSERT INTO {name} ({', '.join(columns)}, events, killed, wounded) "
            f"SELECT {', '.join(selected)}, count(*), coalesce(sum(killed), 0), "
            f"coalesce(sum(wounded), 0) FROM event "
            f"GROUP BY {', '.join(str(i + 1) for i in range(len(keys)))}"
        )


def downgrade() -> None:
    for name in reversed(TABLES):
        op.drop_table(name)
