"""The ``event`` table: one conflict event extracted from an article."""

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Index, Integer
from sqlmodel import Field, SQLModel

from app.models.base import UTCDateTime, utcnow


class Event(SQLModel, table=True):
    """A conflict event: flat columns so every filter and sort is an indexed column."""

    __table_args__ = (
        Index("ix_event_event_date_id", "event_date", "id"),
        # Keyset prefixes followed by what statistics group and sum: index-only stats scans.
        Index(
            "ix_event_killed_id_stats",
            *("killed", "id", "event_date", "wounded", "country_code", "event_type"),
            "sub_event_type",
        ),
        Index(
            "ix_event_country_code_event_date_id_stats",
            *("country_code", "event_date", "id", "event_type", "sub_event_type", "admin1"),
            *("actor_name", "killed", "wounded"),
        ),
        Index("ix_event_event_type_event_date_id", "event_type", "event_date", "id"),
        Index("ix_event_sub_event_type_event_date_id", "sub_event_type", "event_date", "id"),
        Index("ix_event_admin1_event_date_id", "admin1", "event_date", "id"),
        Index("ix_event_admin1_code_event_date_id", "admin1_code", "event_date", "id"),
        Index("ix_event_updated_at_id", "updated_at", "id"),
        # A box probes its grid cells (services/geo_cell.py), and its page ids are sorted from
        # the index alone (event_query.phase_query).
        Index("ix_event_geo_cell", "geo_cell", "latitude", "longitude", "event_date", "id"),
        # A search string's events in date order: a page reads its rows, not all the matches.
        Index("ix_event_actor_search_event_date_id", "actor_search", "event_date", "id"),
        Index("ix_event_target_search_event_date_id", "target_search", "event_date", "id"),
        Index("ix_event_location_search_event_date_id", "location_search", "event_date", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    language: str = Field(max_length=8)
    event_type: str = Field(max_length=64)
    sub_event_type: str | None = Field(default=None, max_length=64)

    actor_name: str | None = Field(default=None, max_length=200)
    actor_text: str | None = Field(default=None, max_length=500)
    actor_kind: str | None = Field(default=None, max_length=40)
    actor_search: str | None = Field(default=None, max_length=800)
    target_name: str | None = Field(default=None, max_length=200)
    target_text: str | None = Field(default=None, max_length=500)
    target_kind: str | None = Field(default=None, max_length=40)
    target_search: str | None = Field(default=None, max_length=800)

    location_name: str | None = Field(default=None, max_length=200)
    location_text: str | None = Field(default=None, max_length=500)
    location_search: str | None = Field(default=None, max_length=800)
    country_code: str | None = Field(default=None, max_length=2)
    admin1: str | None = Field(default=None, max_length=200)
    admin1_code: str | None = Field(default=None, max_length=10)
    latitude: float | None = None
    longitude: float | None = None
    geo_cell: int | None = None  # the one-degree cell of (latitude, longitude): geo_cell.cell()
    geo_precision: str | None = Field(default=None, max_length=10)

    event_date: date | None = None
    date_precision: str | None = Field(default=None, max_length=8)

    killed: int | None = None
    killed_low: int | None = None
    killed_high: int | None = None
    killed_qualifier: str | None = Field(default=None, max_length=16)
    wounded: int | None = Field(default=None, index=True)
    wounded_low: int | None = None
    wounded_high: int | None = None
    wounded_qualifier: str | None = Field(default=None, max_length=16)

    evidence: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )
