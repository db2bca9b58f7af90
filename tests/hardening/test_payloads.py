"""Hostile payloads are stored and returned verbatim; cursors replay; a 201 means committed."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from tests.api.helpers import seed
from tests.factories import ScriptedExtractor, event, party, place
from tests.hardening.conftest import assert_problem

PAYLOADS = [
    "'; DROP TABLE article; --",
    "1 OR 1=1; SELECT * FROM event WHERE '' = '",
    "<script>alert(document.cookie)</script>",
    '<img src=x onerror="alert(1)">',
    "{{7*7}} ${7*7} %s %n \\x00",
    "\u202eevil\u202c \u200fقتل\u200e",
]


def extractor_of(client: TestClient) -> ScriptedExtractor:
    extractor = client.app.state.extractor  # type: ignore[attr-defined]
    assert isinstance(extractor, ScriptedExtractor)
    return extractor


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_is_stored_and_returned_verbatim(hard_client: TestClient, payload: str) -> None:
    body = {"text": f"Report: {payload}", "title": payload, "source": payload, "url": payload}
    created = hard_client.post("/v1/articles", json=body)
    assert created.status_code == 201, created.text
    assert created.headers["content-type"] == "application/json"
    stored = hard_client.get(f"/v1/articles/{created.json()['id']}").json()
    assert {k: stored[k] for k in body} == body
    assert [a["id"] for a in hard_client.get("/v1/articles").json()["items"]] == [stored["id"]]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_in_every_filter_matches_nothing(hard_client: TestClient, payload: str) -> None:
    seed(hard_client, extractor_of(hard_client), [event()])
    for name in ("actor", "target", "location", "admin1", "event_type", "sub_event_type"):
        response = hard_client.get("/v1/events", params={name: payload})
        assert response.status_code == 200, (name, response.text)
        assert response.json()["items"] == []
        csv = hard_client.get("/v1/events", params={name: payload, "format": "csv"})
        assert csv.status_code == 200 and len(csv.text.strip().splitlines()) == 1
    assert len(hard_client.get("/v1/events").json()["items"]) == 1


@pytest.mark.parametrize("wildcard", ["%", "_", "%%", "\\"])
def test_like_wildcards_are_literal(hard_client: TestClient, wildcard: str) -> None:
    seed(hard_client, extractor_of(hard_client), [event(location=place(name="Mogadishu"))])
    for name in ("location", "actor", "target"):
        assert hard_client.get("/v1/events", params={name: wildcard}).json()["items"] == []


def test_a_replayed_cursor_returns_the_same_page(hard_client: TestClient) -> None:
    extractor = extractor_of(hard_client)
    for n in range(3):
        seed(hard_client, extractor, [event(actor=party(name=f"Group {n}"))])
    first = hard_client.get("/v1/events", params={"limit": 1}).json()
    token = first["next_cursor"]
    pages = [hard_client.get("/v1/events", params={"limit": 1, "cursor": token}) for _ in range(3)]
    assert all(p.status_code == 200 for p in pages)
    assert pages[0].json() == pages[1].json() == pages[2].json()
    assert pages[0].json()["items"] != first["items"]


def test_a_truncated_or_edited_real_cursor_is_400(hard_client: TestClient) -> None:
    extractor = extractor_of(hard_client)
    for n in range(2):
        seed(hard_client, extractor, [event(actor=party(name=f"Group {n}"))])
    token = hard_client.get("/v1/events", params={"limit": 1}).json()["next_cursor"]
    for forged in (token[:-3], token[: len(token) // 2], token[::-1], token + "AAAA"):
        response = hard_client.get("/v1/events", params={"limit": 1, "cursor": forged})
        assert_problem(response, 400, "invalid-cursor")
    other_sort = {"limit": 1, "cursor": token, "sort": "killed"}
    assert_problem(hard_client.get("/v1/events", params=other_sort), 400, "invalid-cursor")


def test_a_commit_that_fails_is_a_500_not_a_201(
    hard_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by review: the session used to commit after the response was sent."""

    def failing_commit(self: Session) -> None:
        raise OperationalError("COMMIT", {}, Exception("database is locked"))

    monkeypatch.setattr(Session, "commit", failing_commit)
    response = hard_client.post("/v1/articles", json={"text": "Never acknowledged."})
    assert_problem(response, 500, "internal")
    monkeypatch.undo()
    assert hard_client.get("/v1/articles").json()["items"] == []


def test_an_extractor_crash_is_a_problem_500_with_a_request_id(
    hard_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*_: object, **__: object) -> None:
        raise RuntimeError("extractor bug")

    monkeypatch.setattr(extractor_of(hard_client), "extract", boom)
    response = hard_client.post("/v1/articles", json={"text": "Some report."})
    assert_problem(response, 500, "internal")
    assert response.headers["x-request-id"]
    assert "extractor bug" not in response.text
