"""Every error is problem+json with the right status; no input produces a 500."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings
from tests.factories import ScriptedExtractor

PROBLEM = "application/problem+json"


def assert_problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"] and body["detail"] and body["type"].startswith("https://")
    assert "Traceback" not in response.text
    return body


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "text"),
        ({"text": ""}, "text"),
        ({"text": "   \n\t "}, "text"),
        ({"text": "a\x00b"}, "text"),
        ({"text": 42}, "text"),
        ({"text": "ok", "published_at": "2017-02-30"}, "published_at"),
        ({"text": "ok", "published_at": "yesterday"}, "published_at"),
        ({"text": "ok", "published_at": "3020-01-01"}, "published_at"),
        ({"text": "ok", "published_at": "1850-01-01"}, "published_at"),
        ({"text": "ok", "language": "fr"}, "language"),
        ({"text": "ok", "url": 7}, "url"),
        ({"text": "ok", "surprise": 1}, "surprise"),
    ],
)
def test_invalid_article_is_422_naming_the_field(
    client: TestClient, body: dict[str, Any], field: str
) -> None:
    problem = assert_problem(client.post("/v1/articles", json=body), 422)
    assert any(field in err["loc"] for err in problem["errors"])


def test_malformed_json_is_400(client: TestClient) -> None:
    response = client.post(
        "/v1/articles", content=b'{"text": "x"', headers={"content-type": "application/json"}
    )
    assert_problem(response, 400)


def test_text_over_the_limit_is_413(database_url: str) -> None:
    settings = Settings(database_url=database_url, max_article_chars=50)
    extractor = ScriptedExtractor()
    with TestClient(create_app(settings, extractor)) as client:
        assert_problem(client.post("/v1/articles", json={"text": "x" * 51}), 413)
        assert client.post("/v1/articles", json={"text": "x" * 50}).status_code == 201
        huge = b'{"text": "' + b"y" * (settings.max_body_bytes + 10) + b'"}'
        response = client.post(
            "/v1/articles", content=huge, headers={"content-type": "application/json"}
        )
        assert_problem(response, 413)
    assert extractor.calls == 1


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/v1/articles/999", 404),
        ("/v1/events/999", 404),
        ("/v1/articles/abc", 422),
        ("/v1/nowhere", 404),
        ("/v1/events?limit=0", 422),
        ("/v1/events?limit=1001", 422),
        ("/v1/events?limit=-5", 422),
        ("/v1/articles?limit=5000", 422),
        ("/v1/events?cursor=not-a-cursor", 400),
        ("/v1/events?cursor=eyJzIjoiLWtpbGxlZCIsInYiOjEsImkiOjF9", 400),
        ("/v1/articles?cursor=%%%", 400),
        ("/v1/events?sort=-wounded", 422),
        ("/v1/events?date_from=2017-13-01", 422),
        ("/v1/events?country=Egypt", 422),
        ("/v1/events?min_killed=-1", 422),
        ("/v1/events?language=de", 422),
        ("/v1/stats?group_by=weather", 422),
        ("/v1/events?format=xml", 422),
    ],
)
def test_bad_reads_get_the_right_problem(client: TestClient, path: str, status: int) -> None:
    assert_problem(client.get(path), status)


def test_cursor_is_accepted_for_the_sort_order_it_was_made_for(client: TestClient) -> None:
    # The token in the table above encodes a "-killed" cursor: rejected for dates, valid here.
    token = "eyJzIjoiLWtpbGxlZCIsInYiOjEsImkiOjF9"
    assert client.get("/v1/events", params={"sort": "-killed", "cursor": token}).status_code == 200


def test_wrong_method_is_405_problem(client: TestClient) -> None:
    assert_problem(client.put("/v1/articles"), 405)


def test_sql_and_html_in_filters_are_plain_text(client: TestClient) -> None:
    for payload in ["'; DROP TABLE event; --", "<script>alert(1)</script>", "%_%"]:
        response = client.get("/v1/events", params={"actor": payload, "location": payload})
        assert response.status_code == 200
        assert response.json() == {"items": [], "next_cursor": None}
    assert client.get("/healthz").json() == {"status": "ok", "database": "ok"}


def test_markup_in_text_is_stored_and_returned_verbatim(client: TestClient) -> None:
    text = "<b>Gunmen</b> attacked'); DROP TABLE article; -- a village."
    body = client.post("/v1/articles", json={"text": text}).json()
    assert client.get(f"/v1/articles/{body['id']}").json()["text"] == text


@pytest.mark.parametrize(
    ("path", "unknown"),
    [
        ("/v1/events?contry=SY&limit=5", ["contry"]),
        ("/v1/stats?group_by=country&grup_by=month", ["grup_by"]),
        ("/v1/articles?limit=5&page=2&debug=1", ["debug", "page"]),
        ("/v1/events/deleted?sinse=2024-01-01", ["sinse"]),
    ],
)
def test_unknown_query_parameters_are_422_naming_them(
    client: TestClient, path: str, unknown: list[str]
) -> None:
    problem = assert_problem(client.get(path), 422)
    assert [err["loc"] for err in problem["errors"]] == [["query", name] for name in unknown]


def test_every_declared_filter_is_accepted(client: TestClient) -> None:
    params = {
        "country": "SY", "admin1": "SY-ID", "location": "x", "actor": "x", "target": "x",
        "event_type": "Battles", "sub_event_type": "Armed clash", "date_from": "2020-01-01",
        "date_to": "2020-12-31", "min_killed": 1, "max_killed": 9, "min_wounded": 1,
        "language": "ar", "article_id": 1, "bbox": "0,0,1,1",
        "updated_since": "2020-01-01T00:00:00Z", "sort": "-killed", "limit": 5, "format": "json",
    }  # fmt: skip
    assert client.get("/v1/events", params=params).json() == {"items": [], "next_cursor": None}
