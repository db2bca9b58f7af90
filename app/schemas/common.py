"""Shapes shared by several resources."""

from datetime import datetime
from typing import Annotated, Generic, TypeVar

from pydantic import AfterValidator, BaseModel, Field

from app.models.base import as_utc

T = TypeVar("T")

# The largest BIGINT: a bigger integer in a path, filter or cursor overflows SQLite's driver.
MAX_INT = 2**63 - 1


def in_utc(value: datetime) -> datetime:
    """Return ``value`` in UTC; ValueError when the shift leaves years 1-9999 (e.g. 0001-01-01+14:00)."""
    try:
        return as_utc(value)
    except OverflowError as exc:
        raise ValueError("date-time is out of range once converted to UTC") from exc


UtcDateTime = Annotated[datetime, AfterValidator(in_utc)]


class Page(BaseModel, Generic[T]):
    """One page of a keyset-paginated list."""

    items: list[T]
    next_cursor: str | None = Field(
        description="Pass as `cursor` to get the next page; null on the last page."
    )
