"""Whether a casualty figure told in a later sentence lies at a place of its own."""

from __future__ import annotations

from app.extraction.doc import CasualtyRef, Doc
from app.extraction.steps.attach import Incident
from app.extraction.steps.where import place_relation


def elsewhere(doc: Doc, found: list[Incident], ref: CasualtyRef) -> bool:
    """Whether the sentence of ``ref``, past the last incident's, names a place (no country)
    apart from each of that incident's places: "وفي الموصل قتل شرطي" after a bombing in
    Baghdad is an incident of its own, not the bombing's toll or a recount of it."""
    before = [inc for inc in found if inc.token < ref.at.token]
    sentence = doc.sentence_of(ref.at.token)
    if not before or not before[-1].places or before[-1].sentence == sentence:
        return False
    own = [p for p in doc.places if doc.sentence_of(p.at.token) == sentence and not p.country_only]
    return bool(own) and all(place_relation(q, p) == "" for p in own for q in before[-1].places)
