"""Article request and response shapes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from app.models.base import as_utc
from app.schemas.event import EventPublic

EARLIEST_PUBLISHED = datetime(1900, 1, 1, tzinfo=UTC)
# Clocks and time zones differ; a publication date a day or two ahead is plausible, a year is not.
FUTURE_SLACK = timedelta(days=2)


class ArticleCreate(BaseModel):
    """A news article to extract events from."""

    model_config = {"extra": "forbid"}

    text: str = Field(min_length=1, description="The article text (Arabic or English)")
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2048)
    source: str | None = Field(default=None, max_length=200)
    published_at: datetime | date | None = Field(
        default=None,
        description="ISO 8601 date or date-time; relative dates in the text resolve against it. "
        "Defaults to now (UTC).",
    )
    language: Literal["ar", "en"] | None = Field(
        default=None, description="Detected from the script when absent"
    )

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text must not be blank")
        if "\x00" in value:
            raise ValueError("text must not contain NUL characters")
        return value

    @field_validator("title", "url", "source")
    @classmethod
    def _no_nul(cls, value: str | None) -> str | None:
        # PostgreSQL text cannot hold NUL: the insert would fail with a 500.
        if value is not None and "\x00" in value:
            raise ValueError("must not contain NUL characters")
        return value

    @field_validator("published_at", mode="before")
    @classmethod
    def _iso_string(cls, value: object) -> object:
        # Without this a JSON number would be taken as a Unix timestamp (5 -> 1970-01-01).
        if value is not None and not isinstance(value, str | date):
            raise ValueError("published_at must be an ISO 8601 date or date-time string")
        return value

    @field_validator("published_at")
    @classmethod
    def _plausible(cls, value: datetime | date | None) -> datetime | date | None:
        if value is None:
            return None
        try:
            moment = as_utc_datetime(value)
        except OverflowError as exc:  # 0001-01-01T00:00+14:00 has no UTC equivalent
            raise ValueError("published_at must be between 1900-01-01 and today") from exc
        if not EARLIEST_PUBLISHED <= moment <= datetime.now(UTC) + FUTURE_SLACK:
            raise ValueError("published_at must be between 1900-01-01 and today")
        return value


def as_utc_datetime(value: datetime | date) -> datetime:
    """Return a timezone-aware UTC datetime; dates become midnight, naive times are UTC."""
    if not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    return as_utc(value)


class ArticlePublic(BaseModel):
    """A stored article without its text (lists)."""

    id: int
    url: str | None
    title: str | None
    source: str | None
    language: str
    published_at: datetime
    content_hash: str
    created_at: datetime


class ArticleWithEvents(ArticlePublic):
    """A stored article with its text and events."""

    text: str
    events: list[EventPublic]
    warnings: list[str] = Field(default_factory=list)
