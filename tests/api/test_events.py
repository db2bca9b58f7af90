"""GET /v1/events: every filter, every sort with cursor paging across ties and NULLs."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.extraction.types import EventDate
from tests.api.helpers import all_pages, seed
from tests.factories import ScriptedExtractor, count, event, party, place


@pytest.fixture
def stored(client: TestClient, extractor: ScriptedExtractor) -> dict[str, int]:
    """Five events in three countries, two languages, with ties and missing values."""
    en = seed(client, extractor, [
        event(),  # SO, 2024-03-02, killed 12, wounded 20, Al-Shabaab
        event(location=place(name="Kabul", text="Kabul", country_code="AF", admin1="Kabul",
                             latitude=34.53, longitude=69.17),
              actor=party(name="Taliban", text="the Taliban"), killed=count(3), wounded=None,
              date=EventDate(date(2024, 1, 15), "day"), event_type="Battles",
              sub_event_type="Armed clash"),
        event(location=None, killed=None, wounded=count(4), date=None, actor=None),
    ])  # fmt: skip
    ar = seed(client, extractor, [
        event(location=place(name="Derna", text="درنة", country_code="LY", admin1="Derna",
                             latitude=32.76, longitude=22.64),
              actor=party(name="Military Forces of Egypt", text="الجيش المصري", kind="state_forces"),
              target=party(name="Mujahideen Shura Council of Derna", text="مجلس مجاهدي درنة"),
              killed=None, wounded=None, date=EventDate(date(2017, 5, 29), "day"),
              event_type="Explosions/Remote violence", sub_event_type="Air/drone strike"),
        event(location=place(name="Minya", text="المنيا", country_code="EG", admin1="Minya",
                             latitude=28.1, longitude=30.75, precision="admin1"),
              actor=party(name="Unidentified Armed Group", text="ملثمين",
                          kind="unidentified_armed_group"),
              target=party(name="Civilians", text="مسيحيين مصريين", kind="civilians"),
              killed=count(29), wounded=count(24), date=EventDate(date(2017, 5, 22), "week"),
              event_type="Violence against civilians", sub_event_type="Attack"),
    ], language="ar")  # fmt: skip
    return {"en": en["id"], "ar": ar["id"]}


def names(client: TestClient, **params: Any) -> list[str | None]:
    items = client.get("/v1/events", params=params).json()["items"]
    return [(item["location"] or {}).get("name") for item in items]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "LY"}, ["Derna"]),
        ({"country": ["LY", "eg"]}, ["Derna", "Minya"]),
        ({"location": "درنه"}, ["Derna"]),
        ({"location": "MOGADISHU"}, ["Mogadishu"]),
        ({"actor": "shabaab"}, ["Mogadishu"]),
        ({"actor": "الجيش المصري"}, ["Derna"]),
        ({"actor": "egypt"}, ["Derna"]),
        ({"target": "مسيحيين"}, ["Minya"]),
        ({"target": "shura council"}, ["Derna"]),
        ({"event_type": "Battles"}, ["Kabul"]),
        ({"date_from": "2024-01-15", "date_to": "2024-03-01"}, ["Kabul"]),
        ({"date_from": "2017-05-29", "date_to": "2017-05-29"}, ["Derna"]),
        ({"min_killed": 12}, ["Minya", "Mogadishu"]),
        ({"max_killed": 3}, ["Kabul"]),
        ({"min_wounded": 5}, ["Minya", "Mogadishu"]),
        ({"language": "ar"}, ["Derna", "Minya"]),
        ({"actor": "nobody such"}, []),
        ({"actor": "%"}, []),
    ],
)
def test_filter_returns_exactly_the_matching_events(
    client: TestClient, stored: dict[str, int], params: dict[str, Any], expected: list[str]
) -> None:
    assert sorted(names(client, **params)) == sorted(expected)


def test_article_id_filter(client: TestClient, stored: dict[str, int]) -> None:
    assert sorted(names(client, article_id=stored["ar"])) == ["Derna", "Minya"]


def test_default_sort_is_newest_event_first_with_undated_last(
    client: TestClient, stored: dict[str, int]
) -> None:
    assert names(client) == ["Mogadishu", "Kabul", "Derna", "Minya", None]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("event_date", ["Minya", "Derna", "Kabul", "Mogadishu", None]),
        ("-killed", ["Minya", "Mogadishu", "Kabul"]),
        ("killed", ["Kabul", "Mogadishu", "Minya"]),
    ],
)
def test_sorts_put_missing_values_last(
    client: TestClient, stored: dict[str, int], sort: str, expected: list[str | None]
) -> None:
    assert names(client, sort=sort)[: len(expected)] == expected


@pytest.mark.parametrize("sort", ["-event_date", "event_date", "-killed", "killed"])
def test_cursor_paging_across_ties_and_nulls_has_no_gaps_or_duplicates(
    client: TestClient, extractor: ScriptedExtractor, sort: str
) -> None:
    same_day = EventDate(date(2024, 2, 1), "day")
    events = [event(date=same_day, killed=count(k % 3)) for k in range(7)]
    events += [event(date=None, killed=None) for _ in range(4)]
    seed(client, extractor, events)
    one_page = client.get("/v1/events", params={"sort": sort, "limit": 1000}).json()["items"]
    paged = all_pages(client, sort=sort, limit=2)
    assert [e["id"] for e in paged] == [e["id"] for e in one_page]
    assert len({e["id"] for e in paged}) == 11


def test_get_one_event(client: TestClient, stored: dict[str, int]) -> None:
    first = client.get("/v1/events", params={"country": "EG"}).json()["items"][0]
    one = client.get(f"/v1/events/{first['id']}").json()
    assert one == first
    assert one["killed"] == 29
    assert one["date_precision"] == "week"


def test_event_json_has_the_documented_keys(client: TestClient, stored: dict[str, int]) -> None:
    item = client.get("/v1/events", params={"country": "LY"}).json()["items"][0]
    for key in ["id", "article_id", "event_type", "actor", "target", "location", "event_date",
                "date_precision", "killed", "wounded", "evidence"]:  # fmt: skip
        assert key in item
    assert set(item["location"]) == {
        "name", "text", "country_code", "admin1", "latitude", "longitude", "precision",
    }  # fmt: skip


@pytest.mark.parametrize("dense", [1, 20_000])
def test_substring_filters_agree_whether_terms_or_a_scan_are_used(
    client: TestClient, stored: dict[str, int], monkeypatch: pytest.MonkeyPatch, dense: int
) -> None:
    # dense=1 forces the scan fallback for any needle matching more than one event.
    monkeypatch.setattr("app.services.search.DENSE", dense)
    assert sorted(names(client, actor="a")) == ["Derna", "Kabul", "Minya", "Mogadishu"]
    assert names(client, actor="taliban") == ["Kabul"]
    assert sorted(map(str, names(client, target="civilians"))) == [
        "Kabul",
        "Minya",
        "Mogadishu",
        "None",
    ]
