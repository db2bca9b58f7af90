"""Attackers the text names: "a suicide bomber named <Name>", "the gunman was identified as
<Name>", "the attacker, <Name>, a 33-year-old ...".

An unidentified attacker ("gunman", "bomber") followed by a naming cue (``cue.naming``:
"named", "identified as"), with a passive auxiliary allowed between ("was identified as"), and a
capitalised name of at least two words is that person (so is such a name between commas right
after the attacker noun): the mention keeps its kind and place in
the sentence, so every role rule reads it as before, and takes the person's name and words.
Names are told by capital letters (``named.name_span``), so this finds nothing in Arabic.
"""

from __future__ import annotations

from app.extraction.doc import Doc, ParticipantMention
from app.extraction.resources import Resources
from app.extraction.steps.named import name_span
from app.extraction.steps.place_names import Nouns

ATTACKER = "unidentified_armed_group"


def named_attackers(doc: Doc, res: Resources, nouns: Nouns) -> Doc:
    """Give the name the text tells to an unidentified attacker."""
    by_end = {p.at.last: k for k, p in enumerate(doc.participants) if p.kind == ATTACKER}
    if not by_end:
        return doc
    cues = doc.matches_of("cue:naming")
    # "The attacker, <Name>, ...": a name between commas right after the attacker noun
    starts = [(k, end) for end, k in by_end.items() if _comma_at(doc, end)]
    if not cues and not starts:
        return doc
    # not the triggers: the name of who did it often stands right before the verb ("<Name> blew
    # himself up"), which ``name_span`` would take for a participant's adjective
    spans = [p.at for p in doc.participants] + [c.at for c in doc.countries]
    spans += [r.at for r in doc.places] + [d.at for d in doc.dates]
    stop = {i for at in spans for i in range(at.token, at.last)}
    people = list(doc.participants)
    for m in cues:
        k = by_end.get(m.first)
        if k is None and m.first > 0 and doc.tokens[m.first - 1].norm in res.passive_markers:
            k = by_end.get(m.first - 1)  # "the attacker WAS identified as"
        found = name_span(doc, res, nouns, m.last, stop) if k is not None else None
        if k is None or found is None:
            continue
        people[k] = _named(doc, people[k], *found)
    for k, end in starts:
        found = name_span(doc, res, nouns, end, stop)
        if found is not None and not people[k].named and _comma_at(doc, found[1]):
            people[k] = _named(doc, people[k], *found)
    return doc.evolve(participants=tuple(people))


def _comma_at(doc: Doc, j: int) -> bool:
    """Whether a comma stands right before token ``j`` (and after the token before it)."""
    if j <= 0 or j >= len(doc.tokens):
        return False
    return doc.text[doc.tokens[j - 1].end : doc.tokens[j].start].strip() == ","


def _named(doc: Doc, p: ParticipantMention, first: int, last: int) -> ParticipantMention:
    """``p`` under the name in tokens ``first``..``last``, in the words from it to the name."""
    name = doc.text[doc.tokens[first].start : doc.tokens[last - 1].end]
    return p._replace(at=doc.mention(p.at.token, last), name=name, named=True)
