"""Whether a casualty figure told apart from the last incident lies at a place of its own."""

from __future__ import annotations

from app.extraction.doc import CasualtyRef, Doc, PlaceRef
from app.extraction.lexicon import Match
from app.extraction.steps.incident import Incident
from app.extraction.steps.where import place_relation


def elsewhere(doc: Doc, found: list[Incident], ref: CasualtyRef) -> bool:
    """Whether the sentence of ``ref`` past the last incident's, or its clause past the
    incident's own in one sentence, names a place (no country) apart from each of that
    incident's places: "وفي الموصل قتل شرطي" after a bombing in Baghdad, or "فيما قتل طفلان
    في سراقب" after shelling on Idlib, is an incident of its own, not a toll or recount of it."""
    before = [inc for inc in found if inc.token < ref.at.token]
    if not before:
        return False
    last = before[-1]
    sentence, clause = doc.sentence_of(ref.at.token), doc.clause_of(ref.at.token)
    if last.sentence != sentence:
        unit, at = doc.sentence_of, sentence
    elif last.clause != clause:
        unit, at = doc.clause_of, clause
    else:
        return False
    # the incident took the places of the figure's clause too, when it had none of its own
    theirs = [q for q in last.places if unit(q.at.token) != at]
    speech = [m for m in doc.matches_of("cue:speech") if unit(m.first) == at]
    own = [
        p
        for p in doc.places
        if unit(p.at.token) == at and not p.country_only and not _speakers(p, ref, speech)
    ]
    return bool(theirs and own) and all(place_relation(q, p) == "" for p in own for q in theirs)


def _speakers(p: PlaceRef, ref: CasualtyRef, speech: list[Match]) -> bool:
    """Whether place ``p`` is where those who tell the toll are ("Officials in Maiduguri said
    16 had died", "وقال مسؤولون في الموصل إن ..."): a speech cue ends right before it or
    stands between it and the toll."""
    return any(0 <= p.at.token - m.last <= 1 or p.at.token < m.first < ref.at.token for m in speech)
