"""POST/GET/DELETE /v1/articles: storage, idempotency, languages and validation."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import date

from fastapi.testclient import TestClient

from tests.factories import ScriptedExtractor, event, place

TEXT = "A suicide bomber killed 12 people and wounded 20 at a market in Mogadishu on Saturday."


def post(client: TestClient, **body: object) -> tuple[int, dict]:  # type: ignore[type-arg]
    response = client.post("/v1/articles", json={"text": TEXT, "published_at": "2024-03-04"} | body)
    return response.status_code, response.json()


def test_post_stores_article_and_its_events(
    client: TestClient, extractor: ScriptedExtractor
) -> None:
    extractor.script[TEXT] = (event(),)
    status, body = post(client, url="https://example.org/a", title="Market attack", source="Wire")
    assert status == 201
    assert body["url"] == "https://example.org/a"
    assert body["language"] == "en"
    assert body["published_at"].startswith("2024-03-04T00:00:00")
    [ev] = body["events"]
    assert ev["article_id"] == body["id"]
    assert ev["event_type"] == "Explosions/Remote violence"
    assert ev["sub_event_type"] == "Suicide bomb"
    assert ev["actor"] == {"name": "Al-Shabaab", "text": "al-Shabaab", "kind": "rebel_group"}
    assert ev["target"]["name"] == "Civilians"
    assert ev["location"] == {
        "name": "Mogadishu", "text": "Mogadishu", "country_code": "SO", "admin1": "Banaadir",
        "latitude": 2.0371, "longitude": 45.3438, "precision": "place",
    }  # fmt: skip
    assert (ev["event_date"], ev["date_precision"]) == ("2024-03-02", "day")
    assert (ev["killed"], ev["wounded"]) == (12, 20)
    assert ev["killed_range"] == {"low": 12, "high": 12, "qualifier": "exact"}
    assert ev["evidence"] == [
        {"field": "killed", "text": "killed 12 people", "start": 20, "end": 37}
    ]
    stored = client.get(f"/v1/articles/{body['id']}").json()
    assert stored["text"] == TEXT
    assert stored["events"] == body["events"]


def test_unstated_casualties_are_null_not_zero(
    client: TestClient, extractor: ScriptedExtractor
) -> None:
    extractor.script[TEXT] = (event(killed=None, wounded=None),)
    _, body = post(client)
    assert (body["events"][0]["killed"], body["events"][0]["wounded"]) == (None, None)
    assert body["events"][0]["killed_range"] is None


def test_same_text_again_returns_200_and_stores_nothing(
    client: TestClient, extractor: ScriptedExtractor
) -> None:
    extractor.script[TEXT] = (event(),)
    first_status, first = post(client)
    again_status, again = post(client, text="  " + TEXT.replace(" ", "  ") + "\n")
    assert (first_status, again_status) == (201, 200)
    assert again["id"] == first["id"]
    assert [e["id"] for e in again["events"]] == [e["id"] for e in first["events"]]
    assert len(client.get("/v1/events").json()["items"]) == 1
    assert extractor.calls == 1


def test_same_url_with_other_text_returns_the_stored_article(client: TestClient) -> None:
    _, first = post(client, url="https://example.org/x")
    status, again = post(client, url="https://example.org/x", text="An updated version of it.")
    assert status == 200
    assert again["id"] == first["id"]
    assert again["text"] == TEXT


def test_sixteen_identical_concurrent_posts_store_one_article(
    client: TestClient, extractor: ScriptedExtractor
) -> None:
    extractor.script[TEXT] = (event(), event(location=place(name="Baidoa", text="Baidoa")))
    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(lambda _: post(client), range(16)))
    statuses = sorted(status for status, _ in results)
    assert statuses == [200] * 15 + [201]
    assert len({body["id"] for _, body in results}) == 1
    assert all(len(body["events"]) == 2 for _, body in results)
    assert len(client.get("/v1/articles").json()["items"]) == 1
    assert len(client.get("/v1/events").json()["items"]) == 2


def test_language_detected_when_absent_and_unsupported_text_is_stored_with_warning(
    client: TestClient, extractor: ScriptedExtractor
) -> None:
    extractor.language = "und"
    status, body = post(client, text="Это статья на русском языке.")
    assert status == 201
    assert body["language"] == "und"
    assert body["events"] == []
    assert body["warnings"] == ["language not supported"]


def test_explicit_unsupported_language_is_422(client: TestClient) -> None:
    status, body = post(client, language="fr")
    assert status == 422
    assert body["errors"][0]["loc"] == ["body", "language"]


def test_published_at_defaults_to_today_utc(client: TestClient) -> None:
    response = client.post("/v1/articles", json={"text": TEXT})
    assert response.status_code == 201
    assert response.json()["published_at"][:10] == date.today().isoformat()


def test_published_datetime_with_offset_is_stored_in_utc(client: TestClient) -> None:
    _, body = post(client, published_at="2024-03-04T01:30:00+03:00")
    assert body["published_at"].startswith("2024-03-03T22:30:00")


def test_delete_removes_article_and_its_events(
    client: TestClient, extractor: ScriptedExtractor
) -> None:
    extractor.script[TEXT] = (event(),)
    _, body = post(client)
    event_id = body["events"][0]["id"]
    assert client.delete(f"/v1/articles/{body['id']}").status_code == 204
    assert client.get(f"/v1/articles/{body['id']}").status_code == 404
    assert client.get(f"/v1/events/{event_id}").status_code == 404
    assert client.delete(f"/v1/articles/{body['id']}").status_code == 404


def test_article_list_pages_newest_first_without_gaps(client: TestClient) -> None:
    ids = [post(client, text=f"Report number {i}.")[1]["id"] for i in range(5)]
    seen: list[int] = []
    cursor = None
    while True:
        params = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        page = client.get("/v1/articles", params=params).json()
        seen += [item["id"] for item in page["items"]]
        assert "text" not in page["items"][0]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == sorted(ids, reverse=True)
