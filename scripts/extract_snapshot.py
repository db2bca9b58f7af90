"""Write what the extractor returns for a fixed corpus, one JSON line per article, for diffing.

    .venv/bin/python scripts/extract_snapshot.py OUT.jsonl [EXTRA.jsonl ...]
    .venv-compiled/bin/python scripts/extract_snapshot.py --compiled OUT.jsonl [EXTRA.jsonl ...]

A speed change to the extractor must not change its output. Run this before and after the
change and compare the files (``cmp`` or ``diff``). The corpus is the golden cases under
tests/extraction/golden/cases, bench_extract's synthetic articles (200 per language) and, for
each EXTRA file in the evaluation format (``text``, ``lang``, ``published``), every row of it.
Rows of EXTRA files are read at run time and never stored in the repository; the snapshot
itself holds their extracted values, so keep it out of the repository too.

With ``--compiled`` the extractor is the one installed in the running interpreter (the
mypyc build of ``make compiled``), not the sources of this checkout, and the script refuses
to run if its modules are not compiled: ``make check-compiled`` compares the two snapshots.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMPILED = "--compiled" in sys.argv[1:2]
sys.path[:0] = [str(ROOT / "bench")] if COMPILED else [str(ROOT), str(ROOT / "bench")]

from bench_extract import PUBLISHED, build_articles, is_compiled  # noqa: E402

from app.extraction import RuleExtractor  # noqa: E402

GOLDEN = ROOT / "tests" / "extraction" / "golden" / "cases"
UNDATED = date(2024, 1, 1)  # evaluation rows without a publication date


def corpus(extra: list[Path]) -> Iterator[tuple[str, str, str, date]]:
    """Yield (id, text, language, published) for every article of the snapshot."""
    for path in sorted(GOLDEN.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        yield case["id"], case["text"], case["language"], date.fromisoformat(case["published"])
    for lang in ("en", "ar"):
        for i, text in enumerate(build_articles(lang, 200)):
            yield f"synthetic-{lang}-{i}", text, lang, PUBLISHED
    for path in extra:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                published = row.get("published")
                day = date.fromisoformat(published[:10]) if published else UNDATED
                yield row["id"], row["text"], row["lang"], day


def main(argv: list[str]) -> int:
    argv = argv[1:] if COMPILED else argv
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    if COMPILED and not is_compiled():
        print("--compiled: the installed app.extraction is not a compiled build", file=sys.stderr)
        return 2
    out, extra = Path(argv[0]), [Path(p) for p in argv[1:]]
    extractor = RuleExtractor.load()
    with out.open("w", encoding="utf-8") as fh:
        for ident, text, lang, published in corpus(extra):
            result = extractor.extract(text, published=published, language=lang)
            row = {"id": ident, "result": dataclasses.asdict(result)}
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True, default=str) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
