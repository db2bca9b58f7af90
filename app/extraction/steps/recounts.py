"""Tell a toll told after an incident apart: a recount of that incident (the attach step drops
it) or a second incident known only by its toll and its own place."""

from __future__ import annotations

from app.extraction.doc import CasualtyRef, Doc


def told_elsewhere(doc: Doc, ref: CasualtyRef) -> bool:
    """Whether toll ``ref`` is told at a place of its own: one after it in its clause that no
    earlier sentence names ("On Saturday, nine more died in Ikom"), a second incident rather
    than a recount of the first."""
    sentence, clause = doc.sentence_of(ref.at.token), doc.clause_of(ref.at.token)
    own = [
        r.place.name
        for r in doc.places
        if r.at.token >= ref.at.last and doc.clause_of(r.at.token) == clause and not r.country_only
    ]
    if not own:
        return False
    told = {r.place.name for r in doc.places if doc.sentence_of(r.at.token) < sentence}
    return any(name not in told for name in own)
