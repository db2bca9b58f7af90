"""Statistics served from the rollup tables equal the same statistics computed from the events."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.extraction.types import EventDate
from app.schemas.event import EventFilter, StatsGroup
from app.services import rollup
from tests.api.helpers import seed
from tests.factories import ScriptedExtractor, count, event, party, place


def _varied(client: TestClient, extractor: ScriptedExtractor) -> list[dict[str, Any]]:
    def on(day: date | None, **kw: Any) -> Any:
        return event(date=EventDate(day, "day") if day else None, **kw)

    first = seed(client, extractor, [
        on(date(2024, 1, 31)),
        on(date(2024, 2, 1), killed=None, wounded=count(3)),
        on(date(2024, 2, 29), event_type="Battles", sub_event_type=None, killed=count(4)),
        on(None, location=None, killed=count(2)),
    ])  # fmt: skip
    derna = place(country_code="LY", name="Derna", admin1="Derna", admin1_code="LY-DR")
    second = seed(client, extractor, [
        on(date(2023, 12, 15), location=derna),
        on(date(2024, 2, 10), location=derna, wounded=None),
        # Sunday and Monday of two weeks; an event without an actor or an admin1.
        on(date(2024, 2, 11), location=place(admin1=None, admin1_code=None), actor=None),
        on(date(2024, 2, 12), actor=party(name="Military Forces of Somalia"), killed=count(1)),
        on(date(2024, 12, 31), location=derna, actor=party(name="Libyan National Army")),
    ], language="ar")  # fmt: skip
    return [first, second]


CASES: list[dict[str, Any]] = [
    {"group_by": "month"},
    {"group_by": "year"},
    {"group_by": ["country", "month"]},
    {"group_by": ["event_type", "sub_event_type"]},
    {"group_by": "country", "date_from": "2024-02-01", "date_to": "2024-02-29"},
    {"group_by": "month", "country": "SO", "event_type": "Explosions/Remote violence"},
    {"group_by": ["year", "country"], "date_from": "2024-01-01"},
    # event_day_rollup: days and weeks, any day range.
    {"group_by": "day"},
    {"group_by": "week"},
    {"group_by": ["country", "week"]},
    {"group_by": ["week", "month"]},
    {"group_by": "week", "country": "SO", "date_from": "2024-02-11", "date_to": "2024-02-12"},
    {"group_by": "year", "date_from": "2024-01-31", "date_to": "2024-02-10"},
    # event_actor_rollup: actors per country and year.
    {"group_by": "actor"},
    {"group_by": ["actor", "country"]},
    {"group_by": ["actor", "year"], "country": ["SO", "LY"]},
    {"group_by": "actor", "date_from": "2024-01-01", "date_to": "2024-12-31"},
    # event_language_rollup: the article language at month grain.
    {"group_by": "month", "language": "ar"},
    {"group_by": ["country", "event_type"], "language": "en", "date_from": "2024-01-01"},
    {"group_by": ["year", "sub_event_type"], "language": "ar", "country": "LY"},
    # event_admin1_rollup: subdivisions per country and month.
    {"group_by": "admin1"},
    {"group_by": ["admin1", "month"], "country": "LY"},
    {"group_by": ["country", "admin1"], "date_from": "2024-02-01"},
]


@pytest.mark.parametrize("params", CASES)
def test_rollup_answers_equal_the_event_scan(
    client: TestClient,
    extractor: ScriptedExtractor,
    monkeypatch: pytest.MonkeyPatch,
    params: dict[str, Any],
) -> None:
    _varied(client, extractor)
    listed = {
        k: v if isinstance(v, list) or k not in ("country", "group_by") else [v]
        for k, v in params.items()
    }
    f = EventFilter.model_validate({k: v for k, v in listed.items() if k != "group_by"})
    groups = [StatsGroup(g) for g in listed["group_by"]]
    assert rollup.choose(f, groups) is not None
    fast = client.get("/v1/stats", params=params).json()
    monkeypatch.setattr(rollup, "choose", lambda *_: None)
    scanned = client.get("/v1/stats", params=params).json()
    assert fast == scanned
    assert fast["items"]


def test_rollup_follows_deletes(
    client: TestClient, extractor: ScriptedExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, _ = _varied(client, extractor)
    assert client.delete(f"/v1/articles/{first['id']}").status_code == 204
    fast = client.get("/v1/stats", params={"group_by": ["country", "month"]}).json()
    assert fast["items"] == [
        {"country": "LY", "month": "2023-12", "events": 1, "killed": 12, "wounded": 20},
        {"country": "LY", "month": "2024-02", "events": 1, "killed": 12, "wounded": 0},
        {"country": "LY", "month": "2024-12", "events": 1, "killed": 12, "wounded": 20},
        {"country": "SO", "month": "2024-02", "events": 2, "killed": 13, "wounded": 40},
    ]
    queries = [["country", "month"], ["country", "week"], ["actor", "year"], "admin1"]
    served = [client.get("/v1/stats", params={"group_by": g}).json() for g in queries]
    monkeypatch.setattr(rollup, "choose", lambda *_: None)
    assert [client.get("/v1/stats", params={"group_by": g}).json() for g in queries] == served


@pytest.mark.parametrize(
    ("filters", "groups", "expected"),
    [
        ({}, [StatsGroup.month], True),
        ({"date_from": date(2024, 2, 1), "date_to": date(2024, 2, 29)}, [StatsGroup.country], True),
        ({"date_from": date(2024, 2, 2)}, [StatsGroup.country], True),
        ({"date_to": date(2024, 2, 28)}, [StatsGroup.event_type], False),
        ({"date_from": date(2024, 2, 2)}, [StatsGroup.week], True),
        ({}, [StatsGroup.actor], True),
        ({"date_from": date(2024, 1, 1), "date_to": date(2024, 12, 31)}, [StatsGroup.actor], True),
        ({"date_from": date(2024, 2, 1)}, [StatsGroup.actor], False),
        ({"date_from": date(2024, 2, 1)}, [StatsGroup.admin1], True),
        ({"event_type": "Battles"}, [StatsGroup.week], False),
        ({"event_type": "Battles"}, [StatsGroup.actor], False),
        ({}, [StatsGroup.actor, StatsGroup.month], False),
        ({}, [StatsGroup.admin1, StatsGroup.event_type], False),
        ({"actor": "taliban"}, [StatsGroup.month], False),
        ({"min_killed": 1}, [StatsGroup.month], False),
        ({"country": ["SO"], "event_type": "Battles"}, [StatsGroup.year], True),
        ({"language": "ar"}, [StatsGroup.month], True),
        ({"language": "ar", "date_from": date(2024, 2, 2)}, [StatsGroup.month], False),
        ({"language": "ar"}, [StatsGroup.week], False),
        ({"language": "ar"}, [StatsGroup.actor], False),
    ],
)
def test_rollup_is_used_only_where_it_is_exact(
    filters: dict[str, Any], groups: list[StatsGroup], expected: bool
) -> None:
    assert (rollup.choose(EventFilter(**filters), groups) is not None) is expected
