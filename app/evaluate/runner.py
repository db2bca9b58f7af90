"""Run an extractor over evaluation records and keep what the scorers and the error list need."""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from app.evaluate.records import DetectItem, DevItem, SpanItem
from app.extraction.types import ExtractedEvent, Extractor

T = TypeVar("T")


def sample(items: Sequence[T], limit: int | None, seed: int = 0) -> list[T]:
    """A seeded random subset of ``limit`` items, kept in file order (all when no limit)."""
    if limit is None or limit >= len(items):
        return list(items)
    chosen = sorted(random.Random(seed).sample(range(len(items)), limit))
    return [items[i] for i in chosen]


def published_for(item: DevItem | DetectItem | SpanItem, today: date) -> date:
    """The reference date passed to the extractor.

    The item's publication date when known. Wikipedia and GTD rows have none; their record
    year (``meta.year``: the year of the Wikipedia list or GTD row) stands in as a publication
    date of 31 December that year, so that "on 8 June" resolves into the right year. Otherwise
    today. This is document context, never the gold date.
    """
    if isinstance(item, DevItem):
        if item.published is not None:
            return item.published
        year = item.meta.get("year")
        if isinstance(year, int) and 1900 < year <= today.year:
            return date(year, 12, 31)
    return today


@dataclass(frozen=True, slots=True)
class Run:
    """The events predicted for one item."""

    item: DevItem | DetectItem | SpanItem
    events: tuple[ExtractedEvent, ...]


@dataclass(frozen=True, slots=True)
class Timing:
    """Wall time spent inside ``extract`` for a batch."""

    items: int
    seconds: float
    chars: int
    failures: tuple[str, ...] = ()  # "id: exception" for items whose extraction raised

    @property
    def per_second(self) -> float:
        return self.items / self.seconds if self.seconds else 0.0


def run_all(
    extractor: Extractor, items: Sequence[DevItem | DetectItem | SpanItem], today: date
) -> tuple[list[Run], Timing]:
    """Extract every item once with its own language and reference date.

    An item whose extraction raises counts as "no events" and is listed in ``failures``.
    """
    runs: list[Run] = []
    failures: list[str] = []
    spent = 0.0
    for item in items:
        t0 = time.perf_counter()
        try:
            result = extractor.extract(
                item.text, published=published_for(item, today), language=item.lang
            )
            events = tuple(result.events)
        except Exception as exc:  # one bad article must not stop the whole report
            failures.append(f"{item.id}: {exc!r}")
            events = ()
        spent += time.perf_counter() - t0
        runs.append(Run(item, events))
    return runs, Timing(len(runs), spent, sum(len(i.text) for i in items), tuple(failures))
