"""Score extracted events against one gold main event per item (dev.jsonl, ar_dev.jsonl).

Rules (documented in docs/evaluation.md):

* main event: the predicted event with the largest ``killed.best``; ties and "no figure at all"
  fall back to the first event in article order. The rule never looks at the gold.
* event recall: items with at least one predicted event / items.
* event precision: predicted events that *agree* with the gold event / predicted events. An event
  agrees when its killed figure (either gold column), its location or its date matches a
  non-null gold value. Extra events (context incidents, duplicates that do not agree) lower it.
* field accuracy: over the items whose ``annotated_fields`` list the field, comparing the main
  event's value; an item without events predicts null for every field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from app.evaluate.match import (
    count_matches,
    country_matches,
    date_matches,
    killed_lenient,
    location_matches,
    participant_matches,
)
from app.evaluate.normalise import outside_parentheses
from app.evaluate.records import DevItem
from app.extraction.types import ExtractedEvent, Participant

SCORED = (
    "killed", "killed_lenient", "wounded", "country", "location", "location_lenient",
    "date", "actor", "target",
)  # fmt: skip
LENIENT = {"killed_lenient": "killed", "location_lenient": "location"}


def _killed_best(ev: ExtractedEvent) -> int:
    return ev.killed.best if ev.killed is not None and ev.killed.best is not None else -1


def main_event(events: Sequence[ExtractedEvent]) -> ExtractedEvent | None:
    """Pick the event with the largest killed figure; ties and no figures: the first one."""
    return max(events, key=_killed_best) if events else None


def _gold_en(item: DevItem, key: str) -> str | None:
    gloss = item.meta.get("gold_en") or {}
    value = gloss.get(key)
    return value if isinstance(value, str) else None


def event_agrees(item: DevItem, ev: ExtractedEvent) -> bool:
    """Tell whether a predicted event is the gold event (killed, location or date agree)."""
    gold = item.gold
    incl = item.meta.get("killed_incl_perpetrators")
    if gold["killed"] is not None and killed_lenient(gold["killed"], incl, ev.killed):
        return True
    loc = gold["location"]
    if loc is not None and location_matches(loc, _gold_en(item, "location"), ev.location):
        return True
    return gold["date"] is not None and date_matches(gold["date"], ev.date)


def _participant_golds(item: DevItem, key: str) -> list[str | None]:
    """Gold value first, then the actor mention, the English gloss, and each string's head.

    The head is the string without parentheses: GTD targets read "Patrol (Afghan Border
    Police (ABP))" (target type, then owner), actors "Ansar al-Islam (Burkina Faso)".
    """
    first = item.gold[key]
    if first is None:
        return [None]
    golds: list[str] = [first]
    mention = item.meta.get("actor_mention")
    if key == "actor" and isinstance(mention, str):
        golds.append(mention)
    gloss = _gold_en(item, key)
    if gloss:
        golds.append(gloss)
    heads = [outside_parentheses(g) for g in golds if "(" in g]
    return [*golds, *(h for h in heads if h)]


def field_results(item: DevItem, ev: ExtractedEvent | None) -> dict[str, bool]:
    """Return correct/incorrect for every annotated field and its lenient variant."""
    g = item.gold
    loc = ev.location if ev else None
    actor: Participant | None = ev.actor if ev else None
    target: Participant | None = ev.target if ev else None
    incl = item.meta.get("killed_incl_perpetrators")
    checks: dict[str, Callable[[], bool]] = {
        "killed": lambda: count_matches(g["killed"], ev.killed if ev else None),
        "killed_lenient": lambda: killed_lenient(g["killed"], incl, ev.killed if ev else None),
        "wounded": lambda: count_matches(g["wounded"], ev.wounded if ev else None),
        "country": lambda: country_matches(g["country"], loc),
        "location": lambda: location_matches(g["location"], _gold_en(item, "location"), loc),
        "location_lenient": lambda: location_matches(
            g["location"], _gold_en(item, "location"), loc, within=True
        ),
        "date": lambda: date_matches(g["date"], ev.date if ev else None),
        "actor": lambda: participant_matches(_participant_golds(item, "actor"), actor),
        "target": lambda: participant_matches(_participant_golds(item, "target"), target),
    }
    wanted = item.annotated | {k for k, v in LENIENT.items() if v in item.annotated}
    return {name: check() for name, check in checks.items() if name in wanted}


@dataclass(frozen=True, slots=True)
class ItemScore:
    """The scoring of one dev item."""

    id: str
    lang: str
    prefix: str
    n_events: int
    n_agreeing: int
    fields: dict[str, bool]


def score_item(item: DevItem, events: Sequence[ExtractedEvent]) -> ItemScore:
    """Score the predicted events of one item."""
    return ItemScore(
        id=item.id,
        lang=item.lang,
        prefix=item.prefix,
        n_events=len(events),
        n_agreeing=sum(1 for ev in events if event_agrees(item, ev)),
        fields=field_results(item, main_event(events)),
    )


@dataclass(frozen=True, slots=True)
class DevSummary:
    """Aggregated event and field figures over a group of items."""

    items: int
    with_events: int
    predicted: int
    agreeing: int
    field_correct: dict[str, int] = field(default_factory=dict)
    field_scored: dict[str, int] = field(default_factory=dict)

    @property
    def recall(self) -> float:
        return self.with_events / self.items if self.items else 0.0

    @property
    def precision(self) -> float:
        return self.agreeing / self.predicted if self.predicted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def events_per_item(self) -> float:
        return self.predicted / self.items if self.items else 0.0

    def accuracy(self, name: str) -> float | None:
        """Fraction correct for a field, or None when no item scores it."""
        n = self.field_scored.get(name, 0)
        return self.field_correct.get(name, 0) / n if n else None


def summarise(scores: Iterable[ItemScore]) -> DevSummary:
    """Aggregate item scores (micro-averaged)."""
    items = with_events = predicted = agreeing = 0
    correct = dict.fromkeys(SCORED, 0)
    scored = dict.fromkeys(SCORED, 0)
    for s in scores:
        items += 1
        with_events += s.n_events > 0
        predicted += s.n_events
        agreeing += s.n_agreeing
        for name, ok in s.fields.items():
            scored[name] += 1
            correct[name] += ok
    return DevSummary(items, with_events, predicted, agreeing, correct, scored)
