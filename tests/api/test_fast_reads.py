"""The fast path for JSON reads answers exactly as the routed operations do, or lets them answer."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.types import ASGIApp, Receive, Scope, Send

from app.api.fast_reads import FastReads
from app.main import create_app
from app.settings import Settings
from tests.api.helpers import seed_mixed
from tests.factories import ScriptedExtractor

# path, params, served by the fast path (True) or passed on to the routed operation (False)
REQUESTS: list[tuple[str, dict[str, Any], bool]] = [
    ("/v1/events", {}, True),
    ("/v1/events", {"limit": 2}, True),
    ("/v1/events", {"sort": "-killed", "limit": 1}, True),
    ("/v1/events", {"country": ["LY", "SO"], "min_killed": 1}, True),
    ("/v1/events", {"format": "json", "sort": "event_date"}, True),
    ("/v1/events", {"cursor": "not-a-cursor"}, True),  # the service's own 400, rendered here
    ("/v1/events", {"contry": "SY"}, False),  # unknown parameter: the route's 422
    ("/v1/events", {"limit": 0}, False),  # invalid value: the route's 422
    ("/v1/events", {"bbox": "1,2,3"}, False),
    ("/v1/events", {"format": "csv"}, False),  # exports stream from the route
    ("/v1/stats", {}, True),
    ("/v1/stats", {"group_by": ["country", "month"]}, True),
    ("/v1/stats", {"group_by": ["actor"], "country": "LY"}, True),
    ("/v1/stats", {"group_by": ["country", "country"]}, True),  # the body's own 422
    ("/v1/stats", {"group_by": ["decade"]}, False),
]


class Recorder:
    """Stands between the fast path and the app behind it; records what reached the app."""

    def __init__(self, app: ASGIApp) -> None:
        self.app, self.paths = app, []  # type: ignore[var-annotated]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.paths.append(scope["path"])
        await self.app(scope, receive, send)


def _fast_reads(app: FastAPI) -> FastReads:
    layer: Any = app.middleware_stack
    while not isinstance(layer, FastReads):
        layer = layer.app
    return layer


@pytest.fixture(params=[[], ["reader-key"]], ids=["open", "read-keys"])
def pair(
    request: pytest.FixtureRequest, database_url: str
) -> Iterator[tuple[TestClient, TestClient, Recorder]]:
    """Two apps on one database: with the fast path (recorded), and with it removed."""
    settings = Settings(database_url=database_url, api_keys=[], read_api_keys=request.param)
    extractor = ScriptedExtractor()
    fast_app, routed_app = create_app(settings, extractor), create_app(settings, extractor)
    # Middleware.cls is typed as a factory protocol, not a class: compare identities plainly.
    kept = [m for m in routed_app.user_middleware if m.cls is not FastReads]  # type: ignore[comparison-overlap]
    routed_app.user_middleware = kept
    with TestClient(fast_app) as fast, TestClient(routed_app) as routed:
        fast.headers["X-API-Key"] = "reader-key"  # the routers ask for it when it is set
        seed_mixed(fast, extractor)
        del fast.headers["X-API-Key"]
        fast.get("/healthz")  # builds the middleware stack
        layer = _fast_reads(fast_app)
        recorder = layer.app = Recorder(layer.app)
        yield fast, routed, recorder


@pytest.mark.parametrize(("path", "params", "served"), REQUESTS)
def test_fast_path_answers_as_the_routed_operation(
    pair: tuple[TestClient, TestClient, Recorder],
    path: str,
    params: dict[str, Any],
    served: bool,
) -> None:
    fast, routed, recorder = pair
    for headers in ({}, {"X-API-Key": "reader-key"}, {"X-API-Key": "wrong"}):
        recorder.paths.clear()
        got, expected = (c.get(path, params=params, headers=headers) for c in (fast, routed))
        assert (got.status_code, got.headers["content-type"]) == (
            expected.status_code,
            expected.headers["content-type"],
        )
        assert got.content == expected.content
        keyed = not fast.app.state.settings.read_api_keys or headers == {  # type: ignore[attr-defined]
            "X-API-Key": "reader-key"
        }
        assert recorder.paths == ([] if served and keyed else [path])


def test_fast_pages_hold_the_events(pair: tuple[TestClient, TestClient, Recorder]) -> None:
    fast, _, recorder = pair
    headers = {"X-API-Key": "reader-key"}
    page = fast.get("/v1/events", params={"sort": "-killed", "limit": 2}, headers=headers).json()
    assert [e["killed"] for e in page["items"]] == [12, 7]
    assert page["next_cursor"] is not None
    stats = fast.get("/v1/stats", params={"group_by": "country"}, headers=headers).json()
    assert {row["country"]: row["events"] for row in stats["items"]} == {"SO": 2, "LY": 1, None: 1}
    assert recorder.paths == []
