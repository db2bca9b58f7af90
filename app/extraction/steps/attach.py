"""Group triggers into incidents and attach each argument to the incident its clause belongs to.

An argument goes to the incident of its own clause; failing that to the nearest incident
before it in the same sentence, then the nearest after it. So in "jets struck Derna, hours
after gunmen fired on buses in Minya, killing 29", the toll goes to the shooting, not the strikes.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.extraction.doc import CasualtyRef, Doc, ParticipantMention
from app.extraction.steps.dating import dateline, headline_end, historical, recalls_old, report_date
from app.extraction.steps.elsewhere import elsewhere
from app.extraction.steps.incident import Incident

PAST = ("background", "pluperfect", "recalled")  # why a trigger tells an incident of the past


def incidents(doc: Doc, violent: frozenset[str]) -> list[Incident]:
    """Cluster the doc's live triggers per clause and attach every argument (``violent``: the
    event types whose events may carry casualties)."""
    found: list[Incident] = []
    live: set[int] = set()  # clauses with a live trigger
    blocked: set[int] = set()  # clauses with a trigger that reports no event
    for trig in doc.triggers:
        clause = doc.clause_of(trig.at.token)
        if trig.blocked:
            blocked.add(clause)
            continue
        live.add(clause)
        if found and found[-1].clause == clause:
            found[-1].triggers.append(trig)
        else:
            found.append(Incident([trig], doc.sentence_of(trig.at.token), clause))
    # threats, denials: the arguments of a clause whose only triggers report no event go nowhere
    dead = (blocked - live) | dateline(doc)
    homes = Homes(doc, found)
    for place in doc.places:
        inc = homes.of(place.at.token, dead)
        if inc is not None:
            inc.places.append(place)
    for when in doc.dates:
        inc = homes.of(when.at.token, dead)
        if inc is not None:
            inc.dates.append(when)
    credited: list[ParticipantMention] = []  # claimed or accused in a clause of no incident
    for p in doc.participants:
        inc = homes.of(p.at.token, dead)
        if inc is not None:
            inc.participants.append(p)
        elif p.claimed or p.accused:
            credited.append(p)
    _attach_casualties(doc, found, dead, live, violent)
    # a side blamed in a sentence telling only background ("last year 40 were killed in
    # shelling that rights groups blamed on the RSF") is blamed for that, not for the news
    told = (
        {doc.sentence_of(t.at.token) for t in doc.triggers if t.blocked in PAST}
        if credited
        else set()
    )
    told -= {inc.sentence for inc in found}
    for p in credited:
        if doc.sentence_of(p.at.token) in told:
            continue
        # "No group claimed it, but al-Shabaab is suspected", "Police suspect the militants":
        # credit the last incident, also one known only from its toll ("Gunmen killed five")
        inc = next((i for i in reversed(found) if i.token < p.at.token), None)
        if inc is not None:
            inc.participants.append(p)
    since = {doc.sentence_of(m.first) for m in doc.matches_of("cue:background")}
    now = report_date(doc)
    return [
        inc for inc in found if not historical(now, inc, since) and not recalls_old(doc, now, inc)
    ]


class Homes:
    """Where the arguments of each clause go (``_home``): worked out once per clause, as an
    article has several arguments per clause and a few clauses per incident."""

    __slots__ = ("_by_clause", "_by_sentence", "_doc")

    def __init__(self, doc: Doc, found: Sequence[Incident]) -> None:
        self._doc = doc
        self._by_sentence = _by_sentence(found)
        self._by_clause: dict[int, Incident | None] = {}

    def of(self, token: int, dead: set[int]) -> Incident | None:
        """The incident of ``token``'s clause (see ``_home``); None for a clause in ``dead``."""
        clause = self._doc.clause_of(token)
        if clause in dead:
            return None
        if clause in self._by_clause:
            return self._by_clause[clause]
        inc = self._by_clause[clause] = _home(self._doc, self._by_sentence, token)
        return inc


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


def _attach_casualties(
    doc: Doc, found: list[Incident], dead: set[int], live: set[int], violent: frozenset[str]
) -> None:
    """Casualties go to their sentence's incident, else the previous incident if it has no such
    figure yet, else (before any incident) a new one known only from its toll (``live``: the
    clauses with a live trigger). An incident of no ``violent`` type takes only the tolls of its
    own clause: "police arrested three suspects after gunmen killed 12 people" tells a killing."""
    cumulative = {doc.clause_of(m.first) for m in doc.matches_of("cue:background")} - live
    # a toll in a clause of an accident or a disaster (cue.mishap) is none of an attack's
    mishaps = [m.first for m in doc.matches_of("cue:mishap")]
    background = dead | cumulative | {doc.clause_of(t) for t in mishaps}
    # "a man accused of killing five": a charge rules out the tolls after it in its clause
    charged: dict[int, int] = {}
    for m in doc.matches_of("cue:charge"):
        clause = doc.clause_of(m.first)
        if clause not in live:
            charged[clause] = min(charged.get(clause, m.first), m.first)
    # a toll in a sentence about a trial, an anniversary or a flood is no incident of its own
    no_incident = {doc.sentence_of(m.first) for m in doc.matches_of("cue:context")}
    no_incident.update(doc.sentence_of(t) for t in mishaps)
    homes = Homes(doc, found)
    # the incidents that may carry a toll (their triggers never change below)
    able = [i for i in found if _suffers(i, violent)]
    # a running total ("وارتفعت حصيلة القتلى إلى تسعة"): told apart, it updates the incident
    # before it when the two merge (steps/updates.py)
    updates = {(doc.sentence_of(m.first), m.first) for m in doc.matches_of("cue:update")}
    # a figure in the lead after a headline's is no recount: it tells the incident in full
    headline = max(headline_end(doc), 0)
    for ref in doc.casualties:
        clause = doc.clause_of(ref.at.token)
        if clause in background or charged.get(clause, ref.at.token) < ref.at.token:
            continue
        inc = homes.of(ref.at.token, background)
        # "the number of wounded had risen to 31, and 40 were arrested": a running total told
        # apart from a violent incident is a toll of its own, which updates the one told
        # before (steps/updates.py), not a first figure for the last incident with none
        suffers = inc is not None and _suffers(inc, violent)
        lone = not suffers and bool(updates) and _running_total(doc, updates, ref)
        if inc is not None and not suffers and (lone or inc.clause != clause):
            inc = None
        # a figure told at a place of its own ("وفي الموصل قتل شرطي", "فيما قتل طفلان في
        # سراقب") is an incident of its own, not the one before's or a recount of it
        apart = (inc is None or inc.clause != clause) and elsewhere(doc, able, ref)
        if (inc is None and not lone) or apart:
            inc = None if apart else _previous(able, ref)
            if (
                inc is None
                and not apart
                and any(i.token < ref.at.token for i in able)
                and not (doc.sentence_of(ref.at.token) == 1 and headline > 0)
                and not _running_total(doc, updates, ref)
            ):
                continue  # a second figure after an incident: attackers' deaths or a recount
        if inc is None:
            sentence = doc.sentence_of(ref.at.token)
            if sentence in no_incident:
                continue
            found.append(Incident([], sentence, clause, casualties=[ref], implicit=True))
            found.sort(key=lambda i: i.token)
            homes = Homes(doc, found)
            able = [i for i in found if _suffers(i, violent)]
            _adopt(doc, found, sentence)
        else:
            inc.casualties.append(ref)


def _suffers(inc: Incident, violent: frozenset[str]) -> bool:
    """Whether ``inc`` may carry casualties: a trigger of a violent type, or none (a toll)."""
    return not inc.triggers or any(t.info.event_type in violent for t in inc.triggers)


def _running_total(doc: Doc, updates: set[tuple[int, int]], ref: CasualtyRef) -> bool:
    """Whether a cue of a running total stands before ``ref`` in its sentence."""
    sentence = doc.sentence_of(ref.at.token)
    return any(s == sentence and first < ref.at.last for s, first in updates)


def _previous(found: list[Incident], ref: CasualtyRef) -> Incident | None:
    """Return the last incident before ``ref`` that has no figure of this kind yet."""
    before = [inc for inc in found if inc.token < ref.at.token]
    if before and not any(c.kind == ref.kind for c in before[-1].casualties):
        return before[-1]
    return None


def _adopt(doc: Doc, found: list[Incident], sentence: int) -> None:
    """Give a new implicit incident the places, dates and participants of its sentence; of its
    own clause only, when another incident of the sentence has them."""
    inc = next(i for i in found if i.sentence == sentence and i.implicit)
    if inc.places or inc.dates or inc.participants:
        return
    shared = any(i.sentence == sentence and not i.implicit for i in found)
    unit, own = (doc.clause_of, inc.clause) if shared else (doc.sentence_of, sentence)
    inc.places += [r for r in doc.places if unit(r.at.token) == own]
    inc.dates += [r for r in doc.dates if unit(r.at.token) == own]
    inc.participants += [p for p in doc.participants if unit(p.at.token) == own]
