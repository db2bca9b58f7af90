"""SQLModel tables; importing this package registers every table on the metadata."""

from app.models.article import Article
from app.models.event import Event
from app.models.rollup import (
    EventActorRollup,
    EventAdmin1Rollup,
    EventCountryActorRollup,
    EventCountryDayRollup,
    EventCountryMonthRollup,
    EventDayRollup,
    EventLanguageRollup,
    EventRollup,
    EventYearRollup,
)
from app.models.search_term import SearchTerm
from app.models.tombstone import EventTombstone

__all__ = [
    "Article",
    "Event",
    "EventActorRollup",
    "EventAdmin1Rollup",
    "EventCountryActorRollup",
    "EventCountryDayRollup",
    "EventCountryMonthRollup",
    "EventDayRollup",
    "EventLanguageRollup",
    "EventRollup",
    "EventTombstone",
    "EventYearRollup",
    "SearchTerm",
]
