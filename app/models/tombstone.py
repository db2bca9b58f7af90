"""The ``event_tombstone`` table: ids of deleted events, so clients can sync deletions."""

from datetime import datetime

from sqlalchemy import Column, Index
from sqlmodel import Field, SQLModel

from app.models.base import UTCDateTime, utcnow


class EventTombstone(SQLModel, table=True):
    """One deleted event: its id, its article and when it was deleted."""

    __tablename__ = "event_tombstone"
    __table_args__ = (Index("ix_event_tombstone_deleted_at_event_id", "deleted_at", "event_id"),)

    event_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    article_id: int
    deleted_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )
