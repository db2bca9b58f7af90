"""Compare extraction speed of this checkout with another commit on the same machine.

    .venv/bin/python bench/bench_ab_extract.py BASE_REV [--rounds 3]

Checks BASE_REV out into a temporary git worktree and times both trees alternately, in fresh
processes with the loaded resources frozen out of the collector (as the service does): 20
warm-up articles, then 40 synthetic ~3,000-character articles (bench_extract's), best of 3
passes, as CPU milliseconds per article. Alternating rounds keep the comparison fair
on a shared machine, where absolute timings drift with other jobs.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.extraction.collector import YOUNG_THRESHOLD  # noqa: E402  (after the path)

TIMER = """
import gc, sys, time
tree, lang, young = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path[:0] = [tree, tree + "/bench"]
from bench_extract import PUBLISHED, build_articles
from app.extraction import RuleExtractor
import app
assert app.__file__.startswith(tree), app.__file__
ex = RuleExtractor.load()
# both trees collect garbage as this tree's service does (app.extraction.collector)
gc.collect(); gc.freeze(); gc.set_threshold(young, *gc.get_threshold()[1:])
arts = build_articles(lang, 60)
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


def cpu_ms(tree: Path, lang: str) -> float:
    """CPU ms per article for the extractor of ``tree``, in a fresh interpreter."""
    out = subprocess.run(
        [sys.executable, "-c", TIMER, str(tree), lang, str(YOUNG_THRESHOLD)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.strip())


def main() -> None:
    """Time BASE_REV and this checkout alternately and print both series."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        git = ["git", "-C", str(ROOT), "worktree"]
        subprocess.run([*git, "add", "--detach", str(base), args.base], check=True)
        try:
            for lang in ("en", "ar"):
                old, new = [], []
                for _ in range(args.rounds):
                    old.append(cpu_ms(base, lang))
                    new.append(cpu_ms(ROOT, lang))
                print(f"{lang}: {args.base} {old} -> this checkout {new} (CPU ms per article)")
        finally:
            subprocess.run([*git, "remove", "--force", str(base)], check=True)


if __name__ == "__main__":
    main()
