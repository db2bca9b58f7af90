"""admin1, sub_event_type and bbox filters; updated_since and the deleted-events feed."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

import pytest
from fastapi.testclient import TestClient

from app.extraction.types import EventDate
from tests.api.helpers import all_pages, seed
from tests.factories import ScriptedExtractor, count, event, place


@pytest.fixture
def placed(client: TestClient, extractor: ScriptedExtractor) -> list[int]:
    body = seed(client, extractor, [
        event(location=place(name="Derna", admin1="Darnah", admin1_code="LY-DR", country_code="LY",
                             latitude=32.76, longitude=22.64)),
        event(location=place(name="Benghazi", admin1="Benghazi", admin1_code="LY-BA",
                             country_code="LY", latitude=32.0, longitude=20.0),
              sub_event_type="Air/drone strike"),
        event(location=place(name="Edge", latitude=30.0, longitude=25.0)),
        event(location=None),
    ])  # fmt: skip
    return [e["id"] for e in body["events"]]


def located(client: TestClient, **params: object) -> list[str | None]:
    return sorted((e["location"] or {}).get("name") for e in all_pages(client, **params))


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"admin1": "Darnah"}, ["Derna"]),
        ({"admin1": "ly-ba"}, ["Benghazi"]),
        ({"sub_event_type": "Air/drone strike"}, ["Benghazi"]),
        ({"bbox": "20,32,23,33"}, ["Benghazi", "Derna"]),
        ({"bbox": "25,30,25,30"}, ["Edge"]),  # edges are inclusive
        ({"bbox": "25.0001,30,26,31"}, []),
        ({"bbox": "-180,-90,180,90"}, ["Benghazi", "Derna", "Edge"]),  # no coordinates: no match
        ({"bbox": "20,32,23,33", "admin1": "Darnah"}, ["Derna"]),
    ],
)
@pytest.mark.parametrize("dense", [0, 20_000])
def test_geographic_filters(
    client: TestClient,
    placed: list[int],
    monkeypatch: pytest.MonkeyPatch,
    params: dict[str, object],
    expected: list[str],
    dense: int,
) -> None:
    # dense=0: every box counts as dense (walk the sort index); 20,000: sparse (fetch, then sort).
    monkeypatch.setattr("app.services.search.DENSE", dense)
    assert located(client, **params) == expected
    one_page = client.get("/v1/events", params=params | {"limit": 1000}).json()["items"]
    assert [e["id"] for e in all_pages(client, **params, limit=1)] == [e["id"] for e in one_page]


@pytest.mark.parametrize("sort", ["-event_date", "killed", "-killed", "updated_at"])
def test_a_sparse_box_pages_in_the_same_order_as_a_dense_one(
    client: TestClient, extractor: ScriptedExtractor, monkeypatch: pytest.MonkeyPatch, sort: str
) -> None:
    seed(client, extractor, [
        event(location=place(latitude=10.0 + i % 3, longitude=20.0), date=None if i % 4 else
              EventDate(date(2024, 1, 1 + i % 5), "day"), killed=None if i % 3 else count(i % 7))
        for i in range(23)
    ])  # fmt: skip
    params = {"bbox": "19,9,21,13", "sort": sort}
    orders = []
    for dense in (0, 20_000):  # walk the sort index; fetch ids from the box index, then rows
        monkeypatch.setattr("app.services.search.DENSE", dense)
        orders.append([e["id"] for e in all_pages(client, **params, limit=2)])
    assert orders[0] == orders[1]
    assert sorted(orders[0]) == list(range(1, 24))


@pytest.mark.parametrize("bbox", ["1,2,3", "a,b,c,d", "30,0,20,10", "0,0,181,10", "0,-91,1,1"])
def test_malformed_bbox_is_422(client: TestClient, bbox: str) -> None:
    response = client.get("/v1/events", params={"bbox": bbox})
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"][-1] == "bbox"


def test_updated_since_returns_only_newer_events(
    client: TestClient, extractor: ScriptedExtractor
) -> None:
    old = seed(client, extractor, [event()])
    time.sleep(0.02)
    mark = datetime.now(UTC).isoformat()
    time.sleep(0.02)
    new = seed(client, extractor, [event(), event()])
    got = all_pages(client, updated_since=mark, sort="updated_at", limit=1)
    assert [e["id"] for e in got] == [e["id"] for e in new["events"]]
    assert old["events"][0]["id"] not in {e["id"] for e in got}


def test_deleted_feed_lists_tombstones_of_an_articles_events(
    client: TestClient, extractor: ScriptedExtractor
) -> None:
    kept = seed(client, extractor, [event()])
    gone = seed(client, extractor, [event(), event(), event()])
    before = datetime.now(UTC).isoformat()
    assert client.delete(f"/v1/articles/{gone['id']}").status_code == 204
    ids: list[int] = []
    cursor = None
    while True:
        params = {"since": before, "limit": 2} | ({"cursor": cursor} if cursor else {})
        page = client.get("/v1/events/deleted", params=params).json()
        ids += [item["id"] for item in page["items"]]
        assert all(item["article_id"] == gone["id"] for item in page["items"])
        if (cursor := page["next_cursor"]) is None:
            break
    assert ids == [e["id"] for e in gone["events"]]
    assert [e["id"] for e in all_pages(client)] == [kept["events"][0]["id"]]
    later = datetime.now(UTC).isoformat()
    assert client.get("/v1/events/deleted", params={"since": later}).json()["items"] == []
