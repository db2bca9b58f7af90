"""Fold two participants written as one into one, in the words of both.

"Al-Shabab militants", "gunmen from Boko Haram": unidentified fighters beside a named group
are that group. "soldiers from the Afghan army", "مجندين بالجيش اليمني": a force noun joined to
a force of the same kind whose country is stated is that force. Only linking words
(``fighter_links``: "from", "of") may stand between the two.
"""

from __future__ import annotations

from app.extraction.doc import Doc, ParticipantMention
from app.extraction.resources import Resources
from app.extraction.types import NAMED_GROUPS

FOLD_GAP = 2  # words between "gunmen" and the group they belong to ("gunmen from Renamo")
FORCES = ("state_forces", "police")


def named_fighters(
    doc: Doc, res: Resources, found: list[ParticipantMention]
) -> list[ParticipantMention]:
    """Fold "militants"/"gunmen" into the named group beside them ("Al-Shabab militants",
    "gunmen from Boko Haram", "مسلحون من داعش"): one participant, the group's name."""
    out = sorted(found, key=lambda p: p.at.start)
    k = 0
    while k < len(out) - 1:
        a, b = out[k], out[k + 1]
        kinds = {a.kind, b.kind}
        if "unidentified_armed_group" in kinds and kinds & NAMED_GROUPS and _linked(doc, res, a, b):
            out[k : k + 2] = [_joined(doc, a if a.kind in NAMED_GROUPS else b, a, b)]
            continue
        k += 1
    return out


def same_side(
    doc: Doc, res: Resources, found: list[ParticipantMention]
) -> list[ParticipantMention]:
    """ "مجندين بالجيش اليمني", "soldiers from the Afghan army": a force noun joined to a force of
    the same kind whose country is stated is one participant, that force, in both their words;
    ``found`` in text order (as ``named_fighters`` returns it)."""
    out = found
    k = 0
    while k < len(out) - 1:
        a, b = out[k], out[k + 1]
        if (
            a.kind == b.kind
            and a.kind in FORCES
            and a.resolved != b.resolved
            and not (a.thing or a.site or b.thing or b.site or a.owned or b.owned)
            and doc.sentence_of(a.at.token) == doc.sentence_of(b.at.token)
            and _linked(doc, res, a, b)
            and _by_preposition(doc, res, a, b)
        ):
            out[k : k + 2] = [_joined(doc, a if a.resolved else b, a, b)]
            continue
        k += 1
    return out


def _joined(
    doc: Doc, named: ParticipantMention, a: ParticipantMention, b: ParticipantMention
) -> ParticipantMention:
    """``named`` (one of ``a`` and ``b``, ``a`` first) in the words of both."""
    start, end = a.at.start, b.at.end
    at = named.at._replace(
        start=start, end=end, text=doc.text[start:end], token=a.at.token, last=b.at.last
    )
    return named._replace(at=at)


def _by_preposition(doc: Doc, res: Resources, a: ParticipantMention, b: ParticipantMention) -> bool:
    """ "soldiers FROM the army", "مجندين بالجيش": a linking word or an attached preposition
    between them (two force nouns side by side, "قوات الجيش", already name one force)."""
    return b.at.token > a.at.last or doc.tokens[b.at.token].norm[:1] in res.clitics.prepositions


def _linked(doc: Doc, res: Resources, a: ParticipantMention, b: ParticipantMention) -> bool:
    """Whether at most FOLD_GAP linking words ("from", "of") stand between ``a`` and ``b``."""
    if b.at.token - a.at.last > FOLD_GAP:
        # "gunmen suspected of belonging to Boko Haram": a membership phrase, not a wider gap
        return tuple(t.norm for t in doc.tokens[a.at.last : b.at.token]) in res.member_phrases
    return all(t.norm in res.fighter_links for t in doc.tokens[a.at.last : b.at.token])
