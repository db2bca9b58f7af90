"""event rollup

Revision ID: 31caf4bcb6bb
Revises: 33a9949016f4
Create Date: 2026-11-29 03:24:30.343809
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '31caf4bcb6bb'
down_revision: str | None = '33a9949016f4'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('event_rollup',
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('country_code', sa.String(length=2), nullable=False),
    sa.Column('event_type', sa.String(length=64), nullable=False),
    sa.Column('sub_event_type', sa.String(length=64), nullable=False),
    sa.Column('events', sa.Integer(), nullable=False),
    sa.Column('killed', sa.Integer(), nullable=False),
    sa.Column('wounded', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('month', 'country_code', 'event_type', 'sub_event_type', name=op.f('pk_event_rollup'))
    )
    # Existing events enter the rollup once; from here on the service keeps it in step.
    month = (
        "to_char(event_date, 'YYYY-MM')"
        if op.get_bind().dialect.name == "postgresql"
        else "strftime('%Y-%m', event_date)"
    )
    op.execute(
        "INSERT INTO event_rollup (month, country_code, event_type, sub_event_type, events, "
        f"killed, wounded) SELECT coalesce({month}, ''), coalesce(country_code, ''), event_type, "
        "coalesce(sub_event_type, ''), count(*), coalesce(sum(killed), 0), "
        "coalesce(sum(wounded), 0) FROM event GROUP BY 1, 2, 3, 4"
    )


def downgrade() -> None:
    op.drop_table('event_rollup')
