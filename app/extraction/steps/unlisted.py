"""Armed groups the lexicon does not know, named like an army: "the Kachin Independence Army".

A force noun written with a capital ("Army", "Defence Forces") after capitalised words is the
last word of a proper name. When none of those words names a country or a state institution
(``state_qualifiers``: "National", "Border", "Special"), the name is a non-state group's, not
the army of the event's country; a determiner, weekday or preposition (``group_name_stops``)
is no word of it. Titles ("Militants Kill Three Army Soldiers") and a lone
sentence-initial word ("Yesterday Army troops") name nothing; names are told by capitals, so
this finds nothing in Arabic.
"""

from __future__ import annotations

from app.extraction.doc import Doc, participant
from app.extraction.resources import Resources

MAX_WORDS = 4  # capitalised words before the force noun
TITLE_SHARE = 0.6  # a sentence with more capitalised words than this is a title


def unlisted_armies(doc: Doc, res: Resources) -> Doc:
    """Turn each force noun that ends an unlisted group's name into that group."""
    if not res.state_qualifiers:
        return doc
    people = list(doc.participants)
    changed = False
    for k, p in enumerate(people):
        if p.resolved or p.kind != "state_forces" or p.instrument or p.at.token == 0:
            continue
        if not doc.text[p.at.start].isupper():
            continue  # the common case: "troops", "the army"
        if _name_goes_on(doc, p.at.last):
            continue  # "the Musunga Military Camp": a place's name, not a group's
        first = _name_start(doc, res, p.at.token)
        if first is None:
            continue
        at = doc.mention(first, p.at.last)
        people[k] = participant(at, at.text, "rebel_group", None, True, unlisted=True)
        changed = True
    return doc.evolve(participants=tuple(people)) if changed else doc


def _name_start(doc: Doc, res: Resources, head: int) -> int | None:
    """The first of the capitalised words right before token ``head`` that make it a group's
    name, or None when there are none or one of them names a country or an institution."""
    tokens, text = doc.tokens, doc.text
    sent = doc.sentences[doc.sentence_of(head)]
    first = head
    while first > sent.first and head - first < MAX_WORDS:
        token = tokens[first - 1]
        if not text[token.start].isupper() or text[token.end : tokens[first].start].strip():
            break
        if token.norm in res.determiners or token.norm in res.group_name_stops:
            break  # "the Arakan Army", "on Monday Army troops": no word of a name
        first -= 1
    if first == head or (first == sent.first and head - first == 1):
        return None
    if any(tokens[i].norm in res.state_qualifiers for i in range(first, head)):
        return None
    if any(c.at.token < head and first < c.at.last for c in doc.countries):
        return None
    capitals = sum(1 for t in tokens[sent.first : sent.last] if text[t.start].isupper())
    return None if capitals > TITLE_SHARE * (sent.last - sent.first) else first


def _name_goes_on(doc: Doc, after: int) -> bool:
    """Whether a capitalised word follows token ``after - 1`` in its sentence."""
    if after >= len(doc.tokens) or doc.sentence_of(after) != doc.sentence_of(after - 1):
        return False
    token = doc.tokens[after]
    return (
        doc.text[token.start].isupper()
        and not doc.text[doc.tokens[after - 1].end : token.start].strip()
    )
