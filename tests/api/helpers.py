"""Helpers for API tests: seed events through the public POST endpoint."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi.testclient import TestClient

from app.extraction.types import EventDate, ExtractedEvent
from tests.factories import ScriptedExtractor, count, event, party, place


def seed(
    client: TestClient,
    extractor: ScriptedExtractor,
    events: list[ExtractedEvent],
    language: str = "en",
) -> dict[str, Any]:
    """Post one article whose (scripted) extraction yields ``events``; return the response."""
    text = f"Article {len(extractor.script)} reporting {len(events)} events."
    extractor.script[text] = tuple(events)
    response = client.post(
        "/v1/articles", json={"text": text, "published_at": "2024-05-01", "language": language}
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def all_pages(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    """Follow next_cursor to the end; return every item."""
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        query = params | ({"cursor": cursor} if cursor else {})
        page = client.get("/v1/events", params=query).json()
        items += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return items


def seed_mixed(client: TestClient, extractor: ScriptedExtractor) -> None:
    """Four events: Somalia and Libya, with and without casualties, places and dates."""
    seed(client, extractor, [
        event(),
        event(location=place(name="Derna", text="درنة", country_code="LY", latitude=32.76,
                             longitude=22.64),
              actor=party(name="Military Forces of Egypt", text="الجيش المصري"),
              killed=None, wounded=None, date=EventDate(date(2024, 2, 10), "day")),
        event(location=None, killed=count(2), wounded=None, date=EventDate(date(2024, 3, 20), "day")),
        event(killed=count(7), wounded=count(1), date=EventDate(date(2024, 3, 9), "day")),
    ])  # fmt: skip
