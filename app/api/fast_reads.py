"""Valid JSON reads of /v1/events and /v1/stats, answered without the framework's routing.

A page of events costs SQLite 0.5-2 ms; FastAPI's exception middleware, routing and
dependency resolution around it cost about 0.6 ms of CPU more (measured in-process on a loaded
machine: 2.5-2.9 ms per request through the routes, 1.9 ms through this path; see
docs/benchmarks/README.md, fourth pass). This middleware answers the
requests those two operations serve most — a valid query for a JSON body — with the same
functions the routed operations call, and passes every other request on unchanged: an unknown
or invalid parameter, an export format, a read key that does not match. The routed operation
then answers it, so each error keeps one definition and the OpenAPI document is the routes'.
It sits inside the app's other middleware: request ids, headers, logs and limits still apply.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy import Engine
from starlette.datastructures import Headers, QueryParams
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from app.api.deps import key_matches
from app.api.query_model import validate_query
from app.api.routes.events import events_page, stats_body
from app.errors import AppError, app_error_response
from app.schemas.event import EventQuery, ExportFormat, StatsQuery
from app.settings import Settings


@dataclass(frozen=True)
class Operation:
    """How to answer one path: its query model, when it applies, and its JSON body."""

    model: type[BaseModel]
    body: Callable[[Engine, Any], Awaitable[bytes]]
    applies: Callable[[Any], bool] = lambda _query: True

    @cached_property
    def names(self) -> frozenset[str]:
        """The query parameters the operation takes."""
        return frozenset(f.alias or n for n, f in self.model.model_fields.items())


OPERATIONS = {
    "/v1/events": Operation(EventQuery, events_page, lambda q: q.format is ExportFormat.json),
    "/v1/stats": Operation(StatsQuery, stats_body),
}


class FastReads:
    """Answer a valid JSON read of an operation in ``OPERATIONS``; pass anything else on."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.keys = settings.read_api_keys + settings.api_keys if settings.read_api_keys else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        operation = None
        if scope["type"] == "http" and scope["method"] == "GET":
            operation = OPERATIONS.get(scope["path"])
        query = self._query(scope, operation) if operation is not None else None
        if operation is None or query is None:
            await self.app(scope, receive, send)
            return
        try:
            body = await operation.body(scope["app"].state.engine, query)
        except AppError as exc:
            await app_error_response(exc)(scope, receive, send)
            return
        await Response(body, media_type="application/json")(scope, receive, send)

    def _query(self, scope: Scope, operation: Operation) -> BaseModel | None:
        """The validated query, or None when the routed operation must answer."""
        if self.keys is not None and not key_matches(
            Headers(scope=scope).get("x-api-key"), self.keys
        ):
            return None
        params = QueryParams(scope["query_string"])
        if not operation.names.issuperset(params):
            return None
        try:
            query = validate_query(operation.model, params)
        except ValidationError:
            return None
        return query if operation.applies(query) else None
