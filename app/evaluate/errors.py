"""List the first K errors per field, for reading on stdout (never written to the repository)."""

from __future__ import annotations

from collections.abc import Sequence

from app.evaluate import detect, spans
from app.evaluate.dev_scoring import ItemScore, main_event
from app.evaluate.records import DetectItem, DevItem, SpanItem
from app.evaluate.runner import Run
from app.extraction.types import Count, ExtractedEvent, Participant, Place


def excerpt(text: str, width: int = 100) -> str:
    """The first ``width`` characters on one line."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _count(c: Count | None) -> str:
    return "null" if c is None else f"{c.best} ({c.qualifier})"


def _place(p: Place | None) -> str:
    return "null" if p is None else f"{p.name} / {p.text} [{p.admin1}, {p.country_code}]"


def _who(p: Participant | None) -> str:
    return "null" if p is None else f"{p.name} / {p.text} <{p.kind}>"


def predicted_value(ev: ExtractedEvent | None, name: str) -> str:
    """A readable rendering of one field of the main event."""
    if ev is None:
        return "(no event)"
    shown = {
        "killed": lambda: _count(ev.killed),
        "killed_lenient": lambda: _count(ev.killed),
        "wounded": lambda: _count(ev.wounded),
        "country": lambda: _place(ev.location),
        "location": lambda: _place(ev.location),
        "location_lenient": lambda: _place(ev.location),
        "date": lambda: "null" if ev.date is None else ev.date.value.isoformat(),
        "actor": lambda: _who(ev.actor),
        "target": lambda: _who(ev.target),
    }
    return shown[name]()


def dev_errors(runs: Sequence[Run], scores: Sequence[ItemScore], k: int) -> list[str]:
    """Up to ``k`` wrong items per field, in file order."""
    lines: list[str] = []
    fields = ("killed", "wounded", "country", "location", "date", "actor", "target")
    for name in fields:
        wrong = [(r, s) for r, s in zip(runs, scores, strict=True) if s.fields.get(name) is False]
        if not wrong:
            continue
        lines.append(f"--- errors: {name} ({len(wrong)} wrong, first {min(k, len(wrong))})")
        for run, _ in wrong[:k]:
            item = run.item
            assert isinstance(item, DevItem)
            gold = item.gold[name]
            incl = item.meta.get("killed_incl_perpetrators")
            if name == "killed" and incl is not None:
                gold = f"{gold} (incl. perpetrators {incl})"
            pred = predicted_value(main_event(run.events), name)
            lines.append(f"{item.id}  gold={gold!r}  pred={pred}  | {excerpt(item.text)}")
    return lines


def detect_errors(runs: Sequence[Run], k: int) -> list[str]:
    """Up to ``k`` missed yes sentences and ``k`` false alarms per no class."""
    buckets: dict[str, list[str]] = {"missed yes": [], "easy no FP": [], "difficult no FP": []}
    for run in runs:
        item = run.item
        assert isinstance(item, DetectItem)
        positive = detect.is_positive(run.events, item.event_type)
        if item.label == "yes" and not positive:
            key = "missed yes"
        elif item.label == "no" and positive:
            key = "difficult no FP" if item.label_detail == "difficult no" else "easy no FP"
        else:
            continue
        types = ",".join(ev.event_type for ev in run.events) or "-"
        buckets[key].append(f"{item.id}  pred={types}  | {excerpt(item.text)}")
    lines: list[str] = []
    for key, rows in buckets.items():
        if rows:
            lines.append(f"--- errors: detection {key} ({len(rows)}, first {min(k, len(rows))})")
            lines.extend(rows[:k])
    return lines


def span_errors(runs: Sequence[Run], k: int) -> list[str]:
    """Up to ``k`` items per role whose predicted tokens share nothing with the gold."""
    lines: list[str] = []
    for role in spans.ROLES:
        rows: list[str] = []
        for run in runs:
            item = run.item
            assert isinstance(item, SpanItem)
            counts = spans.score_item(item, run.events)[role]
            if counts.scored and counts.hits == 0:
                ev = spans.best_event(item, run.events)
                part = getattr(ev, role) if ev is not None else None
                gold = item.actor_gold if role == "actor" else item.target_gold
                pred = part.text if part is not None else None
                rows.append(f"{item.id}  gold={gold!r}  pred={pred!r}  | {excerpt(item.text)}")
        if rows:
            lines.append(f"--- errors: span {role} ({len(rows)} with no shared token)")
            lines.extend(rows[:k])
    return lines
