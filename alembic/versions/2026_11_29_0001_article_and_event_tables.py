"""article and event tables

Revision ID: e96dcb55d380
Revises: (none)
Create Date: 2026-11-29 02:14:17.306027
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = 'e96dcb55d380'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('article',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('url', sa.String(length=2048), nullable=True),
    sa.Column('title', sa.String(length=1000), nullable=True),
    sa.Column('source', sa.String(length=200), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_article')),
    sa.UniqueConstraint('content_hash', name=op.f('uq_article_content_hash')),
    sa.UniqueConstraint('url', name=op.f('uq_article_url'))
    )
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_language'), ['language'], unique=False)

    op.create_table('event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('event_type', sa.String(length=64), nullable=False),
    sa.Column('sub_event_type', sa.String(length=64), nullable=True),
    sa.Column('actor_name', sa.String(length=200), nullable=True),
    sa.Column('actor_text', sa.String(length=500), nullable=True),
    sa.Column('actor_kind', sa.String(length=40), nullable=True),
    sa.Column('actor_search', sa.String(length=800), nullable=True),
    sa.Column('target_name', sa.String(length=200), nullable=True),
    sa.Column('target_text', sa.String(length=500), nullable=True),
    sa.Column('target_kind', sa.String(length=40), nullable=True),
    sa.Column('target_search', sa.String(length=800), nullable=True),
    sa.Column('location_name', sa.String(length=200), nullable=True),
    sa.Column('location_text', sa.String(length=500), nullable=True),
    sa.Column('location_search', sa.String(length=800), nullable=True),
    sa.Column('country_code', sa.String(length=2), nullable=True),
    sa.Column('admin1', sa.String(length=200), nullable=True),
    sa.Column('admin1_code', sa.String(length=10), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('geo_precision', sa.String(length=10), nullable=True),
    sa.Column('event_date', sa.Date(), nullable=True),
    sa.Column('date_precision', sa.String(length=8), nullable=True),
    sa.Column('killed', sa.Integer(), nullable=True),
    sa.Column('killed_low', sa.Integer(), nullable=True),
    sa.Column('killed_high', sa.Integer(), nullable=True),
    sa.Column('killed_qualifier', sa.String(length=16), nullable=True),
    sa.Column('wounded', sa.Integer(), nullable=True),
    sa.Column('wounded_low', sa.Integer(), nullable=True),
    sa.Column('wounded_high', sa.Integer(), nullable=True),
    sa.Column('wounded_qualifier', sa.String(length=16), nullable=True),
    sa.Column('evidence', sa.JSON(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], name=op.f('fk_event_article_id_article'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_article_id'), ['article_id'], unique=False)
        batch_op.create_index('ix_event_country_code_event_date', ['country_code', 'event_date'], unique=False)
        batch_op.create_index('ix_event_event_date_id', ['event_date', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_event_type'), ['event_type'], unique=False)
        batch_op.create_index('ix_event_killed_id', ['killed', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_language'), ['language'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_wounded'), ['wounded'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_wounded'))
        batch_op.drop_index(batch_op.f('ix_event_language'))
        batch_op.drop_index('ix_event_killed_id')
        batch_op.drop_index(batch_op.f('ix_event_event_type'))
        batch_op.drop_index('ix_event_event_date_id')
        batch_op.drop_index('ix_event_country_code_event_date')
        batch_op.drop_index(batch_op.f('ix_event_article_id'))

    op.drop_table('event')
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_language'))

    op.drop_table('article')
