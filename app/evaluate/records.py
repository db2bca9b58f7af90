"""Read the three kinds of evaluation file (see /work/shared/eval/README.md) into frozen records."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

FIELDS = ("killed", "wounded", "country", "location", "date", "actor", "target")
FileKind = Literal["dev", "detect", "spans"]


@dataclass(frozen=True, slots=True)
class DevItem:
    """One gold main event (dev.jsonl / ar_dev.jsonl)."""

    id: str
    lang: str
    text: str
    published: date | None
    gold: dict[str, Any]
    annotated: frozenset[str]
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def prefix(self) -> str:
        """Return the source prefix of the id: wiki, wikix, gtd, ucdp, ar."""
        return self.id.split("-", 1)[0]


@dataclass(frozen=True, slots=True)
class DetectItem:
    """One sentence labelled yes/no for an event type (ar_gsr_detect.jsonl)."""

    id: str
    lang: str
    text: str
    event_type: str
    label: str  # "yes" | "no"
    label_detail: str  # "yes" | "easy no" | "difficult no"


@dataclass(frozen=True, slots=True)
class SpanItem:
    """One sentence with actor/target gold token bags (ar_gsr_spans.jsonl)."""

    id: str
    lang: str
    text: str
    event_type: str
    actor_gold: str | None
    target_gold: str | None
    coder_actor: tuple[str, ...]  # union of the coders' tokens, for the lenient precision
    coder_target: tuple[str, ...]
    actor_roles: tuple[str, ...] = ()  # the coders' agent codes (MIL, COP, REB, CVL, GOV, UAF…)
    target_roles: tuple[str, ...] = ()


def file_kind(row: dict[str, Any]) -> FileKind:
    """Tell which of the three formats a parsed line belongs to."""
    if "gold" in row:
        return "dev"
    if "actor_gold" in row or "target_gold" in row:
        return "spans"
    if "label" in row and "event_type" in row:
        return "detect"
    raise ValueError(f"unknown evaluation record format (keys: {sorted(row)})")


def _published(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def dev_item(row: dict[str, Any]) -> DevItem:
    """Build a ``DevItem``; ``killed`` is scored even if a file forgets to list it."""
    annotated = frozenset(row.get("annotated_fields", FIELDS)) | {"killed"}
    return DevItem(
        id=row["id"],
        lang=row.get("lang", "en"),
        text=row["text"],
        published=_published(row.get("published")),
        gold={f: row["gold"].get(f) for f in FIELDS},
        annotated=annotated,
        meta=row.get("meta") or {},
    )


def detect_item(row: dict[str, Any]) -> DetectItem:
    """Build a ``DetectItem``."""
    return DetectItem(
        id=row["id"],
        lang=row.get("lang", "ar"),
        text=row["text"],
        event_type=row["event_type"],
        label=row["label"],
        label_detail=row.get("label_detail", row["label"]),
    )


def _coder_union(row: dict[str, Any], key: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for coder in row.get("meta", {}).get("coder_spans", []):
        for tok in coder.get(key) or []:
            seen.setdefault(tok, None)
    return tuple(seen)


def _roles(row: dict[str, Any], key: str) -> tuple[str, ...]:
    codes = (r.get("role") for r in row.get(key) or [] if isinstance(r, dict))
    return tuple(dict.fromkeys(c for c in codes if c and c not in ("None", "UNKNOWN")))


def span_item(row: dict[str, Any]) -> SpanItem:
    """Build a ``SpanItem``."""
    return SpanItem(
        id=row["id"],
        lang=row.get("lang", "ar"),
        text=row["text"],
        event_type=row["event_type"],
        actor_gold=row.get("actor_gold"),
        target_gold=row.get("target_gold"),
        coder_actor=_coder_union(row, "source_actor"),
        coder_target=_coder_union(row, "target_actor"),
        actor_roles=_roles(row, "source_roles"),
        target_roles=_roles(row, "target_roles"),
    )


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Yield the parsed lines of a JSONL file, skipping blank lines."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def load(path: Path) -> tuple[FileKind, list[Any]]:
    """Read one evaluation file and return its kind and records."""
    rows = list(read_jsonl(path))
    if not rows:
        raise ValueError(f"{path}: no records")
    kind = file_kind(rows[0])
    build = {"dev": dev_item, "detect": detect_item, "spans": span_item}[kind]
    return kind, [build(r) for r in rows]
