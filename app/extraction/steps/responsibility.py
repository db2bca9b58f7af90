"""Mark the group each denial or claim of responsibility is about (``denied`` / ``claimed``).

The cues are ``FLAG_CUES`` in ``data/<lang>/cues.toml``: a denial marks ``denied``; a claim, a
suspicion ("suspected Taliban militants") or an attribution ("attributed to X") marks
``claimed``. A claim just after a negation ("No group has claimed") marks nothing.
"""

from __future__ import annotations

from app.extraction.doc import Doc, ParticipantMention
from app.extraction.lexicon import Match
from app.extraction.resources import Resources
from app.extraction.types import NAMED_GROUPS

VERB_FIRST_WINDOW = 3  # a cue before its group ("نفت حركة حماس") reaches only this far
# armies, police and victims do not "claim responsibility": the group that does is elsewhere
UNCLAIMING = ("state_forces", "police", "civilians")
# cues that make a group deny, or claim / be credited with, the incident of its sentence
FLAG_CUES = ("cue:denial", "cue:claim", "cue:suspected", "cue:attribution")
SUSPICIONS = ("cue:suspected", "cue:attribution")  # of counted suspects, no suspicion (below)
NOUN_GAP = 1  # words between a group and its passive verb ("Boko Haram FIGHTERS were killed")
OBJECT_GAP = 2  # words between a trigger and "suspected" (a number: "arrested 14 suspected")


def responsibility(
    doc: Doc, res: Resources, found: list[ParticipantMention]
) -> list[ParticipantMention]:
    """Mark the group each denial or claim is about: the nearest one before the cue ("Hamas
    denied"), else the one right after it ("نفت حماس", "تبنى داعش")."""
    out = list(found)
    cues = [m for c in FLAG_CUES for m in doc.matches_of(c)]
    if not cues:
        return out
    members: dict[int, list[int]] = {}  # the participants of each sentence (flags move none)
    for i, q in enumerate(out):
        members.setdefault(doc.sentence_of(q.at.token), []).append(i)
    # "No group has claimed responsibility, but X has carried out similar attacks": no claim
    negations = {n.last for n in doc.matches_of("cue:negation")}
    reach = res.cue_windows.get("negation", 0)
    # a claim cue that begins an agent cue ("an attack claimed BY X") names the group after it
    passives = {a.first for a in doc.matches_of("cue:actor")}
    for m in cues:
        if m.entry.category == "cue:claim" and any(
            m.first - reach <= end <= m.first for end in negations
        ):
            continue
        k = _flagged(doc, res, out, members.get(doc.sentence_of(m.first), []), m, passives)
        if k is None:
            continue
        p = out[k]
        if m.entry.category == "cue:denial":
            if not p.denied or p.claimed:
                out[k] = p._replace(denied=True, claimed=False)
        elif not (p.denied or p.claimed) and p.kind != "civilians":
            out[k] = p._replace(claimed=True)
    return out


def _flagged(
    doc: Doc,
    res: Resources,
    out: list[ParticipantMention],
    members: list[int],
    m: Match,
    passives: set[int],
) -> int | None:
    """Which participant of cue ``m``'s sentence (``members``: indexes into ``out``) it is about
    (``passives``: the first tokens of agent cues, "claimed by")."""
    window = res.cue_windows[m.entry.category[4:]]
    claim = m.entry.category == "cue:claim"
    before: list[int] = []  # ending at most ``window`` words before the cue
    after: list[int] = []  # starting at most VERB_FIRST_WINDOW words after it
    if m.entry.category in SUSPICIONS:
        # "Troops killed 14 gunmen believed to be from the ADF": the counted suspects' words
        lead = next((out[k].at.token for k in members if out[k].at.last == m.first), m.first)
        if _counted_object(doc, res, out, members, lead):
            return None
    for k in members:
        q = out[k]
        if q.at.token <= m.first < q.at.last:
            return k  # "gunmen suspected of belonging to Boko Haram": the cue is in its words
        if claim and q.kind in UNCLAIMING:
            continue
        if 0 <= m.first - q.at.last <= window:
            before.append(k)
        if 0 <= q.at.token - m.last <= VERB_FIRST_WINDOW:
            after.append(k)
    if m.entry.category == "cue:attribution" or (claim and m.first in passives):
        # "attributed to X", "منسوب إلى X"; "an attack claimed by X", not the gunmen before it
        return after[0] if after else None
    if m.entry.category == "cue:suspected" and after and out[after[0]].at.token == m.last:
        # "a soldier was killed when a suspected Taliban militant ...": the word qualifies
        # the group written right after it, not a participant before; right after a trigger
        # ("arrested 14 suspected IS militants") they are its object, the suspects it took
        return None if _object_of_trigger(doc, m.first) else after[0]
    if not before:
        return after[0] if after else None
    # "JNIM, al Qaeda's Sahel affiliate, claimed": the subject, not the apposition
    clause = doc.clause_of(m.first)
    named = [
        k
        for k in before
        if out[k].kind in NAMED_GROUPS and doc.clause_of(out[k].at.token) == clause
    ]
    return (named or before)[0 if named else -1]


def _counted_object(
    doc: Doc, res: Resources, out: list[ParticipantMention], members: list[int], token: int
) -> bool:
    """ "Troops killed five suspected militants", "Four suspected militants were killed": a
    number right before ``token`` and a side before it in its clause, the subject, or a passive
    verb after the suspects: those counted are victims or a haul, no suspicion of who did it
    ("Five suspected militants attacked" keeps the suspicion)."""
    if token == 0 or doc.clause_of(token - 1) != doc.clause_of(token):
        return False
    word = doc.tokens[token - 1].norm
    if not (word.isdigit() or word in res.count_words):
        return False
    clause = doc.clause_of(token)
    n = len(doc.tokens)
    for k in members:
        at = out[k].at
        if at.last < token and doc.clause_of(at.token) == clause:
            return True
        if at.token <= token + 1 < at.last + 1 and any(
            doc.tokens[j].norm in res.passive_markers
            for j in range(at.last, min(at.last + NOUN_GAP + 1, n))
        ):
            return True  # the suspects ("Boko Haram fighters"), then "were killed"
    return False


def _object_of_trigger(doc: Doc, token: int) -> bool:
    """Whether a trigger ends at most OBJECT_GAP words before ``token`` in its clause."""
    clause = doc.clause_of(token)
    return any(
        0 <= token - t.at.last <= OBJECT_GAP and doc.clause_of(t.at.token) == clause
        for t in doc.triggers
    )
