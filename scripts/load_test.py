"""Concurrent load against uvicorn with 2 workers on loopback, then an audit of what was stored.

32 clients post distinct articles, 8 post the same few articles over and over, 8 read and page;
bounded by --duration seconds and --max-requests. Pass: no 5xx, every 201 readable afterwards
with the events it returned, no duplicate article.

    python scripts/load_test.py --db sqlite
    python scripts/load_test.py --db postgresql+psycopg://postgres@127.0.0.1:5432/loadtest
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.database import empty_postgres, migrate
from scripts.live_server import FAKE_APP, REAL_APP, LiveServer, start_server

KEY = "load-test-key"
PLACES = ["Mogadishu", "Aden", "Derna", "Kismayo", "Sirte", "Taiz", "Benghazi", "Baidoa"]
ACTORS = ["Al-Shabaab fighters", "gunmen", "government forces", "a suicide bomber", "militants"]
AR_PLACES = ["درنة", "عدن", "سرت", "تعز", "بنغازي", "مقديشو"]


def article_text(rng: random.Random, tag: str) -> tuple[str, str]:
    """A synthetic short conflict report (English or Arabic) made unique by ``tag``."""
    killed, wounded = rng.randint(1, 40), rng.randint(0, 60)
    if rng.random() < 0.3:
        place = rng.choice(AR_PLACES)
        text = f"قتل {killed} أشخاص وأصيب {wounded} آخرون في هجوم على سوق في {place} يوم الاثنين. ({tag})"
        return text, "ar"
    place, actor = rng.choice(PLACES), rng.choice(ACTORS)
    text = (
        f"{actor.capitalize()} killed {killed} people and wounded {wounded} in an attack on a "
        f"market in {place} on Monday, officials said. Reference {tag}."
    )
    return text, "en"


@dataclass
class Tally:
    """Everything the clients saw."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: dict[str, dict[int, int]] = field(default_factory=lambda: defaultdict(dict))
    created: dict[int, tuple[str, int]] = field(default_factory=dict)  # id -> (text, events)
    duplicate_ids: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    transport_errors: int = 0
    transport_error_kinds: dict[str, int] = field(default_factory=dict)
    requests: int = 0

    def record(self, kind: str, status: int, seconds: float) -> None:
        self.requests += 1
        self.latencies[kind].append(seconds)
        counts = self.statuses[kind]
        counts[status] = counts.get(status, 0) + 1


class Budget:
    """Stops every client at the deadline or once max_requests have been sent."""

    def __init__(self, duration: float, max_requests: int) -> None:
        self.deadline = time.monotonic() + duration
        self.left = max_requests

    def take(self) -> bool:
        self.left -= 1
        return self.left >= 0 and time.monotonic() < self.deadline


async def timed(tally: Tally, kind: str, call: Any) -> httpx.Response | None:
    started = time.perf_counter()
    try:
        response: httpx.Response = await call
    except httpx.HTTPError as exc:
        tally.transport_errors += 1
        name = f"{kind}: {type(exc).__name__}: {exc}"[:200]
        tally.transport_error_kinds[name] = tally.transport_error_kinds.get(name, 0) + 1
        return None
    tally.record(kind, response.status_code, time.perf_counter() - started)
    return response


async def writer(client: httpx.AsyncClient, n: int, budget: Budget, tally: Tally) -> None:
    rng, seq = random.Random(n), 0
    while budget.take():
        seq += 1
        text, lang = article_text(rng, f"w{n}-{seq}")
        body = {"text": text, "language": lang, "published_at": "2024-03-04"}
        response = await timed(tally, "post", client.post("/v1/articles", json=body))
        if response is not None and response.status_code == 201:
            data = response.json()
            tally.created[data["id"]] = (text, len(data["events"]))


async def duplicator(
    client: httpx.AsyncClient, n: int, pool: list[str], budget: Budget, tally: Tally
) -> None:
    rng = random.Random(1000 + n)
    while budget.take():
        text = rng.choice(pool)
        body = {"text": text, "published_at": "2024-03-04"}
        response = await timed(tally, "post_dup", client.post("/v1/articles", json=body))
        if response is not None and response.status_code in (200, 201):
            data = response.json()
            tally.duplicate_ids[text].add(data["id"])
            if response.status_code == 201:
                tally.created[data["id"]] = (text, len(data["events"]))


async def reader(client: httpx.AsyncClient, n: int, budget: Budget, tally: Tally) -> None:
    rng = random.Random(2000 + n)
    while budget.take():
        path = rng.choice(["/v1/events", "/v1/events", "/v1/articles", "/v1/stats"])
        params: dict[str, Any] = {"limit": 50} if path != "/v1/stats" else {"group_by": "country"}
        for _ in range(3):  # follow up to three pages
            response = await timed(tally, "read", client.get(path, params=params))
            cursor = response.json().get("next_cursor") if response is not None else None
            if response is None or response.status_code != 200 or not cursor:
                break
            params = params | {"cursor": cursor}


async def run_clients(url: str, args: argparse.Namespace, tally: Tally) -> float:
    """Run every client until the budget runs out; return the wall time."""
    budget = Budget(args.duration, args.max_requests)
    rng = random.Random(7)
    pool = [article_text(rng, f"dup-{i}")[0] for i in range(args.duplicate_texts)]
    limits = httpx.Limits(max_connections=args.writers + args.dupers + args.readers)
    headers = {"X-API-Key": KEY}
    async with httpx.AsyncClient(base_url=url, limits=limits, headers=headers, timeout=120) as c:
        started = time.monotonic()
        await asyncio.gather(
            *(writer(c, n, budget, tally) for n in range(args.writers)),
            *(duplicator(c, n, pool, budget, tally) for n in range(args.dupers)),
            *(reader(c, n, budget, tally) for n in range(args.readers)),
        )
        return time.monotonic() - started


def all_articles(client: httpx.Client) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    params: dict[str, Any] = {"limit": 1000}
    while True:
        page = client.get("/v1/articles", params=params).json()
        items += page["items"]
        if not page["next_cursor"]:
            return items
        params["cursor"] = page["next_cursor"]


def audit(url: str, tally: Tally) -> dict[str, int]:
    """Read everything back: lost, mismatched and duplicated articles."""
    lost = mismatched = 0
    with httpx.Client(base_url=url, timeout=60) as client:
        for article_id, (text, events) in tally.created.items():
            response = client.get(f"/v1/articles/{article_id}")
            if response.status_code != 200:
                lost += 1
                continue
            data = response.json()
            mismatched += data["text"] != text or len(data["events"]) != events
        stored = all_articles(client)
    hashes = [a["content_hash"] for a in stored]
    return {
        "created_201": len(tally.created),
        "stored_articles": len(stored),
        "lost": lost,
        "event_count_or_text_mismatch": mismatched,
        "duplicate_hashes": len(hashes) - len(set(hashes)),
        "duplicate_texts_with_several_ids": sum(len(i) > 1 for i in tally.duplicate_ids.values()),
        "stored_but_never_acknowledged": len({a["id"] for a in stored} - set(tally.created)),
    }


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else 0.0


def summary(tally: Tally, seconds: float, checks: dict[str, int], db: str) -> dict[str, Any]:
    every = [x for values in tally.latencies.values() for x in values]
    server_errors = sum(
        n for counts in tally.statuses.values() for status, n in counts.items() if status >= 500
    )
    kinds = {
        kind: {
            "requests": len(values),
            "per_s": round(len(values) / seconds, 1),
            "p50_ms": round(percentile(values, 0.5), 1),
            "p95_ms": round(percentile(values, 0.95), 1),
            "statuses": tally.statuses[kind],
        }
        for kind, values in tally.latencies.items()
    }
    failed = server_errors + tally.transport_errors + checks["lost"]
    failed += checks["event_count_or_text_mismatch"] + checks["duplicate_hashes"]
    failed += checks["duplicate_texts_with_several_ids"] + checks["stored_but_never_acknowledged"]
    return {
        "database": db.split("://")[0],
        "seconds": round(seconds, 1),
        "requests": tally.requests,
        "throughput_per_s": round(tally.requests / seconds, 1),
        "p95_ms": round(percentile(every, 0.95), 1),
        "server_errors_5xx": server_errors,
        "transport_errors": tally.transport_errors,
        "transport_error_kinds": tally.transport_error_kinds,
        "by_kind": kinds,
        "audit": checks,
        "passed": failed == 0,
    }


def database_url(arg: str, workdir: Path) -> str:
    """A fresh, migrated database: a new SQLite file, or the given PostgreSQL one emptied."""
    if arg == "sqlite":
        url = f"sqlite:///{workdir / 'load.db'}"
    else:
        url = arg
        empty_postgres(url)
    migrate(url)
    return url


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="sqlite", help="'sqlite' or a PostgreSQL URL (emptied!)")
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--max-requests", type=int, default=200_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--writers", type=int, default=32)
    parser.add_argument("--dupers", type=int, default=8)
    parser.add_argument("--readers", type=int, default=8)
    parser.add_argument("--duplicate-texts", type=int, default=20)
    parser.add_argument("--fake-extractor", action="store_true", help="not for reported figures")
    parser.add_argument("--out", type=Path, help="also write the summary here (JSON)")
    parser.add_argument("--server-log", type=Path, help="keep the server's log here")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="load-") as tmp:
        url = database_url(args.db, Path(tmp))
        server: LiveServer = start_server(
            url,
            app=FAKE_APP if args.fake_extractor else REAL_APP,
            workers=args.workers,
            env={"API_KEYS": KEY},
            log_path=Path(tmp) / "server.log",
        )
        tally = Tally()
        try:
            seconds = asyncio.run(run_clients(server.url, args, tally))
            result = summary(tally, seconds, audit(server.url, tally), url)
        finally:
            server.stop()
            errors = (Path(tmp) / "server.log").read_text(errors="replace")
            if args.server_log:
                args.server_log.write_text(errors)
        result["server_log_errors"] = errors.count('"level": "ERROR"')
    print(json.dumps(result, indent=2))
    if args.out:
        args.out.write_text(json.dumps(result, indent=2) + "\n")
    return 0 if result["passed"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
