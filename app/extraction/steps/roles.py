"""Who did it and to whom: actor and target of an incident, and the event type they imply."""

from __future__ import annotations

from app.extraction.doc import Doc, ParticipantMention
from app.extraction.resources import Resources
from app.extraction.steps.attach import Incident

# when several participants could be the actor, the most specific kind wins
ACTOR_RANK = {"rebel_group": 0, "militia": 0, "external_force": 1, "state_forces": 2, "police": 2,
              "political_group": 3, "unidentified_armed_group": 4, "other": 5, "civilians": 9}


def _cue_before(doc: Doc, res: Resources, p: ParticipantMention, cue: str) -> bool:
    window = res.cue_windows.get(cue, 0)
    sent = doc.sentences[doc.sentence_of(p.at.token)]
    return any(m.entry.category == f"cue:{cue}" and sent.first <= m.first and 0 <= p.at.token - m.last < window
               for m in doc.matches)


def _role(doc: Doc, res: Resources, inc: Incident, p: ParticipantMention) -> str:
    if p.claimed or _cue_before(doc, res, p, "actor"):
        return "actor"
    if p.kind == "civilians" or _cue_before(doc, res, p, "target"):
        return "target"
    trigger_start = inc.triggers[0].at.token if inc.triggers else inc.token
    if p.at.token <= trigger_start or any(t.at.token <= p.at.token < t.at.last for t in inc.triggers):
        return "actor"
    return "target"


def roles(doc: Doc, res: Resources, inc: Incident) -> tuple[ParticipantMention | None, ParticipantMention | None]:
    """Return (actor, target) of the incident; a group that denied involvement is never the actor."""
    actors: list[ParticipantMention] = []
    targets: list[ParticipantMention] = []
    for p in inc.participants:
        if p.denied:
            continue
        (actors if _role(doc, res, inc, p) == "actor" else targets).append(p)
    actor = min(actors, key=lambda p: (not p.claimed, ACTOR_RANK.get(p.kind, 5), p.at.start), default=None)
    targets = [t for t in targets if actor is None or t.name != actor.name]
    if not targets and len(actors) > 1 and actor is not None:
        targets = [p for p in actors if p.name != actor.name and p.at.start > actor.at.start]
    return actor, (targets[0] if targets else None)


def event_type(res: Resources, inc: Incident, actor: ParticipantMention | None,
               target: ParticipantMention | None) -> tuple[str, str | None, bool]:
    """Return (event_type, sub_event_type, generic) from the strongest trigger or the participants."""
    specific = [t for t in inc.triggers if not t.info.generic]
    if specific:
        best = max(specific, key=lambda t: t.info.priority)
        return best.info.event_type, best.info.sub_event_type, False
    resolved = res.taxonomy.resolve(actor.kind if actor else None, target.kind if target else None)
    if resolved is not None:
        return resolved[0], resolved[1], True
    if inc.triggers:
        return inc.triggers[0].info.event_type, inc.triggers[0].info.sub_event_type, True
    return res.taxonomy.default[0], res.taxonomy.default[1], True
