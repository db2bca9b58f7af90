"""the coordinate index carries event_date and id: a box's page reads its rows only

Revision ID: 3f7b2c9d5e10
Revises: 9e4a61c0b2d8
Create Date: 2026-11-29 10:00:00.000000

A box holding few events is fetched through the coordinate index and sorted. With
(latitude, longitude) alone every match was read from the table to be sorted (685 table reads,
63 ms cold, for a 10-degree box at 1M events); with event_date and id in the index the page's
ids are chosen from the index and only those rows are read.
"""

from collections.abc import Sequence

from alembic import op


revision: str = '3f7b2c9d5e10'
down_revision: str | None = '9e4a61c0b2d8'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD = ('ix_event_latitude_longitude', ['latitude', 'longitude'])
NEW = ('ix_event_latitude_longitude_event_date_id', ['latitude', 'longitude', 'event_date', 'id'])


def upgrade() -> None:
    op.create_index(NEW[0], 'event', NEW[1], unique=False)
    op.drop_index(OLD[0], table_name='event')


def downgrade() -> None:
    op.create_index(OLD[0], 'event', OLD[1], unique=False)
    op.drop_index(NEW[0], table_name='event')
