"""Statistics served from event_rollup equal the same statistics computed from the events."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.extraction.types import EventDate
from app.schemas.event import EventFilter, StatsGroup
from app.services import rollup
from tests.api.helpers import seed
from tests.factories import ScriptedExtractor, count, event, place


def _varied(client: TestClient, extractor: ScriptedExtractor) -> list[dict[str, Any]]:
    def on(day: date | None, **kw: Any) -> Any:
        return event(date=EventDate(day, "day") if day else None, **kw)

    first = seed(client, extractor, [
        on(date(2024, 1, 31)),
        on(date(2024, 2, 1), killed=None, wounded=count(3)),
        on(date(2024, 2, 29), event_type="Battles", sub_event_type=None, killed=count(4)),
        on(None, location=None, killed=count(2)),
    ])  # fmt: skip
    second = seed(client, extractor, [
        on(date(2023, 12, 15), location=place(country_code="LY", name="Derna")),
        on(date(2024, 2, 10), location=place(country_code="LY", name="Derna"), wounded=None),
    ])  # fmt: skip
    return [first, second]


CASES: list[dict[str, Any]] = [
    {"group_by": "month"},
    {"group_by": "year"},
    {"group_by": ["country", "month"]},
    {"group_by": ["event_type", "sub_event_type"]},
    {"group_by": "country", "date_from": "2024-02-01", "date_to": "2024-02-29"},
    {"group_by": "month", "country": "SO", "event_type": "Explosions/Remote violence"},
    {"group_by": ["year", "country"], "date_from": "2024-01-01"},
]


@pytest.mark.parametrize("params", CASES)
def test_rollup_answers_equal_the_event_scan(
    client: TestClient,
    extractor: ScriptedExtractor,
    monkeypatch: pytest.MonkeyPatch,
    params: dict[str, Any],
) -> None:
    _varied(client, extractor)
    fast = client.get("/v1/stats", params=params).json()
    monkeypatch.setattr(rollup, "serves", lambda *_: False)
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
    ]
    monkeypatch.setattr(rollup, "serves", lambda *_: False)
    assert client.get("/v1/stats", params={"group_by": ["country", "month"]}).json() == fast


@pytest.mark.parametrize(
    ("filters", "groups", "expected"),
    [
        ({}, [StatsGroup.month], True),
        ({"date_from": date(2024, 2, 1), "date_to": date(2024, 2, 29)}, [StatsGroup.country], True),
        ({"date_from": date(2024, 2, 2)}, [StatsGroup.country], False),
        ({"date_to": date(2024, 2, 28)}, [StatsGroup.country], False),
        ({}, [StatsGroup.week], False),
        ({}, [StatsGroup.actor], False),
        ({"actor": "taliban"}, [StatsGroup.month], False),
        ({"min_killed": 1}, [StatsGroup.month], False),
        ({"country": ["SO"], "event_type": "Battles"}, [StatsGroup.year], True),
    ],
)
def test_rollup_is_used_only_where_it_is_exact(
    filters: dict[str, Any], groups: list[StatsGroup], expected: bool
) -> None:
    assert rollup.serves(EventFilter(**filters), groups) is expected
