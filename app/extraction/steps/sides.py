"""Two sides named together: the parties of one fight ("clashes between A and B"), or two
suspects of one attack ("attributed to ISGS and Ansar al-Islam", "A or B")."""

from __future__ import annotations

from itertools import pairwise

from app.extraction.doc import Doc, ParticipantMention
from app.extraction.resources import Resources
from app.extraction.steps.cues import Cues
from app.extraction.steps.incident import Incident


def between_sides(
    doc: Doc, res: Resources, cues: Cues, inc: Incident
) -> tuple[ParticipantMention, ParticipantMention] | None:
    """Two sides a "between" cue names, joined by "and" ("between the Sudanese army and the
    RSF", "بين الجيش السوداني وقوات الدعم السريع"), in text order."""
    sides = [p for p in inc.participants if not (p.denied or p.reporter or p.thing or p.vague)]
    if len(sides) < 2:
        return None  # most incidents: no pair to look at, nothing to sort
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


def clashing_sides(
    doc: Doc, res: Resources, inc: Incident
) -> tuple[ParticipantMention, ParticipantMention] | None:
    """Two sides joined by "and" right before a clash trigger ("Government forces and RSF
    fighters clashed", "troops and militants exchanged fire"): they fought each other, the
    first named the actor, in text order."""
    starts = {t.at.token for t in inc.triggers if t.info.mutual}
    if not starts:
        return None
    sides = [p for p in inc.participants if not (p.denied or p.reporter or p.thing or p.vague)]
    ordered = sorted(sides, key=lambda p: p.at.start)
    for a, b in pairwise(ordered):
        # one word may stand between, the noun of the side's members ("RSF fighters")
        if a.name == b.name or not (b.at.last in starts or b.at.last + 1 in starts):
            continue
        words = [t.norm for t in doc.tokens[a.at.last : b.at.token]]
        # "Taliban FIGHTERS and the police": the first side's members may end its words
        skip = res.determiners | res.claimant_nouns
        joins = [w for w in words if w not in skip]
        if joins and all(w in res.coordinators for w in joins):
            return a, b
    return None


def allied(
    doc: Doc, res: Resources, inc: Incident, actor: ParticipantMention, p: ParticipantMention
) -> bool:
    """ "attributed to ISGS and Ansar al-Islam", "blamed on either JNIM (Mali) or the
    ISGS": a group joined to the actor by "and" or "or" (an aside in brackets between) is a
    second suspect, not the target."""
    if p.kind != actor.kind:
        return False  # most targets: no set of joining words to build
    joins = res.coordinators | res.alternatives
    if not joins:
        return False
    # any mention of either ("Islamic State in the Greater Sahara (ISGS)": the acronym too)
    named = [r.at.token for r in inc.participants if r.name == p.name]
    for q in inc.participants:
        if q.name != actor.name:
            continue
        for first in named:
            words = _unbracketed(doc, q.at.last, first) if q.at.last < first else []
            between = [w for w in words if w not in res.determiners]  # "or THE Islamic State"
            if between and all(w in joins for w in between):
                return True
    return False


def _unbracketed(doc: Doc, lo: int, hi: int) -> list[str]:
    """The words of tokens ``lo`` up to ``hi`` that stand outside brackets."""
    start = doc.tokens[lo - 1].end if lo else 0
    out = []
    for t in doc.tokens[lo:hi]:
        before = doc.text[start : t.start]
        if before.count("(") <= before.count(")"):
            out.append(t.norm)
    return out
