"""Turn scored runs into tables, headline lines and a JSON summary."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.evaluate import detect, dev_scoring, spans
from app.evaluate.dev_scoring import SCORED, DevSummary, ItemScore
from app.evaluate.records import DetectItem, SpanItem
from app.evaluate.runner import Run

PREFIX_ORDER = ("wiki", "wikix", "gtd", "ucdp", "ar")
FIELD_COLUMNS = SCORED


def dev_groups(scores: Sequence[ItemScore]) -> dict[str, DevSummary]:
    """Summaries for all items, per language, and per source prefix."""
    groups: dict[str, DevSummary] = {"all": dev_scoring.summarise(scores)}
    for lang in sorted({s.lang for s in scores}):
        groups[f"lang={lang}"] = dev_scoring.summarise(s for s in scores if s.lang == lang)
    prefixes = {s.prefix for s in scores}
    ordered = [p for p in PREFIX_ORDER if p in prefixes] + sorted(prefixes - set(PREFIX_ORDER))
    for prefix in ordered:
        groups[f"src={prefix}"] = dev_scoring.summarise(s for s in scores if s.prefix == prefix)
    return groups


def _acc(summary: DevSummary, name: str) -> str:
    value = summary.accuracy(name)
    if value is None:
        return "    -    "
    return f"{value:.3f}/{summary.field_scored[name]:<3d}"


def dev_table(groups: dict[str, DevSummary]) -> list[str]:
    """One row per group: event P/R/F1, events per item, field accuracy/number scored."""
    short = {"killed_lenient": "killed_len", "location_lenient": "loc_len"}
    head = f"{'group':<10} {'n':>4} {'evP':>5} {'evR':>5} {'evF1':>5} {'ev/it':>5} "
    head += " ".join(f"{short.get(c, c):<9}" for c in FIELD_COLUMNS)
    lines = ["field accuracy cells are accuracy/number scored", head]
    for name, s in groups.items():
        row = f"{name:<10} {s.items:>4} {s.precision:5.3f} {s.recall:5.3f} {s.f1:5.3f} "
        row += f"{s.events_per_item:5.2f} " + " ".join(_acc(s, c) for c in FIELD_COLUMNS)
        lines.append(row)
    return lines


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def headline(s: DevSummary, failures: int = 0) -> list[str]:
    """The last four lines of the report: the figures the team watches."""
    n = s.field_scored
    failed = f", {failures} EXTRACTIONS RAISED" if failures else ""
    return [
        f"EVENT   P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}"
        f"  ({s.items} items, {s.events_per_item:.2f} events/item{failed})",
        f"KILLED  {_fmt(s.accuracy('killed'))} (lenient {_fmt(s.accuracy('killed_lenient'))},"
        f" n={n['killed']})  WOUNDED {_fmt(s.accuracy('wounded'))} (n={n['wounded']})",
        f"PLACE   country {_fmt(s.accuracy('country'))} (n={n['country']})  location"
        f" {_fmt(s.accuracy('location'))} (in admin1 {_fmt(s.accuracy('location_lenient'))},"
        f" n={n['location']})  date"
        f" {_fmt(s.accuracy('date'))} (n={n['date']})",
        f"WHO     actor {_fmt(s.accuracy('actor'))} (n={n['actor']})  target"
        f" {_fmt(s.accuracy('target'))} (n={n['target']})",
    ]


def dev_json(groups: dict[str, DevSummary]) -> dict[str, Any]:
    """Machine-readable dev figures."""
    out: dict[str, Any] = {}
    for name, s in groups.items():
        out[name] = {
            "items": s.items,
            "event_precision": round(s.precision, 4),
            "event_recall": round(s.recall, 4),
            "event_f1": round(s.f1, 4),
            "events_per_item": round(s.events_per_item, 4),
            "fields": {
                f: {"accuracy": _round(s.accuracy(f)), "scored": s.field_scored[f]} for f in SCORED
            },
        }
    return out


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def detect_groups(runs: Sequence[Run]) -> dict[str, detect.DetectSummary]:
    """Detection summaries per event type (runs must already be deduplicated)."""
    pairs: dict[str, list[tuple[DetectItem, bool]]] = {}
    for run in runs:
        assert isinstance(run.item, DetectItem)
        positive = detect.is_positive(run.events, run.item.event_type)
        pairs.setdefault(run.item.event_type, []).append((run.item, positive))
    return {etype: detect.summarise(p) for etype, p in sorted(pairs.items())}


def detect_lines(groups: dict[str, detect.DetectSummary]) -> list[str]:
    """One line per event type: clean and all-no P/R/F1, and the two false-positive rates."""
    lines = ["detection (dedup by text): yes vs easy-no P/R/F1 | yes vs all-no P/R/F1 | FPR"]
    for etype, s in groups.items():
        cp, cr, cf = s.clean
        ap, ar, af = s.all_no
        lines.append(
            f"{etype:<8} yes={s.yes} easy={s.easy_no} diff={s.difficult_no} | clean P {cp:.3f}"
            f" R {cr:.3f} F1 {cf:.3f} | all P {ap:.3f} R {ar:.3f} F1 {af:.3f}"
            f" | FPR easy {s.fpr_easy:.3f} difficult {s.fpr_difficult:.3f}"
        )
    return lines


def detect_json(groups: dict[str, detect.DetectSummary]) -> dict[str, Any]:
    """Machine-readable detection figures."""
    out: dict[str, Any] = {}
    for etype, s in groups.items():
        out[etype] = {
            "counts": {"yes": s.yes, "easy_no": s.easy_no, "difficult_no": s.difficult_no},
            "clean": dict(zip(("p", "r", "f1"), map(_round, s.clean), strict=True)),
            "all_no": dict(zip(("p", "r", "f1"), map(_round, s.all_no), strict=True)),
            "fpr_easy": round(s.fpr_easy, 4),
            "fpr_difficult": round(s.fpr_difficult, 4),
        }
    return out


def span_groups(runs: Sequence[Run]) -> dict[str, dict[str, spans.RoleCounts]]:
    """Span token counts per event type, by role."""
    per_type: dict[str, list[dict[str, spans.RoleCounts]]] = {}
    for run in runs:
        assert isinstance(run.item, SpanItem)
        per_type.setdefault(run.item.event_type, []).append(spans.score_item(run.item, run.events))
    return {etype: spans.summarise(items) for etype, items in sorted(per_type.items())}


def span_lines(groups: dict[str, dict[str, spans.RoleCounts]]) -> list[str]:
    """One line per event type and role, with the number of scored items."""
    lines = [
        "span tokens (micro): R P F1 | lenient: precision vs coder union, recall w/o clitics"
        " | actor-type accuracy/items"
    ]
    for etype, roles in groups.items():
        for role, c in roles.items():
            lines.append(
                f"{etype:<8} {role:<6} scored={c.scored} predicted={c.predicted_items}"
                f" | R {c.recall:.3f} P {c.precision:.3f} F1 {c.f1:.3f}"
                f" | P_union {c.union_precision:.3f} R_noclitic {c.lenient_recall:.3f}"
                f" | type {c.type_accuracy:.3f}/{c.typed}"
            )
    return lines


def span_json(groups: dict[str, dict[str, spans.RoleCounts]]) -> dict[str, Any]:
    """Machine-readable span figures."""
    return {
        etype: {
            role: {
                "scored": c.scored,
                "predicted": c.predicted_items,
                "recall": round(c.recall, 4),
                "precision": round(c.precision, 4),
                "f1": round(c.f1, 4),
                "precision_coder_union": round(c.union_precision, 4),
                "recall_no_clitics": round(c.lenient_recall, 4),
                "actor_type_accuracy": round(c.type_accuracy, 4),
                "actor_type_scored": c.typed,
            }
            for role, c in roles.items()
        }
        for etype, roles in groups.items()
    }
