"""Benchmark the gazetteer: load time and memory, exact lookups, article scans, coverage.

Run: .venv/bin/python bench/bench_geo.py   (prints a Markdown table for docs/geocoding.md)
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.geo import Gazetteer
from tests.geo.test_coverage import load_rows, score

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
EN_SENTENCES = [
    "Gunmen attacked a checkpoint near Maiduguri in Borno state on Monday, killing five soldiers,",
    "a military spokesman said, adding that troops later pursued the attackers toward Gwoza.",
    "In Syria, air strikes hit the southern Idlib countryside and the town of Maarat al-Numan,",
    "where rescue workers said at least 12 civilians were killed and dozens wounded overnight.",
    "Libyan officials in Tripoli said the Libyan National Army had shelled positions west of Derna",
    "while Egyptian jets struck camps in the area, according to a statement from Cairo.",
    "In Yemen, fighting around Hodeidah and Taiz continued as the government and the Houthis",
    "traded accusations; the United Nations envoy called for calm in Sanaa and Aden.",
    "Separately, a roadside bomb in Mogadishu killed three people and an attack in Gao, Mali,",
    "was claimed by militants who also operate near Menaka and across the border in Niger.",
]
AR_SENTENCES = [
    "قصفت طائرات حربية مصرية مواقع في مدينة درنة الليبية يوم الاثنين، بحسب مصادر محلية،",
    "فيما أعلن الجيش الليبي أن الغارات استهدفت المدخل الغربي للمدينة ومنطقة الظهر الأحمر.",
    "وفي سوريا، قتل 12 مدنيا في غارات على ريف إدلب الجنوبي ومدينة معرة النعمان،",
    "بينما استمرت الاشتباكات في محيط حلب وعلى أطراف دير الزور شرقي البلاد.",
    "وفي اليمن، تواصلت المعارك في الحديدة وتعز، وقالت الحكومة في عدن إن الحوثيين",
    "قصفوا أحياء سكنية، في حين دعا المبعوث الأممي إلى التهدئة في صنعاء.",
    "وفي العراق، انفجرت عبوة ناسفة في الموصل وأخرى في بغداد، وأعلنت الشرطة العراقية",
    "مقتل ثلاثة أشخاص، كما هاجم مسلحون ملثمون حافلات تقل أقباطا في محافظة المنيا بمصر.",
]


def rss_mb() -> float:
    """Resident set size of this process, in MB (Linux /proc)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * 4096 / 1e6


def article(sentences: list[str], words: int) -> str:
    """Repeat the sentences until the text has ``words`` words."""
    out: list[str] = []
    while len(out) < words:
        for s in sentences:
            out.extend(s.split())
    return " ".join(out[:words])


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


def main() -> None:
    """Measure and print the figures."""
    base = rss_mb()
    t = time.perf_counter()
    gaz = Gazetteer.load()
    load_s = time.perf_counter() - t
    grow = rss_mb() - base
    print("| measure | value |\n|---|---|")
    print(f"| machine calibration: one dict.get in a loop | {machine_ns_per_dict_get():.0f} ns |")
    print(f"| load artefact | {load_s:.2f} s, +{grow:.0f} MB RSS |")
    rows = load_rows()
    cold = []
    for r in rows:  # first lookup of each name: nothing memoised yet
        t = time.perf_counter()
        gaz.resolve(r.english)
        cold.append((time.perf_counter() - t) * 1e6)
    print(
        f"| exact resolve(), first lookup, median over {len(rows)} names | {statistics.median(cold):.1f} µs |"
    )
    lookups = [median_us(lambda m=m: gaz.resolve(m), 2000) for m in EXACT]  # type: ignore[misc]
    print(
        f"| exact resolve(), repeated, median over {len(EXACT)} names x 2000 | {statistics.median(lookups):.1f} µs |"
    )
    for lang, sentences in (("en", EN_SENTENCES), ("ar", AR_SENTENCES)):
        # the 600-word article repeats its sentences, so names recur as in real reports;
        # the sentences once each show the cost without any repetition
        for label, text in (("600-word", article(sentences, 600)), ("unique", " ".join(sentences))):
            n = len(gaz.scan(text, lang))
            ts = times_us(lambda text=text, lang=lang: gaz.scan(text, lang), 50)  # type: ignore[misc]
            words = len(text.split())
            med, best = statistics.median(ts) / 1000, min(ts) / 1000
            print(
                f"| scan {label} {lang} text ({words} words, {n} mentions), median / best of 50 | {med:.2f} / {best:.2f} ms |"
            )
    for lang in ("ar", "en"):
        for ctx in (False, True):
            country, place = score(gaz, rows, lang, ctx)
            label = "with country context" if ctx else "no context"
            print(
                f"| coverage {lang}, {label} ({len(rows)} places) | country {country:.1%}, place {place:.1%} |"
            )


if __name__ == "__main__":
    main()
