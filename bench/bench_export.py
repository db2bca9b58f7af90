"""Time the streamed exports of two or more checkouts against the same database, alternating.

    .venv/bin/python bench/bench_export.py --db sqlite --n 1000000 --format geojson --rounds 3 \
        before=/tmp/export-before after=.

Each run starts a fresh server from one checkout (``label=path``; ``git archive <commit> | tar
-x -C <dir>`` makes one), streams one export with ``bench_queries.export_rate`` and stops the
server. Rounds alternate the order (ABBA...), so on a shared machine every checkout meets the
same load; the report gives each run and the medians. The database is the one
``bench_queries`` builds and caches (only read here). Not part of ``make test``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_queries import database, export_rate  # noqa: E402
from scripts.live_server import start_server  # noqa: E402


def run(url: str, root: Path, rows: int, fmt: str) -> dict[str, Any]:
    """One export from a fresh server serving ``root``'s code."""
    server = start_server(url, root=root)
    try:
        with httpx.Client(base_url=server.url, timeout=60) as client:
            client.get("/v1/events", params={"limit": 1000}).raise_for_status()  # warm up
            load = os.getloadavg()[0]
            result: dict[str, Any] = export_rate(client, server, rows, fmt)
            return result | {"load": (load, os.getloadavg()[0])}
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows per export")
    parser.add_argument("--format", choices=["csv", "geojson"], default="geojson")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("checkouts", nargs="+", help="label=path of each checkout")
    args = parser.parse_args()
    checkouts = [(label, Path(path).resolve()) for label, path in
                 (c.split("=", 1) for c in args.checkouts)]  # fmt: skip
    url = database(args.db, args.n)
    runs: dict[str, list[dict[str, Any]]] = {label: [] for label, _ in checkouts}
    for i in range(args.rounds):
        for label, root in checkouts if i % 2 == 0 else checkouts[::-1]:
            r = run(url, root, args.rows, args.format)
            runs[label].append(r)
            print(
                f"{time.strftime('%H:%M:%S')} {label}: {r['rows']:,} rows, "
                f"{r['rows_per_s']:,.0f} rows/s ({r['rows_per_cpu_s']:,.0f} per server "
                f"CPU-second), RSS growth {r['rss_growth_mb']:.1f} MB, "
                f"load {r['load'][0]:.1f}-{r['load'][1]:.1f}",
                flush=True,
            )
    for label, rs in runs.items():
        print(
            f"median {label}: {statistics.median(r['rows_per_s'] for r in rs):,.0f} rows/s "
            f"({statistics.median(r['rows_per_cpu_s'] for r in rs):,.0f} per server CPU-second), "
            f"RSS growth up to {max(r['rss_growth_mb'] for r in rs):.1f} MB, {len(rs)} runs"
        )


if __name__ == "__main__":
    main()
