"""/v1/events and /v1/stats: filtered queries, exports, the deletion feed and aggregations."""

from __future__ import annotations

from typing import Annotated

import orjson
from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel
from sqlalchemy import Engine

from app.api.deps import SessionDep
from app.api.query_model import parse_query
from app.db.session import get_engine, read
from app.errors import UnprocessableInput
from app.schemas.common import MAX_INT, Page, UtcDateTime
from app.schemas.event import (
    EventDeleted,
    EventPublic,
    EventQuery,
    ExportFormat,
    StatsPublic,
    StatsQuery,
)
from app.services import export_csv, export_geojson
from app.services.events import event_to_dict, get_event, list_events
from app.services.stats import stats
from app.services.tombstones import deleted_since

router = APIRouter(prefix="/v1", tags=["events"])
# The filters and options of each operation, validated in one step (see app.api.query_model).
EventQueryDep = Annotated[EventQuery, Depends(parse_query(EventQuery))]
StatsQueryDep = Annotated[StatsQuery, Depends(parse_query(StatsQuery))]
# What the OpenAPI document lists as each operation's query parameters (app.api.openapi).
QUERY_MODELS: dict[tuple[str, str], type[BaseModel]] = {
    ("get", "/v1/events"): EventQuery,
    ("get", "/v1/stats"): StatsQuery,
}
Limit = Annotated[int, Query(ge=1, le=1000, description="Page size (1–1000)")]
Cursor = Annotated[
    str | None, Query(max_length=500, description="`next_cursor` of the previous page")
]


@router.get(
    "/events",
    summary="Query events (a JSON page, or a streamed CSV / GeoJSON export)",
    response_model=Page[EventPublic],
    responses={200: {"content": {"text/csv": {}, "application/geo+json": {}}}},
)
async def query_events(request: Request, q: EventQueryDep) -> Response:
    """Filter and sort events; missing values sort last in both directions.

    `format=csv|geojson` streams every match in `sort` order (ACLED-compatible CSV columns);
    `limit` and `cursor` apply to JSON pages.
    """
    engine = get_engine(request)
    if q.format is ExportFormat.json:
        return Response(await events_page(engine, q), media_type="application/json")
    if q.format is ExportFormat.csv:
        headers = {"Content-Disposition": 'attachment; filename="events.csv"'}
        lines = export_csv.stream_csv(engine, q.filters(), q.sort)
        return StreamingResponse(lines, media_type="text/csv", headers=headers)
    features = export_geojson.stream_geojson(engine, q.filters(), q.sort)
    return StreamingResponse(features, media_type="application/geo+json")


@router.get("/events/deleted", summary="Ids of events deleted since a time (sync feed)")
def deleted_events(
    session: SessionDep,
    since: Annotated[UtcDateTime | None, Query(description="ISO 8601; omit for all")] = None,
    limit: Limit = 1000,
    cursor: Cursor = None,
) -> Page[EventDeleted]:
    """Tombstones, oldest first: with `updated_since` on `/v1/events` a client can mirror the data."""
    return deleted_since(session, since, limit, cursor)


@router.get("/events/{event_id}", summary="One event")
def read_event(
    event_id: Annotated[int, Path(ge=1, le=MAX_INT)], session: SessionDep
) -> EventPublic:
    """Return one event with its evidence."""
    return EventPublic.model_validate(event_to_dict(get_event(session, event_id)))


@router.get(
    "/stats",
    summary="Event counts and casualty sums per group",
    tags=["stats"],
    response_model=StatsPublic,
    response_model_exclude_unset=True,
)
async def read_stats(request: Request, q: StatsQueryDep) -> Response:
    """Group the filtered events by one or two dimensions (e.g. `country` and `month`)."""
    return Response(await stats_body(get_engine(request), q), media_type="application/json")


# The JSON bodies of the two operations, shared with app.api.fast_reads, which serves valid
# requests for them without the framework's routing. Rows come out of the services already in
# the documented shape: they are serialised once, not validated again.


async def events_page(engine: Engine, q: EventQuery) -> bytes:
    """One JSON page of ``/v1/events``."""
    return orjson.dumps(await read(engine, list_events, q.filters(), q.sort, q.limit, q.cursor))


async def stats_body(engine: Engine, q: StatsQuery) -> bytes:
    """The JSON body of ``/v1/stats``; UnprocessableInput for a wrong number of dimensions."""
    groups = q.group_by
    if not 1 <= len(groups) <= 2 or len(set(groups)) != len(groups):
        raise UnprocessableInput("group_by takes one or two distinct dimensions.")
    return orjson.dumps(await read(engine, stats, q.filters(), groups))
