"""Benchmark the gazetteer: load time and memory, exact lookups, article scans, coverage.

Run: .venv/bin/python bench/bench_geo.py   (prints a Markdown table for docs/geocoding.md)
"""

from __future__ import annotations

import gc
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.geo import Gazetteer
from tests.geo.test_coverage import load_rows, score

CASES = Path(__file__).resolve().parent.parent / "tests/extraction/golden/cases"

EXACT = [
    "Derna",
    "درنة",
    "Tripoli",
    "الخرطوم",
    "Maiduguri",
    "Aleppo",
    "حلب",
    "Gao",
    "Mosul",
    "الموصل",
]


def rss_mb() -> float:
    """Resident set size of this process, in MB (Linux /proc)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * 4096 / 1e6


def median_us(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``fn`` in microseconds."""
    return statistics.median(times_us(fn, repeat))


def times_us(fn: Callable[[], object], repeat: int) -> list[float]:
    """Wall times of ``repeat`` calls of ``fn`` in microseconds."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1e6)
    return times


def machine_ns_per_dict_get() -> float:
    """Calibration: this machine's cost of one dict lookup in a Python loop (shared CPUs vary)."""
    d = {str(i): i for i in range(1000)}
    t = time.perf_counter()
    for _ in range(200_000):
        d.get("x")
    return (time.perf_counter() - t) / 200_000 * 1e9


def percentile(values: list[float], pct: int) -> float:
    """The pct-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, len(ordered) * pct // 100)]


def articles(lang: str, count: int, seed: int) -> list[str]:
    """600-word articles made of random team-written golden-case texts (distinct texts, so no
    per-text memo helps; the words recur across articles as they do in a news feed)."""
    texts = [json.loads(p.read_text())["text"] for p in sorted(CASES.glob(f"{lang}-*.json"))]
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        words: list[str] = []
        while len(words) < 600:
            words += rnd.choice(texts).split(" ")
        out.append(" ".join(words[:600]))
    return out


def scan_new_articles(gaz: Gazetteer, lang: str) -> None:
    """Scan 40 new 600-word articles after 30 others warmed the process (a running service);
    wall time and this thread's CPU time (steadier on a shared machine)."""
    for text in articles(lang, 30, seed=1):
        gaz.scan(text, lang)
    wall, cpu, mentions = [], [], 0
    for text in articles(lang, 40, seed=2):
        t, c = time.perf_counter(), time.thread_time()
        mentions += len(gaz.scan(text, lang))
        cpu.append((time.thread_time() - c) * 1e3)
        wall.append((time.perf_counter() - t) * 1e3)
    print(
        f"| scan a new 600-word {lang} article ({mentions / 40:.0f} mentions), median wall / CPU "
        f"/ p90 wall of 40 | {statistics.median(wall):.2f} / {statistics.median(cpu):.2f} "
        f"/ {percentile(wall, 90):.2f} ms |"
    )


def main() -> None:
    """Measure and print the figures."""
    base = rss_mb()
    t = time.perf_counter()
    gaz = Gazetteer.load()
    load_s = time.perf_counter() - t
    gc.freeze()  # as the service does once its resources are loaded (app.main)
    grow = rss_mb() - base
    print("| measure | value |\n|---|---|")
    print(f"| machine calibration: one dict.get in a loop | {machine_ns_per_dict_get():.0f} ns |")
    print(f"| load artefact | {load_s:.2f} s, +{grow:.0f} MB RSS |")
    rows = load_rows()
    for lang in ("en", "ar"):
        names = [r.english if lang == "en" else r.arabic for r in rows]
        cold = []
        for name in names:  # the first lookup of each name: nothing memoised for it yet
            t = time.perf_counter()
            gaz.resolve(name)
            cold.append((time.perf_counter() - t) * 1e6)
        print(
            f"| exact resolve(), first lookup of each of {len(names)} {lang} names, median / p90 "
            f"| {statistics.median(cold):.1f} / {percentile(cold, 90):.1f} µs |"
        )
    lookups = [median_us(lambda m=m: gaz.resolve(m), 2000) for m in EXACT]  # type: ignore[misc]
    print(
        f"| exact resolve(), repeated (memoised), median over {len(EXACT)} names x 2000 "
        f"| {statistics.median(lookups):.1f} µs |"
    )
    for lang in ("en", "ar"):
        scan_new_articles(gaz, lang)
    for lang in ("ar", "en"):
        for ctx in (False, True):
            country, place = score(gaz, rows, lang, ctx)
            label = "with country context" if ctx else "no context"
            print(
                f"| coverage {lang}, {label} ({len(rows)} places) | country {country:.1%}, place {place:.1%} |"
            )


if __name__ == "__main__":
    main()
