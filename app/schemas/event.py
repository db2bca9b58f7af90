"""Event response shapes and the typed filter/sort query models."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints, field_validator

from app.schemas.common import MAX_INT, UtcDateTime


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
    updated_at_desc = "-updated_at"
    updated_at_asc = "updated_at"


CountryCode = Annotated[str, StringConstraints(pattern="^[A-Za-z]{2}$")]
BBox = tuple[float, float, float, float]


class EventFilter(BaseModel):
    """Filters shared by event lists, exports and statistics (all combine with AND)."""

    country: list[CountryCode] = Field(
        default_factory=list, description="ISO 3166-1 alpha-2 code; repeat for several countries"
    )
    admin1: str | None = Field(
        default=None,
        max_length=200,
        description="First-level subdivision: English name or ISO 3166-2 code",
    )
    location: str | None = Field(
        default=None,
        max_length=200,
        description="Substring of the place name or the article's words for it",
    )
    actor: str | None = Field(
        default=None,
        max_length=200,
        description="Substring of the actor's canonical name or the article's words; "
        "case and diacritics ignored (`shabaab`, `الشباب`)",
    )
    target: str | None = Field(
        default=None, max_length=200, description="Like `actor`, for the target"
    )
    event_type: str | None = Field(default=None, max_length=64, examples=["Battles"])
    sub_event_type: str | None = Field(default=None, max_length=64, examples=["Air/drone strike"])
    date_from: date | None = Field(default=None, description="Inclusive, on event_date")
    date_to: date | None = Field(default=None, description="Inclusive, on event_date")
    min_killed: int | None = Field(default=None, ge=0, le=MAX_INT)
    max_killed: int | None = Field(default=None, ge=0, le=MAX_INT)
    min_wounded: int | None = Field(default=None, ge=0, le=MAX_INT)
    language: Literal["ar", "en"] | None = None
    article_id: int | None = Field(default=None, ge=1, le=MAX_INT)
    bbox: str | None = Field(
        default=None,
        description="min_lon,min_lat,max_lon,max_lat (inclusive); events without coordinates never match",
        examples=["9.3,19.5,25.2,33.2"],
    )
    updated_since: UtcDateTime | None = Field(
        default=None, description="Only events created or changed after this time (ISO 8601)"
    )

    @field_validator("admin1", "location", "actor", "target", "event_type", "sub_event_type")
    @classmethod
    def _no_nul(cls, value: str | None) -> str | None:
        # PostgreSQL text cannot hold NUL: the query would fail with a 500.
        if value is not None and "\x00" in value:
            raise ValueError("must not contain NUL characters")
        return value

    @field_validator("bbox")
    @classmethod
    def _valid_bbox(cls, value: str | None) -> str | None:
        if value is not None:
            parse_bbox(value)
        return value

    @property
    def box(self) -> BBox | None:
        """The bounding box as numbers."""
        return parse_bbox(self.bbox) if self.bbox is not None else None

    def filters(self) -> EventFilter:
        """Just the filters (of a query model that adds options), without validating again."""
        return EventFilter.model_construct(**{k: getattr(self, k) for k in FILTER_FIELDS})


FILTER_FIELDS = tuple(EventFilter.model_fields)


def parse_bbox(value: str) -> BBox:
    """Parse ``min_lon,min_lat,max_lon,max_lat``; raise ValueError when it is not a valid box."""
    parts = value.split(",")
    if len(parts) != 4:
        raise ValueError("bbox needs four comma-separated numbers")
    min_lon, min_lat, max_lon, max_lat = (float(p) for p in parts)
    if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise ValueError("bbox must be min_lon,min_lat,max_lon,max_lat within -180..180, -90..90")
    return min_lon, min_lat, max_lon, max_lat


class ExportFormat(StrEnum):
    """Response formats for event lists."""

    json = "json"
    csv = "csv"
    geojson = "geojson"


class EventQuery(EventFilter):
    """The query string of ``GET /v1/events``: the filters, then order, paging and format."""

    sort: EventSort = EventSort.event_date_desc
    limit: int = Field(default=50, ge=1, le=1000, description="Page size (1–1000)")
    cursor: str | None = Field(
        default=None, max_length=500, description="`next_cursor` of the previous page"
    )
    format: ExportFormat = ExportFormat.json


class StatsGroup(StrEnum):
    """What statistics can be grouped by."""

    country = "country"
    admin1 = "admin1"
    event_type = "event_type"
    sub_event_type = "sub_event_type"
    actor = "actor"
    day = "day"
    week = "week"
    month = "month"
    year = "year"


class StatsQuery(EventFilter):
    """The query string of ``GET /v1/stats``: the filters, then the dimensions."""

    group_by: list[StatsGroup] = Field(
        default=[StatsGroup.country],
        description="One or two of the dimensions; repeat the parameter",
    )


class StatsRow(BaseModel):
    """Totals for one group; only the grouped keys are present (week = its Monday)."""

    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    day: str | None = None
    week: str | None = None
    month: str | None = None
    year: str | None = None
    events: int
    killed: int
    wounded: int


class StatsPublic(BaseModel):
    """Grouped totals over the filtered events, sorted by the group keys."""

    group_by: list[StatsGroup]
    items: list[StatsRow]


class EventDeleted(BaseModel):
    """A tombstone: an event that was deleted (with its article) and when."""

    id: int
    article_id: int
    deleted_at: datetime
