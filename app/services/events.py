"""Reading events: pages, single events, and the mapping from rows to API shapes."""

from __future__ import annotations

from sqlmodel import Session

from app.errors import NotFound
from app.models import Event
from app.schemas.common import Page
from app.schemas.event import (
    CountRange,
    EventFilter,
    EventPublic,
    EventSort,
    EvidencePublic,
    LocationPublic,
    ParticipantPublic,
)
from app.services.cursor import encode_cursor
from app.services.event_query import cursor_after, page_query


def _participant(name: str | None, text: str | None, kind: str | None) -> ParticipantPublic | None:
    if name is None and text is None:
        return None
    return ParticipantPublic(name=name, text=text, kind=kind)


def _range(low: int | None, high: int | None, qualifier: str | None) -> CountRange | None:
    if qualifier is None:
        return None
    return CountRange(low=low, high=high, qualifier=qualifier)


def _location(e: Event) -> LocationPublic | None:
    if e.location_name is None and e.location_text is None and e.country_code is None:
        return None
    return LocationPublic(
        name=e.location_name,
        text=e.location_text,
        country_code=e.country_code,
        admin1=e.admin1,
        latitude=e.latitude,
        longitude=e.longitude,
        precision=e.geo_precision,
    )


def to_public(e: Event) -> EventPublic:
    """Map a stored row to the API shape."""
    assert e.id is not None
    return EventPublic(
        id=e.id,
        article_id=e.article_id,
        language=e.language,
        event_type=e.event_type,
        sub_event_type=e.sub_event_type,
        actor=_participant(e.actor_name, e.actor_text, e.actor_kind),
        target=_participant(e.target_name, e.target_text, e.target_kind),
        location=_location(e),
        event_date=e.event_date,
        date_precision=e.date_precision,
        killed=e.killed,
        wounded=e.wounded,
        killed_range=_range(e.killed_low, e.killed_high, e.killed_qualifier),
        wounded_range=_range(e.wounded_low, e.wounded_high, e.wounded_qualifier),
        evidence=[EvidencePublic.model_validate(item) for item in e.evidence or []],
    )


def list_events(
    session: Session, f: EventFilter, sort: EventSort, limit: int, cursor: str | None
) -> Page[EventPublic]:
    """Return one page of events matching ``f``."""
    rows = list(session.exec(page_query(f, sort, limit, cursor)))
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = encode_cursor(cursor_after(rows[-1], sort)) if more else None
    return Page[EventPublic](items=[to_public(r) for r in rows], next_cursor=next_cursor)


def get_event(session: Session, event_id: int) -> Event:
    """Return one event or raise NotFound."""
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound(f"No event with id {event_id}.")
    return event
