"""SIGKILL the server in the middle of sustained ingestion, restart it, and audit the database.

Each cycle starts uvicorn, lets writers post distinct articles, kills the whole process group
at a random moment, and goes on with the same database. Then a fresh server must show: every
acknowledged (201) article with its text and its events; only whole articles (each holds exactly
the events its text yields, no event without its article); no duplicates; and every write that
was cut off can be posted again (200 if it had been stored, 201 if not).

    python scripts/crash_test.py                 # long variant: real extractor, 5 cycles
    python scripts/crash_test.py --cycles 1 --seconds 3 --fake-extractor   # what make test runs
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.live_server import FAKE_APP, REAL_APP, expected_events, start_server
from scripts.load_test import KEY, all_articles, article_text, database_url

PUBLISHED = "2024-03-04"


@dataclass
class Ledger:
    """What the writers were told: acknowledged ids, and texts whose fate they never learnt."""

    acknowledged: dict[int, tuple[str, int]] = field(default_factory=dict)
    languages: dict[str, str] = field(default_factory=dict)
    unknown: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)


def write_until(url: str, n: int, stop: threading.Event, ledger: Ledger) -> None:
    rng, seq = random.Random(f"{url}-{n}"), 0
    with httpx.Client(base_url=url, headers={"X-API-Key": KEY}, timeout=30) as client:
        while not stop.is_set():
            seq += 1
            text, lang = article_text(rng, f"{url[-5:]}-w{n}-{seq}")
            with ledger.lock:
                ledger.languages[text] = lang
            body = {"text": text, "language": lang, "published_at": PUBLISHED}
            try:
                response = client.post("/v1/articles", json=body)
            except httpx.HTTPError:
                with ledger.lock:
                    ledger.unknown.add(text)
                return  # the server is gone
            with ledger.lock:
                if response.status_code == 201:
                    data = response.json()
                    ledger.acknowledged[data["id"]] = (text, len(data["events"]))
                else:
                    ledger.unknown.add(text)


def crash_cycle(db: str, app: str, seconds: float, writers: int, ledger: Ledger, log: Path) -> int:
    """Run writers against a fresh server and SIGKILL it mid-flight; return writes acknowledged."""
    before = len(ledger.acknowledged)
    server = start_server(db, app=app, env={"API_KEYS": KEY}, log_path=log)
    stop = threading.Event()
    threads = [
        threading.Thread(target=write_until, args=(server.url, n, stop, ledger))
        for n in range(writers)
    ]
    for thread in threads:
        thread.start()
    time.sleep(random.uniform(seconds / 2, seconds))
    server.kill()
    stop.set()
    for thread in threads:
        thread.join(timeout=60)
    return len(ledger.acknowledged) - before


def expected_counter(fake: bool) -> Callable[[str, str], int]:
    """How many events a text must hold: recomputed by the same extractor the server ran."""
    if fake:
        return lambda text, _lang: expected_events(text)
    from app.extraction import RuleExtractor

    extractor = RuleExtractor.load()
    published = date.fromisoformat(PUBLISHED)
    return lambda text, lang: len(
        extractor.extract(text, published=published, language=lang).events
    )


def audit(url: str, ledger: Ledger, expected: Callable[[str, str], int]) -> dict[str, int]:
    """Check acknowledged writes, whole articles and duplicates; then re-post the cut-off ones."""
    counts = dict.fromkeys(["lost", "changed", "partial", "duplicates", "repost_5xx"], 0)
    with httpx.Client(base_url=url, headers={"X-API-Key": KEY}, timeout=60) as client:
        stored = {
            a["id"]: client.get(f"/v1/articles/{a['id']}").json() for a in all_articles(client)
        }
        for data in stored.values():
            lang = ledger.languages.get(data["text"], data["language"])
            counts["partial"] += len(data["events"]) != expected(data["text"], lang)
        for article_id, (text, events) in ledger.acknowledged.items():
            found = stored.get(article_id)
            if found is None:
                counts["lost"] += 1
            else:
                counts["changed"] += found["text"] != text or len(found["events"]) != events
        texts = [data["text"] for data in stored.values()]
        counts["duplicates"] = len(texts) - len(set(texts))
        for text in sorted(ledger.unknown):
            body = {"text": text, "language": ledger.languages[text], "published_at": PUBLISHED}
            counts["repost_5xx"] += client.post("/v1/articles", json=body).status_code >= 500
        after = all_articles(client)
    counts["stored_before_repost"] = len(stored)
    counts["stored_after_repost"] = len(after)
    counts["cut_off_writes"] = len(ledger.unknown)
    return counts


def orphan_events(db: str) -> int:
    """Events whose article is missing, counted in SQL (the API could not show them)."""
    from sqlalchemy import text

    from app.db.engine import make_engine

    engine = make_engine(db)
    with engine.connect() as conn:
        query = "SELECT count(*) FROM event WHERE article_id NOT IN (SELECT id FROM article)"
        orphans = int(conn.execute(text(query)).scalar_one())
        if db.startswith("sqlite"):
            assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
    engine.dispose()
    return orphans


def run(args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    db = database_url(args.db, workdir)
    app = FAKE_APP if args.fake_extractor else REAL_APP
    ledger, log = Ledger(), workdir / "server.log"
    acknowledged = [
        crash_cycle(db, app, args.seconds, args.writers, ledger, log) for _ in range(args.cycles)
    ]
    server = start_server(db, app=app, env={"API_KEYS": KEY}, log_path=log)
    try:
        counts = audit(server.url, ledger, expected_counter(args.fake_extractor))
    finally:
        server.stop()
    counts["orphan_events"] = orphan_events(db)
    bad = ["lost", "changed", "partial", "duplicates", "repost_5xx", "orphan_events"]
    return {
        "database": db.split("://")[0],
        "cycles": args.cycles,
        "acknowledged_per_cycle": acknowledged,
        **counts,
        "passed": all(counts[k] == 0 for k in bad) and sum(acknowledged) > 0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="sqlite", help="'sqlite' or a PostgreSQL URL (emptied!)")
    parser.add_argument("--cycles", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=15.0, help="longest run before the kill")
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--fake-extractor", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="crash-") as tmp:
        result = run(args, Path(tmp))
    print(json.dumps(result, indent=2))
    return 0 if result["passed"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
