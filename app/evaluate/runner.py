"""Run an extractor over evaluation records and keep what the scorers and the error list need."""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TypeVar

from app.evaluate.records import DetectItem, DevItem, SpanItem
from app.extraction.types import EventDate, ExtractedEvent, Extractor

T = TypeVar("T")

# A second reference date this far before the first: a date that moves with the reference
# was worked out from it ("Friday", "yesterday", the publication-day default), not read in
# the text. More than a year and not a whole number of weeks, so weekdays and years move.
PROBE_SHIFT = timedelta(days=400)


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


def has_reference(item: DevItem | DetectItem | SpanItem) -> bool:
    """Tell whether the item gives a reference date (its publication date or record year)."""
    return isinstance(item, DevItem) and (
        item.published is not None or isinstance(item.meta.get("year"), int)
    )


def stated_dates_only(
    events: tuple[ExtractedEvent, ...], probe: tuple[ExtractedEvent, ...]
) -> tuple[ExtractedEvent, ...]:
    """Drop the dates that differ between two runs with different reference dates.

    An item without a publication date gets today as a stand-in, which is not the truth: a
    date resolved from it ("on Friday") is the stand-in's, and the gold for such an item is
    null (eval README: date only "when it can be worked out from the text"). A date the text
    states ("30 January 2016") is the same in both runs and is kept.
    """
    if len(probe) != len(events):
        return tuple(replace(ev, date=None) for ev in events)
    return tuple(
        ev if _same_value(ev.date, other.date) else replace(ev, date=None)
        for ev, other in zip(events, probe, strict=True)
    )


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
            reference = published_for(item, today)
            events = _extract(extractor, item, reference)
            if isinstance(item, DevItem) and not has_reference(item):
                probe = _extract(extractor, item, reference - PROBE_SHIFT)
                events = stated_dates_only(events, probe)
        except Exception as exc:  # one bad article must not stop the whole report
            failures.append(f"{item.id}: {exc!r}")
            events = ()
        spent += time.perf_counter() - t0
        runs.append(Run(item, events))
    return runs, Timing(len(runs), spent, sum(len(i.text) for i in items), tuple(failures))


def _same_value(a: EventDate | None, b: EventDate | None) -> bool:
    return a is not None and b is not None and (a.value, a.precision) == (b.value, b.precision)


def _extract(
    extractor: Extractor, item: DevItem | DetectItem | SpanItem, reference: date
) -> tuple[ExtractedEvent, ...]:
    return tuple(extractor.extract(item.text, published=reference, language=item.lang).events)
