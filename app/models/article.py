"""The ``article`` table: one posted news text."""

from datetime import datetime

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

from app.models.base import UTCDateTime, utcnow


class Article(SQLModel, table=True):
    """A news article as posted, with the hash that makes re-posting idempotent."""

    id: int | None = Field(default=None, primary_key=True)
    url: str | None = Field(default=None, max_length=2048, unique=True)
    title: str | None = Field(default=None, max_length=1000)
    source: str | None = Field(default=None, max_length=200)
    language: str = Field(max_length=8, index=True)
    published_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    text: str = Field(sa_column=Column(Text, nullable=False))
    content_hash: str = Field(max_length=64, unique=True)
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )
