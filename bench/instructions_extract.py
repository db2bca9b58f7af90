"""Count the CPU instructions the extractor spends per article, under valgrind's callgrind.

    .venv/bin/python bench/instructions_extract.py [--lang en|ar] [--articles 10] [--jsonl FILE]
    .venv-compiled/bin/python bench/instructions_extract.py --compiled [--keep callgrind.out] ...

Wall-clock timings on a shared 2-core machine drift with other jobs; an instruction count does
not: the same code, inputs and interpreter give the same total (within a fraction of a percent)
whatever else runs. Use it to compare two versions of the extractor (run it in each tree). The
child process loads the extractor and warms up on 20 articles with instrumentation off; the
parent then switches instrumentation on with ``callgrind_control`` and the child extracts the
measured articles (bench_extract's synthetic ones, or texts of an evaluation file). Articles
new to the memos (a place name ranked for the first time, a country's near-spellings indexed)
cost more than ones seen before; ``--warm`` warms up on the measured articles themselves, as
bench_extract's repeated passes over the same articles do.
Needs valgrind (on every machine here); prints millions of instructions per article.
``--compiled`` counts the compiled build installed in the running interpreter (``make
compiled``) instead of the sources; ``--keep FILE`` keeps callgrind's output for
``callgrind_annotate``, which names the compiled functions (``CPyDef_<module>___<function>``).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import sys
sys.path[:0] = {paths!r}
from bench_extract import PUBLISHED, articles_from_jsonl, build_articles
from app.extraction import RuleExtractor, settle_collector
lang, n, jsonl, warm = {lang!r}, {n}, {jsonl!r}, {warm!r}
ex = RuleExtractor.load()
settle_collector()  # as the service does
arts = articles_from_jsonl(__import__("pathlib").Path(jsonl), lang, 20 + n) if jsonl else build_articles(lang, 20 + n)
for a in arts[20:] if warm else arts[:20]:
    ex.extract(a, published=PUBLISHED)
print("ready", flush=True)
sys.stdin.readline()
for a in arts[20:]:
    ex.extract(a, published=PUBLISHED)
sys.stdout.flush()
__import__("os")._exit(0)  # no interpreter shutdown: freeing the gazetteer is not extraction
"""


def count(
    lang: str, n: int, jsonl: str, compiled: bool = False, keep: str = "", warm: bool = False
) -> float:
    """Millions of instructions per article over ``n`` articles after warm-up (``warm``: on
    the measured articles themselves)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(keep) if keep else Path(tmp) / "callgrind.out"
        # the installed (compiled) package, or this checkout's sources ahead of it
        paths = [str(ROOT / "bench")] if compiled else [str(ROOT), str(ROOT / "bench")]
        code = CHILD.format(paths=paths, lang=lang, n=n, jsonl=jsonl, warm=warm)
        cmd = [
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            f"--callgrind-out-file={out}",
            sys.executable,
            *(["-I"] if compiled else []),  # -I: not the sources of the current directory
            "-c",
            code,
        ]
        proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None and proc.stdin is not None
        if proc.stdout.readline().strip() != "ready":
            raise SystemExit(proc.communicate()[1][-2000:])
        subprocess.run(
            ["callgrind_control", "-i", "on", str(proc.pid)], check=True, capture_output=True
        )
        proc.stdin.write("\n")
        proc.stdin.flush()
        _, err = proc.communicate()
        if proc.returncode:
            raise SystemExit(err[-2000:])
        summary = re.search(r"^summary: (\d+)", out.read_text(), re.M)
        if summary is None:
            raise SystemExit("no summary line in callgrind's output")
        return int(summary.group(1)) / n / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "ar"), default="en")
    parser.add_argument("--articles", type=int, default=10)
    parser.add_argument("--jsonl", default="", help="take the texts of this evaluation file")
    parser.add_argument("--compiled", action="store_true", help="the installed compiled build")
    parser.add_argument("--keep", default="", help="write callgrind's output to this file")
    parser.add_argument(
        "--warm",
        action="store_true",
        help="warm up on the measured articles themselves, as bench_extract's repeated passes do",
    )
    args = parser.parse_args()
    per = count(args.lang, args.articles, args.jsonl, args.compiled, args.keep, args.warm)
    source = (args.jsonl or "synthetic") + (", warm" if args.warm else "")
    build = "compiled" if args.compiled else "sources"
    print(
        f"{args.lang} {source} ({build}): {per:.2f} M instructions per article "
        f"({args.articles} articles)"
    )


if __name__ == "__main__":
    main()
