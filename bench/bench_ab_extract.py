"""Compare extraction speed of this checkout with another commit on the same machine.

    .venv/bin/python bench/bench_ab_extract.py BASE_REV [--rounds 3] [--jsonl FILE ...]
    .venv/bin/python bench/bench_ab_extract.py --pythons BASE_PYTHON NEW_PYTHON [...]

Checks BASE_REV out into a temporary git worktree and times both trees alternately, in fresh
processes with the loaded resources frozen out of the collector (as the service does): 20
warm-up articles, then 40 synthetic ~3,000-character articles (bench_extract's), best of 3
passes, as CPU milliseconds per article. Alternating rounds keep the comparison fair
on a shared machine, where absolute timings drift with other jobs.

``--pythons`` times two installed builds instead (two ``.venv-compiled/bin/python``: the
compiled package each has installed, this checkout's bench scripts); ``--jsonl`` times
articles joined from an evaluation file's texts (bench_extract's ``--from-jsonl``, internal
only) as well as the synthetic ones. Prints the median of the rounds and the ratio.
"""

from __future__ import annotations

import argparse
import math
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.extraction.collector import YOUNG_THRESHOLD  # noqa: E402  (after the path)

TIMER = """
import gc, pathlib, sys, time
tree, lang, young, jsonl = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
if tree:
    sys.path[:0] = [tree, tree + "/bench"]
else:  # the installed package, not a checkout's sources in the working directory
    sys.path[:] = [{bench!r}, *(p for p in sys.path if p not in ("", "."))]
from bench_extract import PUBLISHED, articles_from_jsonl, build_articles, is_compiled
from app.extraction import RuleExtractor
import app
assert app.__file__.startswith(tree) if tree else is_compiled(), app.__file__
ex = RuleExtractor.load()
# both trees collect garbage as this tree's service does (app.extraction.collector)
gc.collect(); gc.freeze(); gc.set_threshold(young, *gc.get_threshold()[1:])
arts = articles_from_jsonl(pathlib.Path(jsonl), lang, 60) if jsonl else build_articles(lang, 60)
if not arts:  # no text of this language in the file
    print("nan")
    raise SystemExit
for a in arts[:20]:
    ex.extract(a, published=PUBLISHED, language=lang)
best = float("inf")
for _ in range(3):
    t = time.thread_time()
    for a in arts[20:]:
        ex.extract(a, published=PUBLISHED, language=lang)
    best = min(best, (time.thread_time() - t) / 40 * 1e3)
print(f"{best:.2f}")
"""


def cpu_ms(python: str, tree: Path | None, lang: str, jsonl: str = "") -> float:
    """CPU ms per article for the extractor of ``tree`` (None: the package ``python`` has
    installed), in a fresh interpreter."""
    code = TIMER.replace("{bench!r}", repr(str(ROOT / "bench")))
    out = subprocess.run(
        [python, "-c", code, str(tree or ""), lang, str(YOUNG_THRESHOLD), jsonl],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.strip())


def compare(
    base: tuple[str, Path | None], new: tuple[str, Path | None], rounds: int, jsonls: list[str]
) -> None:
    """Time the two alternately, for each language and article set, and print the series."""
    for jsonl in ["", *jsonls]:
        for lang in ("en", "ar"):
            old, now = [], []
            for _ in range(rounds):
                old.append(cpu_ms(base[0], base[1], lang, jsonl))
                now.append(cpu_ms(new[0], new[1], lang, jsonl))
                if math.isnan(old[-1]):
                    break
            if math.isnan(old[-1]):
                continue
            a, b = statistics.median(old), statistics.median(now)
            what = f"{lang} {Path(jsonl).name if jsonl else 'synthetic'}"
            print(
                f"{what}: base {old} -> new {now} CPU ms per article; medians "
                f"{a:.2f} -> {b:.2f} ({1e3 / a:.0f} -> {1e3 / b:.0f} articles/s, x{a / b:.2f})"
            )


def main() -> None:
    """Time BASE_REV and this checkout alternately and print both series."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", nargs="?", help="the commit to compare this checkout with")
    parser.add_argument("--pythons", nargs=2, metavar=("BASE_PYTHON", "NEW_PYTHON"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jsonl", action="append", default=[], help="also these texts")
    args = parser.parse_args()
    if args.pythons:
        old_py, new_py = args.pythons
        compare((old_py, None), (new_py, None), args.rounds, args.jsonl)
        return
    if not args.base:
        parser.error("give BASE_REV or --pythons")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        git = ["git", "-C", str(ROOT), "worktree"]
        subprocess.run([*git, "add", "--detach", str(base), args.base], check=True)
        try:
            compare((sys.executable, base), (sys.executable, ROOT), args.rounds, args.jsonl)
        finally:
            subprocess.run([*git, "remove", "--force", str(base)], check=True)


if __name__ == "__main__":
    main()
