"""Two sides named together as the parties of one fight ("clashes between A and B")."""

from __future__ import annotations

from itertools import pairwise

from app.extraction.doc import Doc, ParticipantMention
from app.extraction.resources import Resources
from app.extraction.steps.attach import Incident
from app.extraction.steps.cues import Cues


def between_sides(
    doc: Doc, res: Resources, cues: Cues, inc: Incident
) -> tuple[ParticipantMention, ParticipantMention] | None:
    """Two sides a "between" cue names, joined by "and" ("between the Sudanese army and the
    RSF", "بين الجيش السوداني وقوات الدعم السريع"), in text order."""
    sides = [p for p in inc.participants if not (p.denied or p.reporter or p.thing or p.vague)]
    ordered = sorted(sides, key=lambda p: p.at.start)
    for a, b in pairwise(ordered):
        if a.name == b.name or not cues.ending("cue:between", a.at.token - 1, a.at.token):
            continue
        words = [t.norm for t in doc.tokens[a.at.last : b.at.token]]
        joins = [w for w in words if w not in res.determiners]  # "and the RSF"
        if joins and all(w in res.coordinators for w in joins):
            return a, b
        if not words and doc.tokens[b.at.token].norm[:1] in res.clitics.conjunctions:
            return a, b  # "وقوات": the conjunction is written on the word
    return None
