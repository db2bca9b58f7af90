"""Rollup tables: event counts and casualty sums per a few dimensions.

Kept in step with ``event`` by the service that writes events (same transaction), so common
statistics read thousands of rows instead of scanning every event. Each table is one grain: a
day or a month or a year of time, with the dimensions analysts group that grain by (a day table
keyed by type and actor would hold about one row per event). Missing values are stored as ''
(part of the key).
"""

from sqlmodel import Field, SQLModel

# SQLite stores these tables in primary-key order (no separate rowid table), so statistics
# grouped by a key prefix read the rows in group order instead of sorting them.
CLUSTERED = {"sqlite_with_rowid": False}


class Totals(SQLModel):
    """The sums every rollup row keeps for its group."""

    events: int = 0
    killed: int = 0
    wounded: int = 0


class EventRollup(Totals, table=True):
    """Totals for one (month, country, event type, sub-event type)."""

    __tablename__ = "event_rollup"

    month: str = Field(primary_key=True, max_length=7)  # 'YYYY-MM', '' when undated
    country_code: str = Field(primary_key=True, max_length=2)
    event_type: str = Field(primary_key=True, max_length=64)
    sub_event_type: str = Field(primary_key=True, max_length=64)


class EventLanguageRollup(Totals, table=True):
    """Per source language, month, country, type and sub-type: ``event_rollup`` by language."""

    __tablename__ = "event_language_rollup"
    __table_args__ = CLUSTERED

    language: str = Field(primary_key=True, max_length=8)
    month: str = Field(primary_key=True, max_length=7)  # 'YYYY-MM', '' when undated
    country_code: str = Field(primary_key=True, max_length=2)
    event_type: str = Field(primary_key=True, max_length=64)
    sub_event_type: str = Field(primary_key=True, max_length=64)


class EventDayRollup(Totals, table=True):
    """Totals for one day, all countries: daily and weekly series over any day range."""

    __tablename__ = "event_day_rollup"
    __table_args__ = CLUSTERED

    day: str = Field(primary_key=True, max_length=10)  # 'YYYY-MM-DD', '' when undated
    week: str = Field(max_length=10)  # the day's Monday, 'YYYY-MM-DD' ('' when undated)


class EventYearRollup(Totals, table=True):
    """Totals for one (year, country, event type, sub-event type)."""

    __tablename__ = "event_year_rollup"
    __table_args__ = CLUSTERED

    year: str = Field(primary_key=True, max_length=4)  # 'YYYY', '' when undated
    country_code: str = Field(primary_key=True, max_length=2)
    event_type: str = Field(primary_key=True, max_length=64)
    sub_event_type: str = Field(primary_key=True, max_length=64)


class EventCountryMonthRollup(Totals, table=True):
    """Totals for one (country, month): country x month tables."""

    __tablename__ = "event_country_month_rollup"
    __table_args__ = CLUSTERED

    country_code: str = Field(primary_key=True, max_length=2)
    month: str = Field(primary_key=True, max_length=7)  # 'YYYY-MM', '' when undated


class EventActorRollup(Totals, table=True):
    """Totals for one (actor, year), all countries."""

    __tablename__ = "event_actor_rollup"
    __table_args__ = CLUSTERED

    actor_name: str = Field(primary_key=True, max_length=200)
    year: str = Field(primary_key=True, max_length=4)  # 'YYYY', '' when undated


class EventAdmin1Rollup(Totals, table=True):
    """Totals for one (first-level subdivision, month, country)."""

    __tablename__ = "event_admin1_rollup"
    __table_args__ = CLUSTERED

    admin1: str = Field(primary_key=True, max_length=200)
    month: str = Field(primary_key=True, max_length=7)  # 'YYYY-MM', '' when undated
    country_code: str = Field(primary_key=True, max_length=2)


class EventCountryDayRollup(Totals, table=True):
    """Totals for one (country, day): a country's daily and weekly series."""

    __tablename__ = "event_country_day_rollup"
    __table_args__ = CLUSTERED

    country_code: str = Field(primary_key=True, max_length=2)
    day: str = Field(primary_key=True, max_length=10)  # 'YYYY-MM-DD', '' when undated
    week: str = Field(max_length=10)  # the day's Monday ('' when undated)


class EventCountryActorRollup(Totals, table=True):
    """Totals for one (country, year, actor): top actors per country and year."""

    __tablename__ = "event_country_actor_rollup"
    __table_args__ = CLUSTERED

    country_code: str = Field(primary_key=True, max_length=2)
    year: str = Field(primary_key=True, max_length=4)  # 'YYYY', '' when undated
    actor_name: str = Field(primary_key=True, max_length=200)
