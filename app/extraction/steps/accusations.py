"""Accusations: "Kabul accused Pakistan of air strikes", "اتهمت حكومة طالبان الجيش الباكستاني بشن
غارات". The accused side is credited with the incident; the accuser only tells of it and is
neither its actor nor its target. A suspicion ("Police suspect the militants", "اشتبهت الشرطة في
جماعة ...") is read the same way, but only with its subject written: the verb's word is also
a noun ("a suspect") or an adjective, and alone it names no accuser.

Where the accuser stands follows the language's order of subject and verb (``claimant``
in cues.toml, the same order as a claim's subject): before the verb ("Kabul accused"), or,
in verb-first sentences, right after it with the accused following ("اتهمت حكومة طالبان
الجيش الباكستاني"). A country named right after the verb ("تتهم باكستان بقتل", "accused the
United States of") names that country's forces.
"""

from __future__ import annotations

from collections.abc import Callable

from app.extraction.doc import Doc, ParticipantMention, participant
from app.extraction.resources import Resources

CUE = "cue:accusation"
SUSPICION = "cue:suspicion"  # credits the side after it only when the suspecting side is named
SUBJECT_GAP = 1  # words between a verb-first accusation and its subject ("اتهمت حكومة طالبان")
OBJECT_GAP = 3  # words between the accuser (or the verb) and the accused


def accused_countries(
    doc: Doc,
    res: Resources,
    country_name: Callable[[str], str | None],
    found: list[ParticipantMention],
) -> list[ParticipantMention]:
    """The forces of a country named right after an accusation verb ("تتهم باكستان بقتل")."""
    cues = doc.matches_of(CUE)
    if not cues or not doc.countries:
        return []
    taken = {p.at.token for p in found}
    out: list[ParticipantMention] = []
    for cue in cues:
        ref = next((c for c in doc.countries if c.at.token == cue.last), None)
        if ref is None or ref.at.token in taken:
            continue
        name = res.templates["state_forces"].format(country=country_name(ref.code) or ref.code)
        # a country named as accused: a side told only indirectly, weaker than its forces
        # named outright, and no substance of its own for a bare accusation
        out.append(participant(ref.at, name, "state_forces", ref.code, True, owned=True))
        taken.add(ref.at.token)
    return out


def accusations(
    doc: Doc, res: Resources, found: list[ParticipantMention]
) -> list[ParticipantMention]:
    """Mark the accuser of each accusation as a reporter and the side it accuses."""
    cues = [*doc.matches_of(CUE), *doc.matches_of(SUSPICION)]
    if not cues:
        return found
    out = sorted(found, key=lambda p: p.at.token)
    for cue in cues:
        sentence = doc.sentence_of(cue.first)
        here = [k for k, p in enumerate(out) if doc.sentence_of(p.at.token) == sentence]
        window = res.cue_windows.get(cue.entry.category[4:], 0)
        accuser, accused = _sides(doc, res, out, here, cue.first, cue.last, window)
        if accuser is None and cue.entry.category == SUSPICION:
            continue  # "the suspect shot two officers": a noun, not a suspicion
        if accuser is not None:  # "accused" read as "suspected" credited it: the verb is active
            out[accuser] = out[accuser]._replace(reporter=True, claimed=False)
        if accused is not None and not (out[accused].denied or out[accused].reporter):
            out[accused] = out[accused]._replace(accused=True)
    return out


def _sides(
    doc: Doc,
    res: Resources,
    out: list[ParticipantMention],
    here: list[int],
    first: int,
    last: int,
    window: int,
) -> tuple[int | None, int | None]:
    """Indexes (into ``out``) of the accuser and the accused of the cue at tokens first-last
    (``window``: how many words may stand between the accuser and the cue)."""
    clause = doc.clause_of(first)
    before = [
        k
        for k in here
        if 0 <= first - out[k].at.last <= window and doc.clause_of(out[k].at.token) == clause
    ]
    after = [k for k in here if out[k].at.token >= last]
    accuser = before[-1] if before else None
    if accuser is None and res.claimant_position == "after" and len(after) > 1:
        # verb-first: "اتهمت حكومة طالبان الجيش الباكستاني": subject, then the accused
        subject, obj = out[after[0]], out[after[1]]
        if subject.at.token - last <= SUBJECT_GAP and obj.at.token - subject.at.last <= OBJECT_GAP:
            return after[0], after[1]
    start = out[accuser].at.last if accuser is not None else last
    accused = next((k for k in after if out[k].at.token - max(start, last) <= OBJECT_GAP), None)
    return accuser, accused
