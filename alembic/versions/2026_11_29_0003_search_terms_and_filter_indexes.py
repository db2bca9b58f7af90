"""search terms and composite filter indexes

Revision ID: 33a9949016f4
Revises: ac3d8dde100a
Create Date: 2026-11-29 02:47:10.125995
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '33a9949016f4'
down_revision: str | None = 'ac3d8dde100a'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('search_term',
    sa.Column('field', sa.String(length=16), nullable=False),
    sa.Column('term', sa.String(length=800), nullable=False),
    sa.PrimaryKeyConstraint('field', 'term', name=op.f('pk_search_term'))
    )
    for field in ("actor", "target", "location"):
        op.execute(
            f"INSERT INTO search_term (field, term) SELECT DISTINCT '{field}', {field}_search "
            f"FROM event WHERE {field}_search IS NOT NULL"
        )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_admin1'))
        batch_op.drop_index(batch_op.f('ix_event_country_code_event_date'))
        batch_op.drop_index(batch_op.f('ix_event_event_type'))
        batch_op.drop_index(batch_op.f('ix_event_language'))
        batch_op.drop_index(batch_op.f('ix_event_sub_event_type'))
        batch_op.create_index(batch_op.f('ix_event_actor_search'), ['actor_search'], unique=False)
        batch_op.create_index('ix_event_admin1_code_event_date_id', ['admin1_code', 'event_date', 'id'], unique=False)
        batch_op.create_index('ix_event_admin1_event_date_id', ['admin1', 'event_date', 'id'], unique=False)
        batch_op.create_index('ix_event_country_code_event_date_id', ['country_code', 'event_date', 'id'], unique=False)
        batch_op.create_index('ix_event_event_type_event_date_id', ['event_type', 'event_date', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_location_search'), ['location_search'], unique=False)
        batch_op.create_index('ix_event_sub_event_type_event_date_id', ['sub_event_type', 'event_date', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_target_search'), ['target_search'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_target_search'))
        batch_op.drop_index('ix_event_sub_event_type_event_date_id')
        batch_op.drop_index(batch_op.f('ix_event_location_search'))
        batch_op.drop_index('ix_event_event_type_event_date_id')
        batch_op.drop_index('ix_event_country_code_event_date_id')
        batch_op.drop_index('ix_event_admin1_event_date_id')
        batch_op.drop_index('ix_event_admin1_code_event_date_id')
        batch_op.drop_index(batch_op.f('ix_event_actor_search'))
        batch_op.create_index(batch_op.f('ix_event_sub_event_type'), ['sub_event_type'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_language'), ['language'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_event_type'), ['event_type'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_country_code_event_date'), ['country_code', 'event_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_admin1'), ['admin1'], unique=False)

    op.drop_table('search_term')
