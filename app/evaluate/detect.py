"""Event detection metrics for ar_gsr_detect.jsonl (yes / easy no / difficult no)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.evaluate.normalise import rules
from app.evaluate.records import DetectItem
from app.extraction.types import ExtractedEvent


def is_positive(events: Sequence[ExtractedEvent], event_type: str) -> bool:
    """ASSAULT: any violent event; PROTEST: any protest or riot event."""
    wanted = rules().protest if event_type == "PROTEST" else rules().violent
    return any(ev.event_type in wanted for ev in events)


def dedupe(items: Iterable[DetectItem]) -> list[DetectItem]:
    """Keep the first line of each (event type, text) pair; identical texts share a label."""
    seen: set[tuple[str, str]] = set()
    unique: list[DetectItem] = []
    for item in items:
        key = (item.event_type, item.text)
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return unique


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(frozen=True, slots=True)
class DetectSummary:
    """Confusion counts by gold class; metrics derive from them."""

    yes: int = 0
    yes_hit: int = 0  # true positives
    easy_no: int = 0
    easy_fp: int = 0
    difficult_no: int = 0
    difficult_fp: int = 0

    @property
    def clean(self) -> tuple[float, float, float]:
        """Precision, recall, F1 of yes vs easy no."""
        return _prf(self.yes_hit, self.easy_fp, self.yes - self.yes_hit)

    @property
    def all_no(self) -> tuple[float, float, float]:
        """Precision, recall, F1 of yes vs every no."""
        fp = self.easy_fp + self.difficult_fp
        return _prf(self.yes_hit, fp, self.yes - self.yes_hit)

    @property
    def fpr_easy(self) -> float:
        return self.easy_fp / self.easy_no if self.easy_no else 0.0

    @property
    def fpr_difficult(self) -> float:
        return self.difficult_fp / self.difficult_no if self.difficult_no else 0.0


def summarise(pairs: Iterable[tuple[DetectItem, bool]]) -> DetectSummary:
    """Count (item, predicted positive) pairs by gold class."""
    c = {"yes": 0, "yes_hit": 0, "easy": 0, "easy_fp": 0, "diff": 0, "diff_fp": 0}
    for item, positive in pairs:
        if item.label == "yes":
            c["yes"] += 1
            c["yes_hit"] += positive
        elif item.label_detail == "difficult no":
            c["diff"] += 1
            c["diff_fp"] += positive
        else:
            c["easy"] += 1
            c["easy_fp"] += positive
    return DetectSummary(c["yes"], c["yes_hit"], c["easy"], c["easy_fp"], c["diff"], c["diff_fp"])
