"""Fixtures for the hardening tests: a keyed app with a small text limit, on a fresh database."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings
from tests.factories import ScriptedExtractor

WRITE_KEY = "hardening-write-key-0123456789"
READ_KEY = "hardening-read-key-9876543210"
MAX_CHARS = 1000
PROBLEM = "application/problem+json"


@pytest.fixture
def hard_settings(database_url: str) -> Settings:
    return Settings(database_url=database_url, api_keys=[WRITE_KEY], max_article_chars=MAX_CHARS)


@pytest.fixture
def hard_client(hard_settings: Settings) -> Iterator[TestClient]:
    """A client that sends the write key; server errors come back as responses, not raises."""
    app = create_app(hard_settings, ScriptedExtractor())
    with TestClient(app, raise_server_exceptions=False, headers={"X-API-Key": WRITE_KEY}) as c:
        yield c


def assert_problem(response: Any, status: int, slug: str | None = None) -> dict[str, Any]:
    """Check the status and the problem+json shape; never a traceback."""
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith(PROBLEM)
    assert response.headers["cache-control"] == "no-store"
    body: dict[str, Any] = response.json()
    assert body["status"] == status and body["title"] and body["detail"]
    if slug is not None:
        assert body["type"].endswith(f"/{slug}"), body
    assert "Traceback" not in response.text
    return body
