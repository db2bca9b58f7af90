"""each event's one-degree grid cell, indexed: a box reads its own cells, not its latitude band

Revision ID: 8d3e5f7a9b21
Revises: 6c2d8e4f1a37
Create Date: 2026-11-29 16:40:00.000000

(latitude, longitude, event_date, id) served a box through its latitude range only: a 10-degree
box holding 685 of 1M events read the ~100,000 index entries of its band, twice (the density
probe, then the page). ``geo_cell`` numbers the one-degree cell of each event with coordinates
(row from the latitude, column from the longitude, as app/services/geo_cell.py computes it for
new events), and (geo_cell, latitude, longitude, event_date, id) lets a box probe only its
cells. It replaces the coordinate index.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '8d3e5f7a9b21'
down_revision: str | None = '6c2d8e4f1a37'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD = ('ix_event_latitude_longitude_event_date_id', ['latitude', 'longitude', 'event_date', 'id'])
NEW = ('ix_event_geo_cell', ['geo_cell', 'latitude', 'longitude', 'event_date', 'id'])


def _cell_sql(dialect: str) -> str:
    # floor(), the poles and 180 degrees joining the last row and column, as geo_cell.cell()
    # does: SQLite's CAST truncates (the same as floor for these non-negative sums), and
    # PostgreSQL's rounds, hence its floor().
    part = (
        'least(floor({} + {})::integer, {})'
        if dialect == 'postgresql'
        else 'min(CAST({} + {} AS INTEGER), {})'
    )
    return f"{part.format('latitude', 90, 179)} * 360 + {part.format('longitude', 180, 359)}"


def upgrade() -> None:
    op.add_column('event', sa.Column('geo_cell', sa.Integer(), nullable=True))
    cell = _cell_sql(op.get_bind().dialect.name)
    op.execute(
        f'UPDATE event SET geo_cell = {cell} '
        # Only points a box can hold: NaN and out-of-range values keep no cell (as in cell()).
        'WHERE latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180'
    )
    op.create_index(NEW[0], 'event', NEW[1], unique=False)
    op.drop_index(OLD[0], table_name='event')


def downgrade() -> None:
    op.create_index(OLD[0], 'event', OLD[1], unique=False)
    op.drop_index(NEW[0], table_name='event')
    with op.batch_alter_table('event') as batch:
        batch.drop_column('geo_cell')
