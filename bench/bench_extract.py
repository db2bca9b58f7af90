"""Benchmark the rule extractor: startup, memory after load, and articles per second per core.

    .venv/bin/python bench/bench_extract.py [--articles 100] [--runs 5] [--json]
    .venv-compiled/bin/python bench/bench_extract.py --compiled     (after make compiled)

* startup: ``import app.extraction`` + ``RuleExtractor.load()`` in a fresh interpreter, median of 5
  (the interpreter's own start is excluded and reported separately);
* RSS: resident set size of that fresh process right after ``load()`` (``/proc/self/status``);
* throughput: one process pinned to one CPU, a warm-up pass, then the median of ``--runs`` passes
  over ``--articles`` synthetic ~3,000-character articles per language; also per CPU-second
  of the process (``time.process_time``), which is steadier on a shared machine. The language
  is detected, as the service does for a client that does not name it. The garbage collector
  is set up as the service sets it up after loading (``app.extraction.settle_collector``: the
  loaded resources frozen out of its scans, young collections spaced out).

The articles are built here from synthetic sentence templates written for this benchmark (not
from any evaluation text), filled with seeded random numbers, places, weekdays and actors.
With ``--compiled`` the extractor measured is the one installed in the running interpreter (the
mypyc build of ``make compiled``, what the Docker image ships) instead of this checkout's
sources, and the benchmark refuses to run if its modules are not compiled.
Targets: >= 300 articles/s per core, startup < 2 s, RSS < 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TARGET_CHARS = 3000
PUBLISHED = date(2024, 3, 18)

EN_TEMPLATES = (
    "At least {n} people were killed and {m} others wounded when a car bomb exploded near a "
    "market in {place} on {day}, security officials said.",
    "{actor} claimed responsibility for the attack in a statement posted online late on {day}.",
    "Gunmen opened fire on a checkpoint on the outskirts of {place}, killing {n} soldiers, the "
    "army said in a statement.",
    "Witnesses said the explosion shattered windows several streets away and that ambulances "
    "took the wounded to the main hospital in {place}.",
    "An air strike hit a house in a village east of {place} on {day}, killing {n} civilians, "
    "including {m} children, according to local medics.",
    "The death toll from last week's suicide bombing in {place} has risen to {k}, the health "
    "ministry said, adding that {j} people remain in hospital.",
    "No group has so far claimed the attack, which came days after {actor} threatened to "
    "step up operations in the province.",
    "Police said {n} suspects had been arrested in connection with the shooting in {place}.",
    "Clashes between {actor} and government forces near {place} left {n} fighters dead on "
    "{day}, a monitoring group reported.",
    "The governor of {place} condemned the killing and promised that those responsible would "
    "be brought to justice.",
)

AR_TEMPLATES = (
    "قتل {n} أشخاص وأصيب {m} آخرون في انفجار سيارة مفخخة قرب سوق شعبي في مدينة {place} يوم "
    "{day}، بحسب ما أفاد مصدر أمني.",
    "وأعلن {actor} مسؤوليته عن الهجوم في بيان نشره على مواقع التواصل الاجتماعي مساء {day}.",
    "وفتح مسلحون مجهولون النار على نقطة تفتيش عند مدخل {place}، ما أدى إلى مقتل {n} من "
    "عناصر الجيش.",
    "وقال شهود عيان إن الانفجار هز المنطقة وحطم زجاج المحلات، فيما نقلت سيارات الإسعاف "
    "الجرحى إلى مستشفى {place} العام.",
    "وشنت طائرات حربية غارة على منزل في قرية شرق {place} {day}، ما أسفر عن مقتل {n} مدنيين "
    "بينهم أطفال ونساء، وفق مصادر طبية.",
    "وارتفعت حصيلة التفجير الانتحاري الذي وقع الأسبوع الماضي في {place} إلى {k} قتيلا، فيما "
    "لا يزال {j} جريحا يتلقون العلاج.",
    "ولم تتبن أي جهة الهجوم حتى الآن، وجاء بعد أيام من تهديد {actor} بتصعيد عملياته في المحافظة.",
    "وأكدت الشرطة اعتقال {n} مشتبه بهم على صلة بحادث إطلاق النار في {place}.",
    "وأسفرت اشتباكات بين {actor} والقوات الحكومية قرب {place} عن مقتل {n} مسلحين {day}، "
    "بحسب المرصد.",
    "وأدان محافظ {place} الهجوم، متعهدا بملاحقة المسؤولين عنه وتقديمهم إلى العدالة.",
)

FILLERS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "place": ("Kirkuk", "Mogadishu", "Kandahar", "Idlib", "Maiduguri", "Derna", "Aden"),
        "day": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        "actor": ("Islamic State", "al-Shabaab", "the Taliban", "Boko Haram", "the Houthis"),
    },
    "ar": {
        "place": ("كركوك", "مقديشو", "قندهار", "إدلب", "مايدوغوري", "درنة", "عدن"),
        "day": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
        "actor": ("تنظيم داعش", "حركة الشباب", "حركة طالبان", "جماعة بوكو حرام", "جماعة الحوثي"),
    },
}


def build_articles(lang: str, count: int, seed: int = 0) -> list[str]:
    """``count`` articles of about 3,000 characters from seeded random template sentences."""
    rng = random.Random(f"{lang}-{seed}")
    templates = EN_TEMPLATES if lang == "en" else AR_TEMPLATES
    fill = FILLERS[lang]
    articles = []
    for _ in range(count):
        sentences: list[str] = []
        while sum(len(s) + 1 for s in sentences) < TARGET_CHARS:
            slots = {key: rng.choice(values) for key, values in fill.items()}
            # n, m: 3-10 (Arabic plural noun agreement); k, j: 11-60 (singular accusative)
            numbers = {"n": rng.randint(3, 10), "m": rng.randint(3, 10)}
            numbers |= {"k": rng.randint(11, 60), "j": rng.randint(11, 60)}
            sentence = rng.choice(templates).format(**numbers, **slots)
            sentences.append(sentence[0].upper() + sentence[1:])
        articles.append("\n".join(sentences))
    return articles


def articles_from_jsonl(path: Path, lang: str, count: int) -> list[str]:
    """Internal-only variant: ~3,000-character articles joined from a gold file's texts.

    The texts are read at run time and never stored; figures from them are for internal use.
    """
    texts = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("lang") == lang:
                texts.append(row["text"])
    if not texts:
        return []
    articles: list[str] = []
    current, i = "", 0
    while len(articles) < count:
        current = f"{current}\n{texts[i % len(texts)]}" if current else texts[i % len(texts)]
        i += 1
        if len(current) >= TARGET_CHARS:
            articles.append(current)
            current = ""
    return articles


STARTUP_CODE = """
import datetime, json, time
t0, c0 = time.perf_counter(), time.process_time()
from app.extraction import RuleExtractor
ex = RuleExtractor.load()
t1, c1 = time.perf_counter(), time.process_time()
def rss():
    return int(next(l for l in open('/proc/self/status') if l.startswith('VmRSS')).split()[1])
after_load = rss()
ex.extract("A bomb killed 3 people in Kirkuk on Monday.", published=datetime.date(2024, 3, 18))
print(json.dumps({"seconds": t1 - t0, "cpu": c1 - c0, "rss_kb": after_load, "rss_first_kb": rss()}))
"""


def is_compiled() -> bool:
    """Whether the importable extraction pipeline is the mypyc build (C extensions)."""
    from app.extraction import doc

    return not (doc.__file__ or "").endswith(".py")


def startup(compiled: bool, repeats: int = 5) -> dict[str, float]:
    """Median load time (import + load) and RSS over fresh interpreters, plus process wall time."""
    loads, cpus, rss, rss_first, walls = [], [], [], [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", STARTUP_CODE],
            # the checkout's sources are importable from its root, the installed build from elsewhere
            cwd=Path(sys.prefix) if compiled else ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        walls.append(time.perf_counter() - t0)
        figures = json.loads(out.stdout.strip().splitlines()[-1])
        loads.append(figures["seconds"])
        cpus.append(figures["cpu"])
        rss.append(figures["rss_kb"] / 1024)
        rss_first.append(figures["rss_first_kb"] / 1024)
    return {
        "load_s": statistics.median(loads),
        "load_cpu_s": statistics.median(cpus),
        "process_wall_s": statistics.median(walls),
        "rss_mb": statistics.median(rss),
        "rss_after_first_extract_mb": statistics.median(rss_first),
    }


def throughput(extractor: Any, articles: list[str], lang: str, runs: int) -> dict[str, float]:
    """Warm up once, then the median articles/s (and chars/s) over ``runs`` passes."""
    for text in articles:
        # Detected, as for an article posted without a language; checked once, outside the timing.
        assert extractor.extract(text, published=PUBLISHED).language == lang
    rates, cpu_rates = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        for text in articles:
            extractor.extract(text, published=PUBLISHED)
        rates.append(len(articles) / (time.perf_counter() - t0))
        cpu_rates.append(len(articles) / max(time.process_time() - c0, 1e-9))
    return {
        "articles_per_s": statistics.median(rates),
        "min": min(rates),
        "max": max(rates),
        # per CPU-second of this process: less sensitive to other load on a shared machine
        "articles_per_cpu_s": statistics.median(cpu_rates),
        "mean_chars": statistics.mean(len(a) for a in articles),
    }


def pin_one_core() -> str:
    """Restrict this process to one CPU so the figure is per core."""
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"cpu {cpu}"
    return "not pinned"


def parse_args() -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=100, help="articles per language")
    parser.add_argument("--runs", type=int, default=5, help="timed passes (median reported)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--compiled",
        action="store_true",
        help="measure the compiled build installed in this interpreter, not the sources",
    )
    parser.add_argument(
        "--from-jsonl",
        type=Path,
        action="append",
        default=[],
        help="internal figure: build the articles from the texts of this gold file instead",
    )
    return parser.parse_args()


def measure(args: argparse.Namespace) -> dict[str, Any]:
    """Startup in fresh processes, then throughput in this process pinned to one CPU."""
    if not args.compiled:
        sys.path.insert(0, str(ROOT))
    from app.extraction import RuleExtractor, settle_collector

    if is_compiled() != args.compiled:
        found = "compiled" if is_compiled() else "the sources"
        sys.exit(f"--compiled is {args.compiled}, but the extractor imported is {found}")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    start = startup(args.compiled)
    pinned = pin_one_core()
    extractor = RuleExtractor.load()
    settle_collector()  # as the service does once its resources are loaded (app.main)
    results = {}
    for lang in ("en", "ar"):
        articles = build_articles(lang, args.articles)
        if args.from_jsonl:
            articles = [
                a for p in args.from_jsonl for a in articles_from_jsonl(p, lang, args.articles)
            ]
        if articles:
            results[lang] = throughput(extractor, articles, lang, args.runs)
    return {
        "startup": start,
        "throughput": results,
        "pinned": pinned,
        "runs": args.runs,
        "build": "compiled (mypyc)" if args.compiled else "sources (interpreted)",
        "articles": "gold-file texts (internal only)" if args.from_jsonl else "synthetic",
        "load_average_before": load,
    }


def print_table(summary: dict[str, Any]) -> None:
    """Print the command, the context and one line per figure with its target."""
    start = summary["startup"]
    python = os.path.relpath(sys.executable, ROOT)
    print(f"command: {python} bench/{Path(__file__).name} {' '.join(sys.argv[1:])}")
    print(f"date: {date.today().isoformat()}  python {sys.version.split()[0]}  {summary['pinned']}")
    print(f"articles: {summary['articles']}, {summary['runs']} timed runs after a warm-up")
    print(f"extractor: {summary['build']}")
    load = summary["load_average_before"]
    print(f"load average (1 min) before timing: {load:.2f} on {os.cpu_count()} CPUs")
    print(f"{'figure':<34} {'value':>10}  target")
    print(f"{'startup: import + load (median 5)':<34} {start['load_s']:>9.2f}s  < 2 s")
    print(f"{'  ... CPU time of that (median 5)':<34} {start['load_cpu_s']:>9.2f}s")
    print(f"{'fresh process wall time (median 5)':<34} {start['process_wall_s']:>9.2f}s")
    print(f"{'RSS after load':<34} {start['rss_mb']:>7.0f} MB  < 300 MB")
    first = start["rss_after_first_extract_mb"]
    print(f"{'RSS after first extract':<34} {first:>7.0f} MB  < 300 MB")
    for lang, r in summary["throughput"].items():
        label = f"{lang}: articles/s (~{r['mean_chars']:.0f} chars)"
        spread = f"(min {r['min']:.0f}, max {r['max']:.0f})"
        print(f"{label:<34} {r['articles_per_s']:>10.0f}  >= 300 {spread}")
        print(f"{'  ... per CPU-second':<34} {r['articles_per_cpu_s']:>10.0f}")


def main() -> int:
    """Run the benchmark and print the table (or JSON)."""
    args = parse_args()
    summary = measure(args)
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print_table(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
