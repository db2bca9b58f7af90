"""Actor/target token agreement for ar_gsr_spans.jsonl (bags of gold tokens).

Tokens: whitespace split, edge punctuation stripped, Arabic marks/tatweel removed, alef/ya/ta
marbuta folded (README rules). The lenient variant also strips one proclitic and the article.
Predicted strings are ``Participant.text`` (Arabic surface words). Figures are micro-averaged.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields

from app.evaluate.normalise import rules, strip_clitics, tokens
from app.evaluate.records import SpanItem
from app.extraction.types import ExtractedEvent, Participant

ROLES = ("actor", "target")


def span_tokens(text: str | Iterable[str] | None, *, lenient: bool = False) -> frozenset[str]:
    """Normalised token set of a string (or of a list of already split tokens)."""
    if text is None:
        return frozenset()
    raw = text if isinstance(text, str) else " ".join(text)
    toks = tokens(raw)
    return frozenset(strip_clitics(t) for t in toks) if lenient else frozenset(toks)


def f1(pred: frozenset[str], gold: frozenset[str]) -> float:
    """Token F1 of two sets (0 when either is empty)."""
    hits = len(pred & gold)
    if not hits:
        return 0.0
    return 2 * hits / (len(pred) + len(gold))


def _text(p: Participant | None) -> str | None:
    return p.text if p is not None else None


def best_event(item: SpanItem, events: Sequence[ExtractedEvent]) -> ExtractedEvent | None:
    """The event whose actor F1 + target F1 is highest (first on ties)."""
    gold_a, gold_t = span_tokens(item.actor_gold), span_tokens(item.target_gold)

    def combined(ev: ExtractedEvent) -> float:
        return f1(span_tokens(_text(ev.actor)), gold_a) + f1(span_tokens(_text(ev.target)), gold_t)

    return max(events, key=combined) if events else None


@dataclass(frozen=True, slots=True)
class RoleCounts:
    """Micro-average token counts for one role (actor or target)."""

    scored: int = 0  # items whose gold for this role is not null
    predicted_items: int = 0  # ... of which the chosen event has a string for the role
    hits: int = 0
    pred: int = 0
    gold: int = 0
    union_hits: int = 0  # hits against the union of the coders' tokens (lenient precision)
    lenient_hits: int = 0  # hits with clitics stripped on both sides
    lenient_gold: int = 0
    typed: int = 0  # scored items with coder roles and a predicted participant
    type_hits: int = 0  # ... whose predicted kind maps to one of those roles

    @property
    def recall(self) -> float:
        return self.hits / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.hits / self.pred if self.pred else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def union_precision(self) -> float:
        return self.union_hits / self.pred if self.pred else 0.0

    @property
    def lenient_recall(self) -> float:
        return self.lenient_hits / self.lenient_gold if self.lenient_gold else 0.0

    @property
    def type_accuracy(self) -> float:
        return self.type_hits / self.typed if self.typed else 0.0


def role_counts(
    gold: str | None,
    coder_union: Sequence[str],
    pred: Participant | None,
    roles: Sequence[str] = (),
) -> RoleCounts:
    """Counts for one item and role; an empty ``RoleCounts`` when the gold is null."""
    if gold is None:
        return RoleCounts()
    text = _text(pred)
    g, p = span_tokens(gold), span_tokens(text)
    union = span_tokens(coder_union) | g
    lg, lp = span_tokens(gold, lenient=True), span_tokens(text, lenient=True)
    typed = int(bool(roles) and pred is not None)
    code = rules().kind_roles.get(pred.kind) if pred is not None else None
    return RoleCounts(
        scored=1,
        predicted_items=int(bool(p)),
        hits=len(p & g),
        pred=len(p),
        gold=len(g),
        union_hits=len(p & union),
        lenient_hits=len(lp & lg),
        lenient_gold=len(lg),
        typed=typed,
        type_hits=int(bool(typed) and code in roles),
    )


def add(a: RoleCounts, b: RoleCounts) -> RoleCounts:
    """Sum two counts."""
    return RoleCounts(*(x + y for x, y in zip(_astuple(a), _astuple(b), strict=True)))


def _astuple(c: RoleCounts) -> tuple[int, ...]:
    return tuple(int(getattr(c, f.name)) for f in fields(c))


def score_item(item: SpanItem, events: Sequence[ExtractedEvent]) -> dict[str, RoleCounts]:
    """Choose the best-matching event and count actor and target tokens."""
    ev = best_event(item, events)
    return {
        "actor": role_counts(
            item.actor_gold, item.coder_actor, ev.actor if ev else None, item.actor_roles
        ),
        "target": role_counts(
            item.target_gold, item.coder_target, ev.target if ev else None, item.target_roles
        ),
    }


def summarise(per_item: Iterable[dict[str, RoleCounts]]) -> dict[str, RoleCounts]:
    """Sum the per-item counts by role."""
    total = {role: RoleCounts() for role in ROLES}
    for counts in per_item:
        for role in ROLES:
            total[role] = add(total[role], counts[role])
    return total
