"""Event triggers, and the cues that rule a trigger out (future, negation, background)."""

from __future__ import annotations

from dataclasses import replace

from app.extraction.doc import Doc, TriggerMention
from app.extraction.lexicon import Match, longest
from app.extraction.resources import Resources, TriggerInfo

# cue classes that block a trigger when they stand shortly before it in the same clause
BLOCKING = ("future", "negation", "background")


def triggers(doc: Doc, res: Resources) -> Doc:
    """Find trigger phrases and mark those that report no actual event."""
    cues = {name: doc.matches_of(f"cue:{name}") for name in BLOCKING}
    found: list[TriggerMention] = []
    for match in longest(doc.matches_of("trigger")):
        info = match.entry.value
        assert isinstance(info, TriggerInfo)
        found.append(
            TriggerMention(
                doc.mention(match.first, match.last), info, _blocked(doc, match, cues, res)
            )
        )
    return replace(doc, triggers=tuple(found))


def _blocked(doc: Doc, trig: Match, cues: dict[str, list[Match]], res: Resources) -> str | None:
    clause = doc.clauses[doc.clause_of(trig.first)]
    for name in BLOCKING:
        window = res.cue_windows.get(name, 0)
        for cue in cues[name]:
            if cue.first < clause.first or cue.first >= clause.last:
                continue
            if 0 <= trig.first - cue.last < window:
                return name
    return None
