"""Reject request bodies over the size limit before they are read into memory."""

from __future__ import annotations

from contextlib import suppress

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import problem


class BodyTooLarge(Exception):
    """Raised inside ``receive`` once a streamed body passes the limit."""


class BodyLimitMiddleware:
    """413 on a declared Content-Length over the limit, or once a streamed body passes it."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._reject(scope, receive, send)
            return
        seen, rejected = 0, False

        async def limited() -> Message:
            nonlocal seen, rejected
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                # Answer now: the framework would turn an error raised while it reads the body
                # into its own 400 ("error parsing the body"), so its response is dropped below.
                rejected = True
                await self._reject(scope, receive, send)
                raise BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            if not rejected:
                await send(message)

        with suppress(BodyTooLarge):  # already answered 413
            await self.app(scope, limited, guarded_send)

    async def _reject(self, scope: Scope, receive: Receive, send: Send) -> None:
        detail = f"The request body is larger than {self.max_bytes} bytes."
        response = problem(413, "Payload too large", detail, "payload-too-large")
        response.headers["Connection"] = "close"
        await response(scope, receive, send)
