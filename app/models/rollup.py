"""The ``event_rollup`` table: event counts and casualty sums per month, country and type.

Kept in step with ``event`` by the service that writes events (same transaction), so the
common statistics (per country, type and month or year, over whole months) read a few thousand
rows instead of scanning every event. Missing values are stored as '' (part of the key).
"""

from sqlmodel import Field, SQLModel


class EventRollup(SQLModel, table=True):
    """Totals for one (month, country, event type, sub-event type)."""

    __tablename__ = "event_rollup"

    month: str = Field(primary_key=True, max_length=7)  # 'YYYY-MM', '' when undated
    country_code: str = Field(primary_key=True, max_length=2)
    event_type: str = Field(primary_key=True, max_length=64)
    sub_event_type: str = Field(primary_key=True, max_length=64)
    events: int = 0
    killed: int = 0
    wounded: int = 0
