"""Give a participant that refers back to a side the identity of that side.

Two kinds: a force noun with an owner ("whose forces", "its drones", "طائراته") and a definite
group noun ("the group", "الجماعة"). A side named before them becomes an ``owned`` copy in their
words (an explicit mention of that side is the better one); an owned force noun takes instead
the forces of a country that spoke after that side ("Moscow said its jets").
"""

from __future__ import annotations

from collections.abc import Sequence

from app.extraction.doc import CountryRef, Doc, ParticipantMention
from app.extraction.lexicon import Match, longest
from app.extraction.resources import Resources
from app.extraction.steps.demonyms import CountryName

ANTECEDENTS = ("rebel_group", "militia")
FORCES = ("state_forces", "police")


def has_owner(doc: Doc, res: Resources, match: Match) -> bool:
    """ "whose forces", "its drones", "طائراته": a force noun with an owner word before it or
    a pronoun attached to it."""
    if match.first > 0 and doc.tokens[match.first - 1].norm in res.owners:
        return True
    word, stem = doc.tokens[match.last - 1].norm, match.entry.tokens[-1]
    # a pronoun, not the accusative alif ("جنديا"): "طائراته", "قواتها"
    return not word.endswith(stem) and any(
        x != "ا" and word[: -len(x)].endswith(stem)
        for x in res.clitics.suffixes
        if word.endswith(x)
    )


def to_owners(
    doc: Doc,
    res: Resources,
    country_name: CountryName,
    found: list[ParticipantMention],
    owned: list[int],
) -> None:
    """Give each owned force noun (indexes ``owned`` into ``found``, in text order) the identity
    of the side named last before it in its sentence ("the LNA, whose forces ...", "أعلن الجيش أن
    طائراته"), or the forces of a country that spoke there after it ("Moscow said its jets",
    "أكدت روسيا أن قواتها"); with neither, a force of the event's country, not an unknown weapon."""
    speakers = [c for c in doc.countries if c.speaker]
    for k in owned:
        p = found[k]
        sentence = doc.sentence_of(p.at.token)
        spoke = _speaker_before(doc, speakers, p, sentence)
        owner = _side_before(doc, found[:k], sentence)
        if spoke is not None and (owner is None or owner.at.token < spoke.at.token):
            name = res.templates[p.kind].format(country=country_name(spoke.code) or spoke.code)
            found[k] = p._replace(name=name, country=spoke.code, resolved=True, instrument=False)
        elif owner is None:
            found[k] = p._replace(instrument=False)
        else:
            found[k] = owner._replace(at=p.at, denied=False, claimed=False, owned=True)


def _speaker_before(
    doc: Doc, speakers: list[CountryRef], p: ParticipantMention, sentence: int
) -> CountryRef | None:
    """The last country that speaks before ``p`` in its sentence ``sentence``."""
    return next(
        (
            c
            for c in reversed(speakers)
            if c.at.token < p.at.token and doc.sentence_of(c.at.token) == sentence
        ),
        None,
    )


def _side_before(
    doc: Doc, earlier: list[ParticipantMention], sentence: int
) -> ParticipantMention | None:
    """The last of the ``earlier`` participants in sentence ``sentence`` that can own forces."""
    return next(
        (
            q
            for q in reversed(earlier)
            if doc.sentence_of(q.at.token) == sentence
            and q.kind != "civilians"
            and not (q.thing or q.vague)
        ),
        None,
    )


def anaphors(doc: Doc, found: list[ParticipantMention]) -> list[ParticipantMention]:
    """ "the Iran-backed group said it fired", "مواقع لمسلحي الجماعة": a definite group noun
    names the armed group last named before it (none before it: nothing)."""
    matches = doc.matches_of("anaphor")
    if not matches:
        return []
    groups = sorted((p for p in found if p.kind in ANTECEDENTS), key=lambda p: p.at.token)
    # "the militants": an unnamed side's noun the anaphor restates (participants drops it)
    taken = {i for p in found if not restated(p) for i in range(p.at.token, p.at.last)}
    out: list[ParticipantMention] = []
    for m in longest(matches):
        if taken.intersection(range(m.first, m.last)):
            continue
        if m.last < len(doc.tokens) and doc.tokens[m.last].norm in ("of", "من"):
            continue  # "the group of worshippers", "مجموعة من": people, not a group
        named = [g for g in groups if g.at.last <= m.first]
        if not named:
            continue
        # the subject of the last sentence naming a group, not the affiliation named after
        # it ("JNIM, al-Qaeda's Sahel branch", "ISWAP, affiliated to the Islamic State")
        sentence = doc.sentence_of(named[-1].at.token)
        g = next(g for g in named if doc.sentence_of(g.at.token) == sentence)
        at = doc.mention(m.first, m.last)
        out.append(g._replace(at=at, denied=False, claimed=False, owned=True))
    return out


def restated(p: ParticipantMention, refs: Sequence[ParticipantMention] | None = None) -> bool:
    """Whether ``p`` is unnamed fighters that an anaphor may restate (inside one of ``refs``,
    when given: "the militants" after "Boko Haram" is that group)."""
    if p.kind != "unidentified_armed_group" or p.named:
        return False
    return refs is None or any(r.at.token <= p.at.token and p.at.last <= r.at.last for r in refs)


def force_anaphors(
    doc: Doc, res: Resources, found: list[ParticipantMention]
) -> list[ParticipantMention]:
    """ "قوات مكافحة الشغب ... إن القوات أطلقت", "riot police ... the forces fired": a definite
    force noun alone, of no country, is the force of the state named last before it."""
    if not res.force_anaphors:
        return found
    out = list(found)
    for k, p in enumerate(found):
        if p.resolved or p.owned or p.kind not in FORCES or not _bare_definite(doc, res, p):
            continue
        before = [
            q
            for q in out
            if q.kind in FORCES and not (q.thing or q.instrument) and q.at.last <= p.at.token
        ]
        if before:
            last = max(before, key=lambda q: q.at.token)
            out[k] = last._replace(at=p.at, denied=False, claimed=False, owned=True)
    return out


def _bare_definite(doc: Doc, res: Resources, p: ParticipantMention) -> bool:
    """Whether ``p`` is one of the language's force anaphors, made definite ("the forces")."""
    at = p.at
    words = " ".join(t.norm for t in doc.tokens[at.token : at.last])
    if words not in res.force_anaphors:
        return False
    first = doc.tokens[at.token].norm
    return first.startswith(res.definite_prefixes) or (
        at.token > 0 and doc.tokens[at.token - 1].norm in res.determiners
    )
