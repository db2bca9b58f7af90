"""Short crash-safety run: SIGKILL uvicorn mid-ingestion, restart, audit (make crash: the long one)."""

from __future__ import annotations

import argparse
from pathlib import Path

from scripts.crash_test import run

MUST_BE_ZERO = ("lost", "changed", "partial", "duplicates", "repost_5xx", "orphan_events")


def test_sigkill_mid_ingestion_keeps_whole_articles_and_every_acknowledged_write(
    tmp_path: Path,
) -> None:
    args = argparse.Namespace(db="sqlite", cycles=1, seconds=2.0, writers=6, fake_extractor=True)
    result = run(args, tmp_path)
    print(result)
    assert result["acknowledged_per_cycle"][0] > 0
    assert {key: result[key] for key in MUST_BE_ZERO} == dict.fromkeys(MUST_BE_ZERO, 0)
    acknowledged = sum(result["acknowledged_per_cycle"])
    assert result["stored_after_repost"] >= result["stored_before_repost"] >= acknowledged
    assert result["passed"]
