"""event updated_at, tombstones, admin1 sub_event_type bbox indexes

Revision ID: ac3d8dde100a
Revises: e96dcb55d380
Create Date: 2026-11-29 02:22:45.094505
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = 'ac3d8dde100a'
down_revision: str | None = 'e96dcb55d380'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('event_tombstone',
    sa.Column('event_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('event_id', name=op.f('pk_event_tombstone'))
    )
    with op.batch_alter_table('event_tombstone', schema=None) as batch_op:
        batch_op.create_index('ix_event_tombstone_deleted_at_event_id', ['deleted_at', 'event_id'], unique=False)

    # Existing events were last changed when they were created.
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE event SET updated_at = created_at")
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.alter_column('updated_at', existing_type=sa.DateTime(timezone=True), nullable=False)
        batch_op.create_index(batch_op.f('ix_event_admin1'), ['admin1'], unique=False)
        batch_op.create_index('ix_event_latitude_longitude', ['latitude', 'longitude'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_sub_event_type'), ['sub_event_type'], unique=False)
        batch_op.create_index('ix_event_updated_at_id', ['updated_at', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index('ix_event_updated_at_id')
        batch_op.drop_index(batch_op.f('ix_event_sub_event_type'))
        batch_op.drop_index('ix_event_latitude_longitude')
        batch_op.drop_index(batch_op.f('ix_event_admin1'))
        batch_op.drop_column('updated_at')

    with op.batch_alter_table('event_tombstone', schema=None) as batch_op:
        batch_op.drop_index('ix_event_tombstone_deleted_at_event_id')

    op.drop_table('event_tombstone')
