"""``python -m app.evaluate FILE.jsonl [...] [--json] [--limit N] [--errors K]``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from app.evaluate.command import evaluate_files, json_report, text_report


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(
        prog="python -m app.evaluate",
        description="Score the rule extractor against gold JSONL files "
        "(dev.jsonl, ar_dev.jsonl, ar_gsr_detect.jsonl, ar_gsr_spans.jsonl).",
    )
    parser.add_argument("files", nargs="+", type=Path, help="gold JSONL files")
    parser.add_argument("--json", action="store_true", help="print a JSON summary only")
    parser.add_argument("--limit", type=int, default=None, help="seeded sample of N per file")
    parser.add_argument("--errors", type=int, default=0, metavar="K", help="first K errors/field")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Load the real extractor once, evaluate, print; always exit 0 on a completed run."""
    args = parse_args(argv)
    from app.extraction import RuleExtractor  # the engine; imported late so --help stays fast

    extractor = RuleExtractor.load()
    today = datetime.now(UTC).date()
    ev = evaluate_files(extractor, args.files, limit=args.limit, today=today)
    if args.json:
        print(json.dumps(json_report(ev), ensure_ascii=False, indent=2))
    else:
        print("\n".join(text_report(ev, args.errors)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
