"""Attacked objects ("a police patrol", "a bar", "مقر الشرطة") as part of a target's words.

GTD-style reports name what was hit rather than who: the object noun joins the force next to
it ("Afghan Border Police (ABP) patrol"), or stands alone for civilians (a bar, a market)
or for the forces of the event's country (a checkpoint, a convoy).
"""

from __future__ import annotations

from dataclasses import replace

from app.extraction.doc import Doc, ParticipantMention
from app.extraction.lexicon import Match, longest
from app.extraction.resources import ForceInfo, Resources

GAP = 2  # words allowed between a force and its object (an acronym in brackets)
JOINABLE = ("state_forces", "police", "civilians")  # "police patrol", "civilian vehicle"


def objects(doc: Doc, res: Resources) -> Doc:
    """Join object nouns to the force next to them, or add them as participants of their own."""
    people = list(doc.participants)
    taken = {i for p in people for i in range(p.at.token, p.at.last)}
    taken |= {i for t in doc.triggers for i in range(t.at.token, t.at.last)}  # "car bomb"
    added: list[ParticipantMention] = []
    for match in longest(doc.matches_of("object")):
        if taken.intersection(range(match.first, match.last)):
            continue
        k = _neighbour(doc, res, people, match)
        if k is not None:
            people[k] = _extend(doc, people[k], match)
            continue
        info = match.entry.value
        assert isinstance(info, ForceInfo)
        at = doc.mention(match.first, match.last)
        resolved = info.kind == "civilians"
        name = res.templates[info.kind]
        added.append(ParticipantMention(at, name, info.kind, None, resolved, thing=True))
    found = sorted([*people, *added], key=lambda p: p.at.start)
    return replace(doc, participants=tuple(found))


def _neighbour(
    doc: Doc, res: Resources, people: list[ParticipantMention], match: Match
) -> int | None:
    """The index of the force or civilians ``match`` is written next to, in its sentence."""
    before = res.adjective_position == "before"
    sentence = doc.sentence_of(match.first)
    for k, p in enumerate(people):
        # "police patrol", "army (ANA) post"; "دورية للجيش", "مقر الشرطة"
        gap = match.first - p.at.last if before else p.at.token - match.last
        if not 0 <= gap <= GAP or p.kind not in JOINABLE:
            continue
        if gap > 0:
            lo, hi = (p.at.last, match.first) if before else (match.last, p.at.token)
            between = doc.text[doc.tokens[lo - 1].end : doc.tokens[hi].start].strip()
            if not (between.startswith("(") and between.endswith(")")):
                continue
        if doc.sentence_of(p.at.token) == sentence:
            return k
    return None


def _extend(doc: Doc, p: ParticipantMention, match: Match) -> ParticipantMention:
    start = min(p.at.start, doc.tokens[match.first].start)
    end = max(p.at.end, doc.tokens[match.last - 1].end)
    if doc.text[end : end + 1] == ")" and doc.text[start:end].count("(") > doc.text[
        start:end
    ].count(")"):
        end += 1
    at = replace(
        p.at,
        start=start,
        end=end,
        text=doc.text[start:end],
        token=min(p.at.token, match.first),
        last=max(p.at.last, match.last),
    )
    return replace(p, at=at, site=True)
