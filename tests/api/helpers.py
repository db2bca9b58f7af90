"""Helpers for API tests: seed events through the public POST endpoint."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from app.extraction.types import ExtractedEvent
from tests.factories import ScriptedExtractor


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
