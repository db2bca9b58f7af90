"""Who can read and write; keys never echoed or logged; CORS; security headers; request ids."""

from __future__ import annotations

import hmac
import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.api import deps
from app.main import create_app
from app.settings import Settings
from tests.factories import ScriptedExtractor
from tests.hardening.conftest import READ_KEY, WRITE_KEY, assert_problem

SECRET_TEXT = "Unmistakable article body 7f3a: gunmen killed four in Baidoa."


def make_client(database_url: str, **overrides: Any) -> TestClient:
    settings = Settings(database_url=database_url, api_keys=[WRITE_KEY], **overrides)
    return TestClient(create_app(settings, ScriptedExtractor()), raise_server_exceptions=False)


@pytest.fixture
def read_protected(database_url: str) -> Iterator[TestClient]:
    with make_client(database_url, read_api_keys=[READ_KEY]) as client:
        yield client


@pytest.fixture
def log_lines() -> Iterator[io.StringIO]:
    """Point the app's JSON log handler at a buffer (create the app before using it)."""
    buffer = io.StringIO()
    yield buffer


def capture_app_logs(buffer: io.StringIO) -> None:
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_app_handler", False):
            assert isinstance(handler, logging.StreamHandler)
            handler.setStream(buffer)


@pytest.mark.parametrize("path", ["/v1/events", "/v1/articles", "/v1/stats", "/v1/events/deleted"])
def test_reads_need_a_key_when_read_keys_are_set(read_protected: TestClient, path: str) -> None:
    response = read_protected.get(path)
    assert_problem(response, 401, "unauthorized")
    assert response.headers["www-authenticate"] == 'ApiKey header="X-API-Key"'
    assert read_protected.get(path, headers={"X-API-Key": "nope"}).status_code == 401
    assert read_protected.get(path, headers={"X-API-Key": READ_KEY}).status_code == 200
    assert read_protected.get(path, headers={"X-API-Key": WRITE_KEY}).status_code == 200


def test_a_read_key_cannot_write(read_protected: TestClient) -> None:
    response = read_protected.post(
        "/v1/articles", json={"text": "A report."}, headers={"X-API-Key": READ_KEY}
    )
    assert_problem(response, 401, "unauthorized")
    assert (
        read_protected.delete("/v1/articles/1", headers={"X-API-Key": READ_KEY}).status_code == 401
    )


def test_health_and_docs_stay_open_when_reads_are_protected(read_protected: TestClient) -> None:
    assert read_protected.get("/healthz").status_code == 200
    assert read_protected.get("/docs").status_code == 200
    schema = read_protected.get("/openapi.json").json()
    assert schema["components"]["securitySchemes"]["ApiKey"]["name"] == "X-API-Key"
    assert {"ApiKey": []} in schema["paths"]["/v1/events"]["get"]["security"]


def test_reads_are_open_and_unmarked_without_read_keys(database_url: str) -> None:
    with make_client(database_url) as client:
        assert client.get("/v1/events").status_code == 200
        schema = client.get("/openapi.json").json()
        assert "security" not in schema["paths"]["/v1/events"]["get"]
        assert {"ApiKey": []} in schema["paths"]["/v1/articles"]["post"]["security"]


def test_missing_write_key_is_401_with_challenge_and_no_echo(database_url: str) -> None:
    with make_client(database_url) as client:
        wrong = WRITE_KEY[:-1] + "X"
        response = client.post("/v1/articles", json={"text": "x"}, headers={"X-API-Key": wrong})
        assert_problem(response, 401, "unauthorized")
        assert response.headers["www-authenticate"].startswith("ApiKey")
        assert wrong not in response.text and WRITE_KEY not in response.text
        assert all(wrong not in v and WRITE_KEY not in v for v in response.headers.values())


def test_every_key_is_compared_whichever_matches(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = hmac.compare_digest

    def counting(a: bytes, b: bytes) -> bool:
        calls.append(len(a) + len(b))
        return real(a, b)

    monkeypatch.setattr(deps.hmac, "compare_digest", counting)
    keys = ["k1", "a-much-longer-second-key", "k3"]
    for given in ["k1", "k3", "wrong", "", None]:
        calls.clear()
        assert deps.key_matches(given, keys) is (given in keys)
        assert len(calls) == 3 and set(calls) == {64}  # sha256 digests: equal lengths always


def test_keys_and_article_text_never_reach_the_log(
    database_url: str, log_lines: io.StringIO
) -> None:
    with make_client(database_url, log_level="DEBUG") as client:
        capture_app_logs(log_lines)
        headers = {"X-API-Key": WRITE_KEY}
        created = client.post("/v1/articles", json={"text": SECRET_TEXT}, headers=headers)
        assert created.status_code == 201
        client.post("/v1/articles", json={"text": SECRET_TEXT}, headers={"X-API-Key": "guess"})
        client.get("/v1/events", params={"actor": "Baidoa"})
    # httpx is the test client's own logger (it logs the URL it requested), not the server's.
    lines = [line for line in log_lines.getvalue().splitlines() if '"logger": "httpx"' not in line]
    output = "\n".join(lines)
    assert WRITE_KEY not in output and "guess" not in output
    assert "Unmistakable" not in output and "Baidoa" not in output
    access = [json.loads(line) for line in output.splitlines() if '"app.access"' in line]
    assert [(a["method"], a["path"], a["status"]) for a in access] == [
        ("POST", "/v1/articles", 201),
        ("POST", "/v1/articles", 401),
        ("GET", "/v1/events", 200),
    ]
    assert access[0]["request_id"] == created.headers["x-request-id"]
    assert all(a["level"] == "INFO" and a["duration_ms"] >= 0 for a in access)


def test_request_id_is_returned_and_a_safe_client_id_is_kept(database_url: str) -> None:
    with make_client(database_url) as client:
        generated = client.get("/healthz").headers["x-request-id"]
        assert len(generated) == 32
        assert (
            client.get("/healthz", headers={"X-Request-ID": "abc-123"}).headers["x-request-id"]
            == "abc-123"
        )
        forged = client.get("/healthz", headers={"X-Request-ID": 'x" "level": "ERROR'})
        assert forged.headers["x-request-id"] != 'x" "level": "ERROR'
        assert (
            len(client.get("/nope", headers={"X-Request-ID": "a" * 65}).headers["x-request-id"])
            == 32
        )


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [("GET", "/healthz", 200), ("GET", "/v1/events", 200), ("GET", "/nope", 404),
     ("DELETE", "/v1/events", 405), ("POST", "/v1/articles", 401), ("GET", "/v1/events?limit=0", 422)],
)  # fmt: skip
def test_security_headers_on_every_response(
    database_url: str, method: str, path: str, status: int
) -> None:
    with make_client(database_url) as client:
        response = client.request(method, path, json={"text": "x"} if method == "POST" else None)
    assert response.status_code == status
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-request-id"]
    if status >= 400:
        assert response.headers["cache-control"] == "no-store"


def test_cors_is_off_by_default(database_url: str) -> None:
    with make_client(database_url) as client:
        response = client.get("/v1/events", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in response.headers
        preflight = client.options(
            "/v1/articles",
            headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
        )
        assert "access-control-allow-origin" not in preflight.headers


def test_cors_allows_only_configured_origins(database_url: str) -> None:
    with make_client(database_url, cors_origins="https://dash.example") as client:  # type: ignore[arg-type]
        ok = client.get("/v1/events", headers={"Origin": "https://dash.example"})
        assert ok.headers["access-control-allow-origin"] == "https://dash.example"
        assert "X-Request-ID" in ok.headers["access-control-expose-headers"]
        other = client.get("/v1/events", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
        preflight = client.options(
            "/v1/articles",
            headers={
                "Origin": "https://dash.example",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "X-API-Key, Content-Type",
            },
        )
        assert preflight.status_code == 200
        assert "x-api-key" in preflight.headers["access-control-allow-headers"].lower()


def test_read_keys_and_origins_are_comma_separated() -> None:
    settings = Settings(read_api_keys=" r1 ,r2", cors_origins="https://a, https://b")  # type: ignore[arg-type]
    assert settings.read_api_keys == ["r1", "r2"]
    assert settings.cors_origins == ["https://a", "https://b"]


def test_openapi_declares_the_problem_responses_the_app_returns(database_url: str) -> None:
    with make_client(database_url) as client:
        schema = client.get("/openapi.json").json()
    assert "HTTPValidationError" not in schema["components"]["schemas"]
    for path_item in schema["paths"].values():
        for operation in path_item.values():
            for status in ("422", "4XX", "5XX"):
                content = operation["responses"][status]["content"]
                assert content["application/problem+json"]["schema"]["$ref"].endswith("/Problem")
