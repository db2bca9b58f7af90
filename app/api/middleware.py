"""Request id, JSON access log, security headers and the last-resort 500, for every request."""

from __future__ import annotations

import logging
import re
import time
import uuid

from fastapi import FastAPI
from starlette.datastructures import MutableHeaders
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.body_limit import BodyLimitMiddleware
from app.api.fast_reads import FastReads
from app.errors import problem
from app.logging import request_id_var
from app.settings import Settings

access_log = logging.getLogger("app.access")
error_log = logging.getLogger("app.errors")

REQUEST_ID_HEADER = "X-Request-ID"
# A client's own id is kept only when it is short and plain, so it cannot forge log lines.
_CLIENT_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


def _request_id(scope: Scope) -> str:
    given = dict(scope["headers"]).get(REQUEST_ID_HEADER.lower().encode(), b"")
    text = given.decode("latin-1")
    return text if _CLIENT_ID.fullmatch(text) else uuid.uuid4().hex


class RequestContextMiddleware:
    """Tag the request with an id, add security headers, log one JSON line when it ends.

    The access log holds method, path, status, duration and the id: never the query string's
    values, headers (keys), or bodies (article text).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _request_id(scope)
        token = request_id_var.set(request_id)
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status, status_sent = 500, False

        async def send_with_headers(message: Message) -> None:
            nonlocal status, status_sent
            if message["type"] == "http.response.start":
                status, status_sent = message["status"], True
                headers = MutableHeaders(scope=message)
                headers[REQUEST_ID_HEADER] = request_id
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
                if status >= 400:
                    headers["Cache-Control"] = "no-store"
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            error_log.exception("unhandled error")
            if status_sent:
                raise  # too late for a problem response; the client sees a cut connection
            await self._internal_error(scope, receive, send_with_headers)
        finally:
            self._log(scope, status, started)
            request_id_var.reset(token)

    @staticmethod
    async def _internal_error(scope: Scope, receive: Receive, send: Send) -> None:
        detail = "The server could not handle this request."
        await problem(500, "Internal error", detail, "internal")(scope, receive, send)

    @staticmethod
    def _log(scope: Scope, status: int, started: float) -> None:
        access_log.info(
            "request",
            extra={
                "method": scope["method"],
                "path": scope["path"],
                "status": status,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
            },
        )


class JsonBodyMiddleware:
    """415 for a POST whose Content-Type is not JSON, before the body is read."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST":
            declared = dict(scope["headers"]).get(b"content-type", b"").decode("latin-1")
            media_type = declared.split(";", 1)[0].strip().lower()
            if media_type != "application/json" and not media_type.endswith("+json"):
                detail = "The request body must be JSON (Content-Type: application/json)."
                response = problem(415, "Unsupported media type", detail, "unsupported-media-type")
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def install_middleware(app: FastAPI, settings: Settings) -> None:
    """Add the middleware stack; the last added runs first (outermost)."""
    app.add_middleware(FastReads, settings=settings)
    app.add_middleware(JsonBodyMiddleware)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["X-API-Key", "Content-Type", REQUEST_ID_HEADER],
            expose_headers=[REQUEST_ID_HEADER],
            max_age=600,
        )
    app.add_middleware(RequestContextMiddleware)
