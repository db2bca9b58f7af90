"""The HTTP floor: a bare ASGI app that answers each request with bytes captured from the API.

bench_queries serves it with the same uvicorn command line as the service and times it with the
same keep-alive client: what is left is uvicorn, the ASGI round trip, loopback and the client.
No implementation of a handler on this stack answers faster, so the floor bounds how close to
the raw SQL a request can come. Bench only: the service has no such endpoint.
"""

from __future__ import annotations

import os
import pickle
import statistics
from pathlib import Path
from typing import Any

from starlette.types import Receive, Scope, Send

APP = "bench.http_floor:floor_app"
RESPONSES_ENV = "FLOOR_RESPONSES"
# (path, raw query string) -> (status, headers, body), as the API sent them.
Responses = dict[tuple[str, bytes], tuple[int, list[tuple[bytes, bytes]], bytes]]
# Headers uvicorn adds itself; the rest (type, length, request id, security) are replayed.
ADDED_BY_SERVER = {b"date", b"server"}
FIGURES = ("floor_p50", "driver_p50", "api_p50")


def save(responses: Responses, path: Path) -> None:
    path.write_bytes(pickle.dumps(responses))


class Floor:
    """Send the stored response for the request's path and query string; no other work."""

    def __init__(self, responses: Responses) -> None:
        self.responses = responses | {("/healthz", b""): (200, [], b"ok")}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        status, headers, body = self.responses[scope["path"], scope["query_string"]]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def floor_app() -> Floor:
    """uvicorn factory: the responses saved at ``$FLOOR_RESPONSES``."""
    return Floor(pickle.loads(Path(os.environ[RESPONSES_ENV]).read_bytes()))


def report(pages: list[dict[str, Any]]) -> list[str]:
    """Markdown lines: API, floor and driver p50 per page request, and what the floor implies."""
    lines = [
        "",
        "HTTP floor: the bare ASGI app of `bench/http_floor.py`, served by the same uvicorn",
        "command line and timed with the same client, in turn with the columns above, sends each",
        "page's captured response (same headers and body) and does nothing else. A request must",
        "cross HTTP and run its statements, so API/driver is at least (floor + driver)/driver.",
        "",
        "| page request | API p50 ms | floor p50 ms | driver p50 ms | floor/driver "
        "| least API/driver | API − floor ms |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in pages:
        lines.append(
            f"| {r['request']} | {r['api_p50']:.2f} | {r['floor_p50']:.2f} "
            f"| {r['driver_p50']:.2f} | {_floor_ratio(r):.2f} | {1 + _floor_ratio(r):.2f} "
            f"| {r['api_p50'] - r['floor_p50']:.2f} |"
        )
    small = [r for r in pages if r["request"] != "limit=1000"]
    floor, driver, api = (statistics.median(r[k] for r in small) for k in FIGURES)
    ratio = statistics.median(_floor_ratio(r) for r in small)
    alone = sum(_floor_ratio(r) > 2 for r in small)
    bound = sum(_floor_ratio(r) > 1 for r in small)
    lines.append(
        f"\nMedians over the {len(small)} page requests (limit=1000 apart): API {api:.2f} ms, "
        f"floor {floor:.2f} ms, driver {driver:.2f} ms, floor/driver {ratio:.2f}, so API/driver "
        f"is at least {1 + ratio:.2f}. Page requests no handler on this uvicorn stack can bring "
        f"within API/driver ≤ 2 (floor + driver > 2 × driver): {bound} of {len(small)}, "
        f"{alone} of them by the floor alone (floor > 2 × driver)."
    )
    return lines


def _floor_ratio(row: dict[str, Any]) -> float:
    return float(row["floor_p50"] / max(row["driver_p50"], 0.001))
