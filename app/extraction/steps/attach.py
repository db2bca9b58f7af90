"""Group triggers into incidents and attach each argument to the incident its clause belongs to.

An argument goes to the incident of its own clause; failing that to the nearest incident
before it in the same sentence, then the nearest after it. So in "jets struck Derna, hours
after gunmen fired on buses in Minya, killing 29", the toll goes to the shooting, not the strikes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from app.extraction.doc import (
    CasualtyRef,
    DateRef,
    Doc,
    ParticipantMention,
    PlaceRef,
    TriggerMention,
)

DATELINE_WORDS = 6
OLD_DAYS = 365
RECENT_DAYS = 31


@dataclass(slots=True)
class Incident:
    """Triggers of one incident and the arguments attached to it (built up, then frozen into an event)."""

    triggers: list[TriggerMention]
    sentence: int
    clause: int
    places: list[PlaceRef] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    casualties: list[CasualtyRef] = field(default_factory=list)
    participants: list[ParticipantMention] = field(default_factory=list)
    implicit: bool = False  # made from a casualty figure with no trigger in its sentence

    @property
    def token(self) -> int:
        """Return the first token of the incident's first trigger."""
        return self.triggers[0].at.token if self.triggers else self.casualties[0].at.token


def incidents(doc: Doc) -> list[Incident]:
    """Cluster the doc's live triggers per clause and attach every argument."""
    found: list[Incident] = []
    for trig in doc.triggers:
        if trig.blocked:
            continue
        clause = doc.clause_of(trig.at.token)
        if found and found[-1].clause == clause:
            found[-1].triggers.append(trig)
        else:
            found.append(Incident([trig], doc.sentence_of(trig.at.token), clause))
    dead = _dead_clauses(doc) | _dateline(doc)
    homes = _by_sentence(found)
    for group in (doc.places, doc.dates, doc.participants):
        for arg in group:
            inc = None if doc.clause_of(arg.at.token) in dead else _home(doc, homes, arg.at.token)
            if inc is None and isinstance(arg, ParticipantMention) and arg.claimed:
                # "No group claimed it, but al-Shabaab is suspected": credit the last incident
                inc = next((i for i in reversed(found) if i.token < arg.at.token), None)
            if inc is not None:
                _add(inc, arg)
    _attach_casualties(doc, found, dead)
    since = {doc.sentence_of(m.first) for m in doc.matches_of("cue:background")}
    return [inc for inc in found if not _historical(doc, inc, since)]


def _historical(doc: Doc, inc: Incident, since: set[int]) -> bool:
    """An incident dated only a year or more before publication is background ("in 2002"),
    and so is one dated over a month before in a sentence that says "since" ("since the war
    began after Hamas attacked on Oct. 7"): one of the sentences ``since``."""
    if not inc.dates:
        return False
    age = min((doc.published - d.value).days for d in inc.dates)
    return age >= OLD_DAYS or (age >= RECENT_DAYS and inc.sentence in since)


def _dateline(doc: Doc) -> set[int]:
    """The dateline ("MOGADISHU, March 16 -"): a short first clause with no trigger."""
    if not doc.clauses or doc.sentences[0].last <= doc.clauses[0].last:
        return set()
    first = doc.clauses[0]
    inside = [t.at.token for t in doc.triggers] + [c.at.token for c in doc.casualties]
    if (
        any(first.first <= i < first.last for i in inside)
        or first.last - first.first > DATELINE_WORDS
    ):
        return set()
    return {0}


def _dead_clauses(doc: Doc) -> set[int]:
    """Clauses whose only triggers report no event (threats, denials): their arguments go nowhere."""
    live = {doc.clause_of(t.at.token) for t in doc.triggers if not t.blocked}
    return {doc.clause_of(t.at.token) for t in doc.triggers if t.blocked} - live


def _add(inc: Incident, arg: PlaceRef | DateRef | ParticipantMention) -> None:
    if isinstance(arg, PlaceRef):
        inc.places.append(arg)
    elif isinstance(arg, DateRef):
        inc.dates.append(arg)
    else:
        inc.participants.append(arg)


def _by_sentence(found: Sequence[Incident]) -> dict[int, list[Incident]]:
    """The incidents of each sentence, in the order of ``found``."""
    out: dict[int, list[Incident]] = {}
    for inc in found:
        out.setdefault(inc.sentence, []).append(inc)
    return out


def _home(doc: Doc, homes: dict[int, list[Incident]], token: int) -> Incident | None:
    """Return the incident of ``token``'s clause, else the nearest before, else after, in its
    sentence (``homes``: the incidents of each sentence, see ``_by_sentence``)."""
    clause = doc.clause_of(token)
    same = homes.get(doc.sentence_of(token), [])
    for inc in same:
        if inc.clause == clause:
            return inc
    before = [inc for inc in same if inc.clause < clause]
    if before:
        return before[-1]
    return same[0] if same else None


def _attach_casualties(doc: Doc, found: list[Incident], dead: set[int]) -> None:
    """Casualties go to their sentence's incident, else the previous incident if it has no such
    figure yet, else (before any incident) a new one known only from its toll."""
    live = {doc.clause_of(t.at.token) for t in doc.triggers if not t.blocked}
    cumulative = {doc.clause_of(m.first) for m in doc.matches_of("cue:background")} - live
    background = dead | cumulative
    # a toll in a sentence about a trial, an anniversary or a flood is no incident of its own
    no_incident = {doc.sentence_of(m.first) for m in doc.matches_of("cue:context")}
    homes = _by_sentence(found)
    for ref in doc.casualties:
        if doc.clause_of(ref.at.token) in background:
            continue
        inc = _home(doc, homes, ref.at.token)
        if inc is None:
            inc = _previous(found, ref)
            if inc is None and any(i.token < ref.at.token for i in found):
                continue  # a second figure after an incident: attackers' deaths or a recount
        if inc is None:
            sentence = doc.sentence_of(ref.at.token)
            if sentence in no_incident:
                continue
            found.append(
                Incident([], sentence, doc.clause_of(ref.at.token), casualties=[ref], implicit=True)
            )
            found.sort(key=lambda i: i.token)
            homes = _by_sentence(found)
            _adopt(doc, found, sentence)
        else:
            inc.casualties.append(ref)


def _previous(found: list[Incident], ref: CasualtyRef) -> Incident | None:
    """Return the last incident before ``ref`` that has no figure of this kind yet."""
    before = [inc for inc in found if inc.token < ref.at.token]
    if before and not any(c.kind == ref.kind for c in before[-1].casualties):
        return before[-1]
    return None


def _adopt(doc: Doc, found: list[Incident], sentence: int) -> None:
    """Give a new implicit incident the places, dates and participants of its sentence."""
    inc = next(i for i in found if i.sentence == sentence and i.implicit)
    if inc.places or inc.dates or inc.participants:
        return
    for group in (doc.places, doc.dates, doc.participants):
        for arg in group:
            if doc.sentence_of(arg.at.token) == sentence:
                _add(inc, arg)
