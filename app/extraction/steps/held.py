"""A side taken hostage: "took six police officers hostage" names who was held between the verb
and the trigger word that completes it, where "police officers" before a trigger noun would
otherwise read as its modifier ("an army raid": the attacker)."""

from __future__ import annotations

from app.extraction.doc import Doc, ParticipantMention
from app.extraction.resources import Resources
from app.extraction.steps.incident import Incident

HELD_GAP = 3  # "took six police officers hostage": words between the verb and the side


def held(doc: Doc, res: Resources, inc: Incident, p: ParticipantMention) -> bool:
    """ "took six police officers hostage": a side between a verb of holding and the trigger
    word that completes it (``held_words``) is who was held."""
    if not res.held_words or p.at.last >= len(doc.tokens):
        return False
    if doc.tokens[p.at.last].norm not in res.held_words:
        return False
    if not any(t.at.token == p.at.last for t in inc.triggers):
        return False
    first = max(0, p.at.token - HELD_GAP)
    return any(doc.tokens[k].norm in res.held_verbs for k in range(first, p.at.token))
