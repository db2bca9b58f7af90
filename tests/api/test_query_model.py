"""Query strings validated in one step: same parameters in OpenAPI, same errors, same values."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import FastAPI, Query
from fastapi.testclient import TestClient

from app.schemas.event import EventQuery, StatsQuery


def _fastapi_parameters(model: type[Any]) -> list[dict[str, Any]]:
    """The parameters FastAPI itself documents for ``Annotated[model, Query()]``."""
    probe = FastAPI()

    async def operation(q: Any) -> None:
        pass

    operation.__annotations__ = {"q": Annotated[model, Query()], "return": None}
    probe.get("/")(operation)
    parameters: list[dict[str, Any]] = probe.openapi()["paths"]["/"]["get"]["parameters"]
    return parameters


def test_openapi_lists_every_query_parameter_as_fastapi_documents_the_model(
    client: TestClient,
) -> None:
    spec = client.get("/openapi.json").json()
    events = spec["paths"]["/v1/events"]["get"]["parameters"]
    stats = spec["paths"]["/v1/stats"]["get"]["parameters"]
    assert events == _fastapi_parameters(EventQuery)
    assert stats == _fastapi_parameters(StatsQuery)
    assert [p["name"] for p in events][-5:] == [
        "updated_since",
        "sort",
        "limit",
        "cursor",
        "format",
    ]
    assert [p["name"] for p in stats][-2:] == ["updated_since", "group_by"]
    limit = next(p for p in events if p["name"] == "limit")
    assert (limit["schema"]["minimum"], limit["schema"]["maximum"]) == (1, 1000)
    for name in ("EventSort", "ExportFormat", "StatsGroup"):
        assert name in spec["components"]["schemas"]


def test_errors_of_filters_and_options_come_together_in_field_order(client: TestClient) -> None:
    response = client.get(
        "/v1/events", params={"format": "xml", "country": ["SY", "SYR"], "min_killed": -1}
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"] == [
        {"loc": ["query", "country", 1], "msg": "String should match pattern '^[A-Za-z]{2}$'",
         "type": "string_pattern_mismatch"},
        {"loc": ["query", "min_killed"], "msg": "Input should be greater than or equal to 0",
         "type": "greater_than_equal"},
        {"loc": ["query", "format"], "msg": "Input should be 'json', 'csv' or 'geojson'",
         "type": "enum"},
    ]  # fmt: skip


def test_a_repeated_single_value_parameter_takes_its_last_value(client: TestClient) -> None:
    response = client.get("/v1/events?min_killed=1&min_killed=x")
    assert response.status_code == 422
    assert [e["loc"] for e in response.json()["errors"]] == [["query", "min_killed"]]
    assert client.get("/v1/events?min_killed=x&min_killed=1").status_code == 200


def test_stats_group_by_errors_follow_the_filter_errors(client: TestClient) -> None:
    response = client.get("/v1/stats?group_by=nope&min_wounded=-2")
    assert [e["loc"] for e in response.json()["errors"]] == [
        ["query", "min_wounded"],
        ["query", "group_by", 0],
    ]


def test_unknown_parameter_is_reported_before_invalid_values(client: TestClient) -> None:
    response = client.get("/v1/stats?contry=SY&min_killed=-1")
    assert response.status_code == 422
    assert response.json()["errors"] == [
        {"loc": ["query", "contry"], "msg": "Unknown query parameter", "type": "extra_forbidden"}
    ]
