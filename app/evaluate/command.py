"""Evaluate an extractor on one or more gold files and build the text and JSON reports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.evaluate import detect, dev_scoring, errors, report
from app.evaluate.records import DevItem, load
from app.evaluate.runner import Run, Timing, run_all, sample
from app.extraction.types import Extractor


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Everything predicted, grouped by file kind, with timings per file."""

    dev: list[Run] = field(default_factory=list)
    detect: list[Run] = field(default_factory=list)
    spans: list[Run] = field(default_factory=list)
    timings: dict[str, Timing] = field(default_factory=dict)


def evaluate_files(
    extractor: Extractor, paths: Sequence[Path], *, limit: int | None, today: date
) -> Evaluation:
    """Run the extractor over every file (a seeded sample of ``limit`` items per file)."""
    ev = Evaluation()
    for path in paths:
        kind, items = load(path)
        if kind == "detect":
            items = detect.dedupe(items)
        runs, timing = run_all(extractor, sample(items, limit), today)
        getattr(ev, kind).extend(runs)
        ev.timings[path.name] = timing
    return ev


def dev_scores(runs: Sequence[Run]) -> list[dev_scoring.ItemScore]:
    scores = []
    for run in runs:
        assert isinstance(run.item, DevItem)
        scores.append(dev_scoring.score_item(run.item, run.events))
    return scores


def text_report(ev: Evaluation, k: int) -> list[str]:
    """Errors first, then the tables; the last four lines are the dev headline when present."""
    scores = dev_scores(ev.dev)
    lines: list[str] = []
    if k > 0:
        lines += errors.detect_errors(ev.detect, k) + errors.span_errors(ev.spans, k)
        lines += errors.dev_errors(ev.dev, scores, k)
    for name, t in ev.timings.items():
        lines.append(
            f"{name}: {t.items} items extracted in {t.seconds:.2f} s ({t.per_second:.0f}/s)"
        )
        if t.failures:
            lines.append(f"  {len(t.failures)} extractions raised; first: {t.failures[0]}")
    if ev.detect:
        lines += report.detect_lines(report.detect_groups(ev.detect))
    if ev.spans:
        lines += report.span_lines(report.span_groups(ev.spans))
    if ev.dev:
        groups = report.dev_groups(scores)
        failures = sum(len(t.failures) for t in ev.timings.values())
        lines += report.dev_table(groups) + report.headline(groups["all"], failures)
    return lines


def json_report(ev: Evaluation) -> dict[str, Any]:
    """The machine-readable summary."""
    out: dict[str, Any] = {
        "timings": {
            name: {"items": t.items, "seconds": round(t.seconds, 3), "failures": len(t.failures)}
            for name, t in ev.timings.items()
        }
    }
    if ev.dev:
        out["dev"] = report.dev_json(report.dev_groups(dev_scores(ev.dev)))
    if ev.detect:
        out["detect"] = report.detect_json(report.detect_groups(ev.detect))
    if ev.spans:
        out["spans"] = report.span_json(report.span_groups(ev.spans))
    return out
