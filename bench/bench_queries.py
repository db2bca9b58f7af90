"""Time the query API at N synthetic events, against the same SQL run straight through the driver.

    .venv/bin/python bench/bench_queries.py --db sqlite --n 100000
    .venv/bin/python bench/bench_queries.py --db postgresql --n 1000000 --runs 30

Builds (or reuses) a database of N events, serves it with uvicorn on 127.0.0.1, and for each
request reports p50/p95 over ``--runs`` repetitions through HTTP, the p50 of the service's own
database work in-process and of the very statements it sends replayed straight through the
DB-API driver (the raw SQL), the ratios, and the query plan of any request slower than 10 ms. Then streams a CSV export and
reports rows/s and the server's RSS growth. Not part of ``make test``.
"""

from __future__ import annotations

import argparse
import functools
import http.client
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, event, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.db.engine import make_engine  # noqa: E402
from app.schemas.event import EventFilter, EventSort, StatsGroup  # noqa: E402
from app.services import rollup, search  # noqa: E402
from app.services.event_query import decode_sort_cursor, phase_query  # noqa: E402
from app.services.events import fetch_page  # noqa: E402
from app.services.stats import stats, stats_query  # noqa: E402
from bench import http_floor  # noqa: E402
from bench.synthetic import ACTORS, BEFORE_ROLLUPS, populate  # noqa: E402
from scripts.database import migrate  # noqa: E402
from scripts.live_server import LiveServer, start_server  # noqa: E402

SCHEMA = "0010"  # migrate cached databases to head when the migrations change
PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"

# name, query params; "deep" pages are reached by following cursors first.
REQUESTS: list[tuple[str, dict[str, Any]]] = [
    ("latest page", {}),
    ("country=SY", {"country": "SY"}),
    ("country tail (BO)", {"country": "BO"}),
    ("country+year", {"country": "IQ", "date_from": "2016-01-01", "date_to": "2016-12-31"}),
    ("actor (mid-frequency)", {"actor": "armed group 0150"}),
    ("event_type+min_killed", {"event_type": "Battles", "min_killed": 10}),
    ("admin1", {"admin1": "SO-03"}),
    ("bbox", {"bbox": "30,10,40,20"}),
    ("sort=-killed", {"sort": "-killed"}),
    ("sort=killed", {"sort": "killed"}),
    ("sort=event_date", {"sort": "event_date"}),
    ("updated_since", {"updated_since": "2000-01-01T00:00:00Z", "sort": "updated_at"}),
    ("deep page (row 10,000 or N/2)", {"_deep": 200}),
    ("limit=1000", {"limit": 1000}),
]
G = StatsGroup
Y2023 = {"date_from": "2023-01-01", "date_to": "2023-12-31"}
# Every dimension alone, then what analysts ask: series per country, top actors per country and
# year, subdivisions by month, and filters no rollup applies (served by scanning the events).
STATS: list[tuple[str, list[StatsGroup], dict[str, Any]]] = [
    *((f"stats by {g.value}", [g], {}) for g in StatsGroup),
    ("stats country x month", [G.country, G.month], {}),
    ("stats country x week, 2023", [G.country, G.week], Y2023),
    ("stats SY by day", [G.day], {"country": "SY"}),
    ("stats SY by week, one quarter", [G.week], {"country": "SY", "date_from": "2023-02-15",
                                                 "date_to": "2023-05-14"}),
    ("stats by actor, one country", [G.actor], {"country": "SY"}),
    ("stats SY top actors, 2023", [G.actor], {"country": "SY"} | Y2023),
    ("stats SY admin1 x month", [G.admin1, G.month], {"country": "SY"}),
    ("stats Arabic sources by month", [G.month], {"language": "ar"}),
    ("stats SY type x week, 2023 (scan)", [G.event_type, G.week], {"country": "SY"} | Y2023),
    ("stats actor substring by month (scan)", [G.month], {"actor": "armed group 0150"}),
    ("stats min_killed=10 by month (scan)", [G.month], {"min_killed": 10}),
    ("stats bbox by month (scan)", [G.month], {"bbox": "30,10,40,20"}),
]  # fmt: skip


def database(kind: str, n: int) -> str:
    """Return the URL of a database holding exactly ``n`` synthetic events, building it if needed."""
    if kind == "sqlite":
        path = Path(f"/tmp/bench-events/{n}.db")
        done = path.with_suffix(f".{SCHEMA}.complete")
        if not done.exists():
            url = f"sqlite:///{path}"
            if any(path.parent.glob(f"{n}.*.complete")):
                _upgrade(url)  # a complete older build: its migrations backfill what is new
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                for stale in path.parent.glob(f"{path.name}*"):
                    stale.unlink()
                _build(url, n)
            done.touch()
        return f"sqlite:///{path}"
    name = f"bench_events_{n}"
    admin = make_engine(PG_ADMIN).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM pg_database WHERE datname=:n"), {"n": name}
        ).first()
        url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
        if exists and _count(url) == n:
            _upgrade(url)
            return url
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    _build(url, n)
    return url


def _count(url: str) -> int:
    with make_engine(url).connect() as conn:
        try:
            return int(conn.execute(text("SELECT count(*) FROM event")).scalar_one())
        except Exception:
            return -1


def _build(url: str, n: int) -> None:
    started = time.perf_counter()
    command.upgrade(alembic_config(url), BEFORE_ROLLUPS)
    engine = make_engine(url)
    populate(engine, n)
    engine.dispose()
    _upgrade(url)
    print(f"built {n} events in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def _upgrade(url: str) -> None:
    """Migrate to head (backfilling new rollups), then refresh the planner's statistics."""
    started = time.perf_counter()
    migrate(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        # VACUUM sets PostgreSQL's visibility map, which index-only scans rely on.
        conn.execute(text("VACUUM ANALYZE" if engine.dialect.name == "postgresql" else "ANALYZE"))
    engine.dispose()
    print(f"migrated to head in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def alembic_config(url: str) -> Config:
    config = Config(str(ROOT / "alembic.ini"))
    config.attributes["url"] = url
    return config


class LightClient:
    """GET over one keep-alive connection with the standard library's http.client.

    httpx spends about 2 ms of CPU per request on this machine (measured with a stub server),
    as much as a page's SQL, and the client shares the two cores with the server: timing
    requests with it measured the client as much as the API. The raw socket round trip stays.
    """

    def __init__(self, base_url: str) -> None:
        parts = urlsplit(base_url)
        self.connection = http.client.HTTPConnection(parts.hostname or "", parts.port)

    def get(self, path: str, params: dict[str, Any]) -> bytes:
        self.connection.request("GET", f"{path}?{query_string(params)}")
        response = self.connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"{path} {params}: {response.status} {body[:200]!r}")
        return body

    def capture(self, path: str, params: dict[str, Any]) -> http_floor.Responses:
        """The response to one request, as the HTTP floor replays it."""
        self.connection.request("GET", f"{path}?{query_string(params)}")
        response = self.connection.getresponse()
        headers = [
            (k.lower().encode("latin-1"), v.encode("latin-1"))
            for k, v in response.getheaders()
            if k.lower().encode("latin-1") not in http_floor.ADDED_BY_SERVER
        ]
        key = (path, query_string(params).encode())
        return {key: (response.status, headers, response.read())}


def query_string(params: dict[str, Any]) -> str:
    return urlencode(params, doseq=True)


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    """Milliseconds of ``runs`` calls after two warm-up calls."""
    fn(), fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def alternated(fns: list[Callable[[], object]], runs: int) -> list[list[float]]:
    """Milliseconds of ``runs`` calls of each function, in turn, after two warm-up rounds.

    Alternating puts them all under the same load: on a shared machine, timing one after the
    other compared the request in one minute with its SQL in the next.
    """
    for _ in range(2):
        for fn in fns:
            fn()
    samples: list[list[float]] = [[] for _ in fns]
    for _ in range(runs):
        for fn, times in zip(fns, samples, strict=True):
            start = time.perf_counter()
            fn()
            times.append((time.perf_counter() - start) * 1000)
    return samples


class Recorder:
    """The statements (SQL text and parameters) the service sends to the driver in one call."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.statements: list[tuple[str, Any]] = []

    def record(self, work: Callable[[], object]) -> list[tuple[str, Any]]:
        event.listen(self.engine, "before_cursor_execute", self._seen)
        try:
            work()
        finally:
            event.remove(self.engine, "before_cursor_execute", self._seen)
        return self.statements

    def _seen(self, _conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        self.statements.append((statement, parameters))


def driver_replay(connection: Any, work: Callable[[], object]) -> Callable[[], object]:
    """A function that sends the statements ``work`` sends, straight to the DB-API cursor, and
    fetches every row: the raw SQL through the driver, without SQLAlchemy or our code."""
    statements = Recorder(connection.engine).record(work)
    dbapi = connection.connection.dbapi_connection

    def replay() -> None:
        for statement, parameters in statements:
            cursor = dbapi.cursor()
            cursor.execute(statement, parameters)
            cursor.fetchall()
            cursor.close()

    return replay


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] if len(samples) >= 2 else samples[0]


def deep_cursor(client: httpx.Client, pages: int) -> str:
    cursor = None
    for _ in range(pages):
        params = {"limit": 50} | ({"cursor": cursor} if cursor else {})
        cursor = client.get("/v1/events", params=params).json()["next_cursor"]
    assert cursor is not None
    return cursor


def _filter_sort(params: dict[str, Any]) -> tuple[EventFilter, EventSort]:
    fields = {k: v for k, v in params.items() if k in EventFilter.model_fields}
    if isinstance(fields.get("country"), str):
        fields["country"] = [fields["country"]]
    return EventFilter.model_validate(fields), EventSort(params.get("sort", "-event_date"))


def page_rows(params: dict[str, Any], connection: Any) -> Any:
    f, sort = _filter_sort(params)
    return fetch_page(connection, f, sort, int(params.get("limit", 50)), params.get("cursor"))


def first_phase(params: dict[str, Any], connection: Any) -> Any:
    """The main statement of a page request (rows with a sort value), for EXPLAIN."""
    f, sort = _filter_sort(params)
    after = decode_sort_cursor(params.get("cursor"), sort)
    plan = search.plan(connection, f)
    return phase_query(f, sort, int(params.get("limit", 50)) + 1, after, False, plan)


def plan(engine: Engine, stmt: Any) -> str:
    compiled = stmt.compile(engine, compile_kwargs={"literal_binds": True})
    prefix = "EXPLAIN QUERY PLAN " if engine.dialect.name == "sqlite" else "EXPLAIN "
    with engine.connect() as conn:
        rows = conn.execute(text(prefix + str(compiled))).all()
    return "\n".join(" | ".join(str(c) for c in row) for row in rows)


def start_floor(database_url: str, light: LightClient, pages: list[dict[str, Any]]) -> LiveServer:
    """Serve the API's responses to ``pages`` from the HTTP floor, run like the service."""
    responses: http_floor.Responses = {}
    for params in pages:
        responses |= light.capture("/v1/events", params)
    saved = Path(tempfile.mkdtemp()) / "floor.pickle"
    http_floor.save(responses, saved)
    return start_server(
        database_url, app=http_floor.APP, env={http_floor.RESPONSES_ENV: str(saved)}
    )


def run_requests(client: httpx.Client, engine: Engine, runs: int, n: int) -> list[dict[str, Any]]:
    results = []
    light = LightClient(str(client.base_url))
    pages = []
    for name, params in REQUESTS:
        params = dict(params)
        if "_deep" in params:
            params = {"cursor": deep_cursor(client, min(params.pop("_deep"), n // 100))}
        pages.append((name, params))
    floor_server = start_floor(str(engine.url), light, [params for _, params in pages])
    floor = LightClient(floor_server.url)
    try:
        for name, params in pages:
            results.append(_page_row(name, params, client, light, floor, engine, runs))
    finally:
        floor_server.stop()
    for name, groups, params in STATS:
        query = {"group_by": [g.value for g in groups]} | params
        f = EventFilter.model_validate({k: [v] if k == "country" else v for k, v in params.items()})
        with engine.connect() as conn:
            # The service's database work: choose a rollup or plan the scan, run the statement.
            work = functools.partial(stats, conn, f, groups)
            api, db, raw = alternated(
                [functools.partial(light.get, "/v1/stats", query), work, driver_replay(conn, work)],
                runs,
            )
            table = rollup.choose(f, groups)
            stmt = (
                rollup.query(table, f, groups)
                if table
                else stats_query(f, groups, engine.dialect.name, search.plan(conn, f))
            )
        results.append(_row(name, api, db, raw, engine, stmt))
    return results


def _page_row(
    name: str,
    params: dict[str, Any],
    client: httpx.Client,
    light: LightClient,
    floor: LightClient,
    engine: Engine,
    runs: int,
) -> dict[str, Any]:
    with_httpx = timed(lambda: client.get("/v1/events", params=params).raise_for_status(), runs)
    with engine.connect() as conn:
        # The service's own database work: resolve substring needles, then the page phases;
        # the statements it sends, replayed straight through the driver; and the same bytes
        # sent back by the HTTP floor, which does nothing else.
        work = functools.partial(page_rows, params, conn)
        api, db, raw, bare = alternated(
            [
                functools.partial(light.get, "/v1/events", params),
                work,
                driver_replay(conn, work),
                functools.partial(floor.get, "/v1/events", params),
            ],
            runs,
        )
        stmt = first_phase(params, conn)
    return _row(name, api, db, raw, engine, stmt) | {
        "httpx_p50": statistics.median(with_httpx),
        "floor_p50": statistics.median(bare),
    }


def _row(
    name: str, api: list[float], db: list[float], raw: list[float], engine: Engine, stmt: Any
) -> dict[str, Any]:
    row: dict[str, Any] = {
        "request": name,
        "api_p50": statistics.median(api),
        "api_p95": p95(api),
        "sql_p50": statistics.median(db),
        "driver_p50": statistics.median(raw),
    }
    row["ratio"] = row["api_p50"] / max(row["sql_p50"], 0.001)
    row["driver_ratio"] = row["api_p50"] / max(row["driver_p50"], 0.001)
    row["plan"] = plan(engine, stmt) if row["api_p95"] > 10 else ""
    return row


def export_rate(client: httpx.Client, server: LiveServer, rows: int, fmt: str) -> dict[str, float]:
    """Stream an export of up to ``rows`` rows; rows/s, rows per server CPU-second, peak RSS growth.

    Rows per CPU-second is what the server would reach on a core of its own: on a shared
    machine the wall-clock rate also measures everyone else's load.
    """
    before = peak = server.rss_kb()
    cpu_before = server.cpu_seconds()
    count, start = 0, time.perf_counter()
    params: dict[str, Any] = {"format": fmt}
    sampled = 0
    with client.stream("GET", "/v1/events", params=params, timeout=None) as response:
        # Lines are counted in the raw bytes: decoding and splitting 1 KB GeoJSON lines into
        # text cost the client about as much as the server spends writing them.
        for chunk in response.iter_raw():
            count += chunk.count(b"\n")
            if count - sampled >= 20000:
                peak, sampled = max(peak, server.rss_kb()), count
            if count > rows:
                break
    seconds = time.perf_counter() - start
    cpu = server.cpu_seconds() - cpu_before
    read = min(count - 1, rows)  # the header (CSV) or the opening line (GeoJSON) aside
    return {
        "rows": read,
        "rows_per_s": read / seconds,
        "rows_per_cpu_s": read / max(cpu, 0.001),
        "rss_growth_mb": (peak - before) / 1024,
    }


def report(
    kind: str,
    n: int,
    results: list[dict[str, Any]],
    exports: dict[str, dict[str, float]],
    load: tuple[float, float],
) -> str:
    lines = [
        f"### {kind}, N = {n:,}",
        "",
        f"Measured {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC on {os.cpu_count()} CPUs; "
        f"1-minute load average {load[0]:.1f} at the start, {load[1]:.1f} at the end.",
        "",
        'API times are taken with a keep-alive http.client connection. "DB work" is what the',
        "service does for the request in-process (plan, build the statements with SQLAlchemy Core,",
        'run them, turn rows into dicts); "driver" replays the very statements it sent, text and',
        "parameters, straight through the DB-API cursor and fetches every row: the raw SQL. The",
        "last column is the p50 of the same page request through httpx.",
        "",
        "| request | API p50 ms | API p95 ms | DB work p50 ms | driver p50 ms "
        "| API/DB work | API/driver | httpx p50 ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        httpx_p50 = f"{r['httpx_p50']:.1f}" if "httpx_p50" in r else ""
        lines.append(
            f"| {r['request']} | {r['api_p50']:.1f} | {r['api_p95']:.1f} | {r['sql_p50']:.2f} "
            f"| {r['driver_p50']:.2f} | {r['ratio']:.1f} | {r['driver_ratio']:.1f} | {httpx_p50} |"
        )
    pages = [r for r in results if "httpx_p50" in r and r["request"] != "limit=1000"]
    lines.append(
        f"\nMedian over the {len(pages)} page requests (limit=1000 apart): API/DB work "
        f"{statistics.median(r['ratio'] for r in pages):.2f}, API/driver "
        f"{statistics.median(r['driver_ratio'] for r in pages):.2f} (http.client); API/DB work "
        f"{statistics.median(r['httpx_p50'] / max(r['sql_p50'], 0.001) for r in pages):.2f} "
        "with httpx."
    )
    lines += http_floor.report([r for r in results if "floor_p50" in r])
    for fmt, e in exports.items():
        lines.append(
            f"\n{fmt} export: {e['rows']:,} rows at {e['rows_per_s']:,.0f} rows/s "
            f"({e['rows_per_cpu_s']:,.0f} rows per server CPU-second), "
            f"server RSS growth {e['rss_growth_mb']:.1f} MB"
        )
    slow = [r for r in results if r["plan"]]
    if slow:
        lines.append("\nQuery plans of requests over 10 ms (p95):\n")
        for r in slow:
            lines += [f"- {r['request']}:", "```", r["plan"], "```"]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--export-rows", type=int, default=100_000)
    args = parser.parse_args()
    assert ACTORS > 150
    url = database(args.db, args.n)
    load_before = os.getloadavg()[0]
    engine = make_engine(url)
    server = start_server(url)
    try:
        with httpx.Client(base_url=server.url, timeout=60) as client:
            results = run_requests(client, engine, args.runs, args.n)
            exports = {
                fmt: export_rate(client, server, args.export_rows, fmt)
                for fmt in ("csv", "geojson")
            }
    finally:
        server.stop()
    print(report(args.db, args.n, results, exports, (load_before, os.getloadavg()[0])))


if __name__ == "__main__":
    main()
