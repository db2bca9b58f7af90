"""The OpenAPI console: documented operations, the seed example, and assets served locally."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings
from tests.factories import ScriptedExtractor

SEED = Path(__file__).resolve().parents[2] / "app/api/examples/seed-ar-derna-2017.txt"


def test_every_operation_has_a_tag_a_summary_and_a_description(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    operations = [op for path in spec["paths"].values() for op in path.values()]
    assert len(operations) >= 8
    for op in operations:
        assert op["tags"] and op["summary"] and op.get("description"), op["operationId"]


def test_post_example_is_the_arabic_seed_article(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    body = spec["paths"]["/v1/articles"]["post"]["requestBody"]["content"]["application/json"]
    example = body["examples"]["seed-ar"]["value"]
    assert example["text"] == SEED.read_text(encoding="utf-8")
    assert "درنة" in example["text"] and "المنيا" in example["text"]
    assert example["published_at"] == "2017-05-30"


def test_docs_page_loads_swagger_ui_from_this_server_not_a_cdn(client: TestClient) -> None:
    html = client.get("/docs").text
    assert "/static-offline-docs/swagger-ui-bundle.js" in html
    assert "cdn." not in html and "https://" not in html.split("<body>")[1]
    js = client.get("/static-offline-docs/swagger-ui-bundle.js")
    assert js.status_code == 200 and len(js.content) > 100_000


def test_open_writes_log_a_warning(database_url: str, caplog: pytest.LogCaptureFixture) -> None:
    settings = Settings(database_url=database_url)
    with caplog.at_level(logging.WARNING), TestClient(create_app(settings, ScriptedExtractor())):
        pass
    assert any("API_KEYS is not set" in r.getMessage() for r in caplog.records)


def test_healthz_reports_the_database(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok", "database": "ok"}


def test_healthz_is_503_when_the_database_is_unreachable() -> None:
    # Port 1 on loopback: nothing listens there, so the connection is refused at once.
    settings = Settings(database_url="postgresql+psycopg://postgres@127.0.0.1:1/none")
    with TestClient(create_app(settings, ScriptedExtractor())) as client:
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["title"] == "Database unavailable"
