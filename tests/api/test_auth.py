"""API_KEYS: writes need a valid X-API-Key when keys are configured; reads stay open."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings
from tests.factories import ScriptedExtractor


@pytest.fixture
def keyed(database_url: str) -> Iterator[TestClient]:
    settings = Settings(database_url=database_url, api_keys="alpha-key, beta-key")  # type: ignore[arg-type]
    with TestClient(create_app(settings, ScriptedExtractor())) as client:
        yield client


@pytest.mark.parametrize("headers", [{}, {"X-API-Key": "wrong"}, {"X-API-Key": "alpha"}])
def test_post_without_a_valid_key_is_401_with_challenge(
    keyed: TestClient, headers: dict[str, str]
) -> None:
    response = keyed.post("/v1/articles", json={"text": "Some report."}, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("ApiKey")
    assert "alpha-key" not in response.text
    assert keyed.get("/v1/articles").json()["items"] == []


@pytest.mark.parametrize("key", ["alpha-key", "beta-key"])
def test_any_configured_key_allows_writes(keyed: TestClient, key: str) -> None:
    created = keyed.post(
        "/v1/articles", json={"text": f"Report {key}."}, headers={"X-API-Key": key}
    )
    assert created.status_code == 201
    article_id = created.json()["id"]
    assert keyed.delete(f"/v1/articles/{article_id}").status_code == 401
    deleted = keyed.delete(f"/v1/articles/{article_id}", headers={"X-API-Key": key})
    assert deleted.status_code == 204


def test_reads_need_no_key(keyed: TestClient) -> None:
    assert keyed.get("/v1/events").status_code == 200
    assert keyed.get("/v1/stats").status_code == 200
    assert keyed.get("/healthz").status_code == 200


def test_comma_separated_keys_are_split_and_trimmed() -> None:
    assert Settings(api_keys=" a , b,,c ").api_keys == ["a", "b", "c"]  # type: ignore[arg-type]
