"""Map extracted events to table rows."""

from __future__ import annotations

from dataclasses import asdict

from app.extraction.types import Count, ExtractedEvent, Participant
from app.models import Event
from app.services import geo_cell
from app.textfold import fold


def _search(*parts: str | None) -> str | None:
    words = " | ".join(fold(p) for p in parts if p)
    return words or None


def _count(prefix: str, count: Count | None) -> dict[str, object]:
    if count is None:
        return {}
    return {
        prefix: count.best,
        f"{prefix}_low": count.low,
        f"{prefix}_high": count.high,
        f"{prefix}_qualifier": count.qualifier,
    }


def _party(prefix: str, party: Participant | None) -> dict[str, object]:
    if party is None:
        return {}
    return {
        f"{prefix}_name": party.name,
        f"{prefix}_text": party.text,
        f"{prefix}_kind": party.kind,
        f"{prefix}_search": _search(party.name, party.text),
    }


def event_row(ev: ExtractedEvent, article_id: int, language: str) -> Event:
    """Flatten one extracted event into an ``event`` row."""
    place = ev.location
    fields: dict[str, object] = {
        "article_id": article_id,
        "language": language,
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "event_date": ev.date.value if ev.date else None,
        "date_precision": ev.date.precision if ev.date else None,
        "evidence": [asdict(e) for e in ev.evidence],
        **_party("actor", ev.actor),
        **_party("target", ev.target),
        **_count("killed", ev.killed),
        **_count("wounded", ev.wounded),
    }
    if place is not None:
        fields |= {
            "location_name": place.name,
            "location_text": place.text,
            "location_search": _search(place.name, place.text, place.admin1),
            "country_code": place.country_code,
            "admin1": place.admin1,
            "admin1_code": place.admin1_code,
            "latitude": place.latitude,
            "longitude": place.longitude,
            "geo_cell": geo_cell.cell(place.latitude, place.longitude),
            "geo_precision": place.precision,
        }
    return Event.model_validate(fields)


def event_rows(events: tuple[ExtractedEvent, ...], article_id: int, language: str) -> list[Event]:
    """Flatten every extracted event of one article."""
    return [event_row(ev, article_id, language) for ev in events]
