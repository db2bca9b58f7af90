"""An incident told as another one ("another strike hit Khiam", "غارة أخرى على بلدة الخيام") is
not the incident told before it, unless it struck the same place (steps/merge.py)."""

from __future__ import annotations

from app.extraction.doc import Doc
from app.extraction.steps.drafts import Draft

CATEGORY = "cue:another"


def others(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """The drafts, each with a trigger right after or right before a cue marked ``other``."""
    matches = doc.matches_of(CATEGORY)
    if not matches:
        return drafts
    starts = {m.first for m in matches}
    ends = {m.last for m in matches}
    return [
        d._replace(other=True)
        if any(t.at.last in starts or t.at.token in ends for t in d.triggers)
        else d
        for d in drafts
    ]
