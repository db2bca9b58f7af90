"""Event response shapes and the typed filter/sort query models."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field


class ParticipantPublic(BaseModel):
    """An actor or target: canonical name, the article's words, and what kind of party it is."""

    name: str | None = Field(
        description="Canonical English name", examples=["Military Forces of Egypt"]
    )
    text: str | None = Field(
        description="The words as written in the article", examples=["الجيش المصري"]
    )
    kind: str | None = Field(description="state_forces, rebel_group, civilians, ...")


class LocationPublic(BaseModel):
    """Where the event happened."""

    name: str | None = Field(examples=["Derna"])
    text: str | None = Field(examples=["درنة"])
    country_code: str | None = Field(description="ISO 3166-1 alpha-2", examples=["LY"])
    admin1: str | None = Field(description="First-level subdivision (English name)")
    latitude: float | None
    longitude: float | None
    precision: str | None = Field(description="place, admin2, admin1 or country")


class EvidencePublic(BaseModel):
    """The words one field came from: a character span of the article text."""

    field: str
    text: str
    start: int
    end: int


class EventPublic(BaseModel):
    """A stored conflict event."""

    id: int
    article_id: int
    language: str
    event_type: str = Field(examples=["Explosions/Remote violence"])
    sub_event_type: str | None = Field(examples=["Air/drone strike"])
    actor: ParticipantPublic | None
    target: ParticipantPublic | None
    location: LocationPublic | None
    event_date: date | None
    date_precision: str | None = Field(description="day, week, month or year")
    killed: int | None = Field(description="Best estimate; null when the article does not say")
    wounded: int | None = Field(description="Best estimate; null when the article does not say")
    killed_range: CountRange | None = None
    wounded_range: CountRange | None = None
    evidence: list[EvidencePublic]


class CountRange(BaseModel):
    """How a casualty figure was stated: bounds and qualifier ("at_least", "about", ...)."""

    low: int | None
    high: int | None
    qualifier: str | None


EventPublic.model_rebuild()


class EventSort(StrEnum):
    """Sort orders for event lists; a leading ``-`` means descending."""

    event_date_desc = "-event_date"
    event_date_asc = "event_date"
    killed_desc = "-killed"
    killed_asc = "killed"


class EventFilter(BaseModel):
    """Filters for event lists, exports and statistics."""

    model_config = {"extra": "forbid"}

    country: list[str] = Field(default_factory=list, description="ISO 3166-1 alpha-2; repeatable")
    location: str | None = Field(default=None, max_length=200)
    actor: str | None = Field(
        default=None,
        max_length=200,
        description="Substring of the actor's name or words; case and diacritics ignored",
    )
    target: str | None = Field(default=None, max_length=200)
    event_type: str | None = Field(default=None, max_length=64)
    date_from: date | None = None
    date_to: date | None = None
    min_killed: int | None = Field(default=None, ge=0)
    max_killed: int | None = Field(default=None, ge=0)
    min_wounded: int | None = Field(default=None, ge=0)
    language: Literal["ar", "en"] | None = None
    article_id: int | None = Field(default=None, ge=1)


class StatsGroup(StrEnum):
    """What statistics can be grouped by."""

    country = "country"
    event_type = "event_type"
    actor = "actor"
    month = "month"


class StatsRow(BaseModel):
    """Totals for one group."""

    key: str | None = Field(description="The group's value (null groups events without one)")
    events: int
    killed: int
    wounded: int


class StatsPublic(BaseModel):
    """Grouped totals over the filtered events."""

    group_by: StatsGroup
    items: list[StatsRow]
