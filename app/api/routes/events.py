"""/v1/events and /v1/stats: filtered queries, exports and aggregations."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import StringConstraints

from app.api.deps import SessionDep
from app.db.session import get_engine
from app.schemas.common import Page
from app.schemas.event import EventFilter, EventPublic, EventSort, StatsGroup, StatsPublic
from app.services import export
from app.services.events import get_event, list_events, to_public
from app.services.stats import stats

router = APIRouter(prefix="/v1", tags=["events"])
CountryCode = Annotated[str, StringConstraints(pattern="^[A-Za-z]{2}$")]


class ExportFormat(StrEnum):
    """Response formats for event lists."""

    json = "json"
    csv = "csv"
    geojson = "geojson"


def event_filter(
    country: Annotated[list[CountryCode], Query(description="ISO 3166-1 alpha-2; repeatable")] = [],  # noqa: B006
    location: Annotated[str | None, Query(max_length=200)] = None,
    actor: Annotated[
        str | None,
        Query(
            max_length=200,
            description="Substring of actor name or words, e.g. `shabaab` or `الشباب`",
        ),
    ] = None,
    target: Annotated[str | None, Query(max_length=200)] = None,
    event_type: Annotated[str | None, Query(max_length=64, examples=["Battles"])] = None,
    date_from: Annotated[date | None, Query(description="Inclusive, on event_date")] = None,
    date_to: Annotated[date | None, Query(description="Inclusive, on event_date")] = None,
    min_killed: Annotated[int | None, Query(ge=0)] = None,
    max_killed: Annotated[int | None, Query(ge=0)] = None,
    min_wounded: Annotated[int | None, Query(ge=0)] = None,
    language: Literal["ar", "en"] | None = None,
    article_id: Annotated[int | None, Query(ge=1)] = None,
) -> EventFilter:
    """Collect the event filters from the query string."""
    return EventFilter(
        country=country, location=location, actor=actor, target=target, event_type=event_type,
        date_from=date_from, date_to=date_to, min_killed=min_killed, max_killed=max_killed,
        min_wounded=min_wounded, language=language, article_id=article_id,
    )  # fmt: skip


FilterDep = Annotated[EventFilter, Depends(event_filter)]


@router.get(
    "/events",
    summary="Query events (JSON page, or a CSV / GeoJSON export)",
    response_model=Page[EventPublic],
    responses={200: {"content": {"text/csv": {}, "application/geo+json": {}}}},
)
def query_events(
    request: Request,
    session: SessionDep,
    f: FilterDep,
    sort: EventSort = EventSort.event_date_desc,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
    format: ExportFormat = ExportFormat.json,
) -> Page[EventPublic] | StreamingResponse:
    """Filter and sort events.

    `format=csv|geojson` streams every match in `sort` order; `limit` and `cursor` apply to JSON.
    """
    if format is ExportFormat.json:
        return list_events(session, f, sort, limit, cursor)
    events = export.iter_events(get_engine(request), f, sort)
    if format is ExportFormat.csv:
        headers = {"Content-Disposition": 'attachment; filename="events.csv"'}
        return StreamingResponse(export.stream_csv(events), media_type="text/csv", headers=headers)
    return StreamingResponse(export.stream_geojson(events), media_type="application/geo+json")


@router.get("/events/{event_id}", summary="One event")
def read_event(event_id: int, session: SessionDep) -> EventPublic:
    """Return one event with its evidence."""
    return to_public(get_event(session, event_id))


@router.get("/stats", summary="Counts and casualty sums per group", tags=["stats"])
def read_stats(
    session: SessionDep, f: FilterDep, group_by: StatsGroup = StatsGroup.country
) -> StatsPublic:
    """Group the filtered events by country, event type, actor or month."""
    return stats(session, f, group_by)
