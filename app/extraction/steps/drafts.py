"""Turn an incident into an event draft: its type, actor, target, place, date and toll."""

from __future__ import annotations

from typing import NamedTuple

from app.extraction.doc import (
    CasualtyRef,
    DateRef,
    Doc,
    ParticipantMention,
    PlaceRef,
    TriggerMention,
)
from app.extraction.resources import Resources
from app.extraction.steps.cues import Cues
from app.extraction.steps.dating import dated_long_before, report_date
from app.extraction.steps.event_types import event_type
from app.extraction.steps.incident import Incident
from app.extraction.steps.roles import roles
from app.extraction.steps.where import incident_place

REPORT_GAP = 3  # words between a reporting verb and the date of the report


class Draft(NamedTuple):
    """One event before it is turned into the public value type (a named tuple: some 30 are
    built per article, by ``draft`` and by merge's ``combine``, and a frozen dataclass of 16
    fields takes several times longer to build)."""

    event_type: str
    sub_event_type: str | None
    typed: int  # 2 a specific trigger, 1 a weak trigger or the participants, 0 only generic words
    triggers: tuple[TriggerMention, ...]
    actor: ParticipantMention | None
    actor_sure: int
    target: ParticipantMention | None
    target_sure: int
    target_sentence: int  # sentence index of the target's words (-1: no target)
    place: PlaceRef | None
    date: DateRef | None
    killed: CasualtyRef | None
    wounded: CasualtyRef | None
    token: int
    anaphoric: bool = False  # only definite mentions ("the strike", "الهجوم") that refer back
    hurt: bool = False  # its words tell of casualties (any figure, "7 killed or wounded" too)
    # a crowd's event (a protest, a riot): how many of the crowd acting (cue.rally) and its
    # numbers, demands or organisers (cue.crowd) its sentence tells, 0-2 (``_rallied``)
    rally: int = 0
    sequel: bool = False  # told as following the incident before ("hours later"): steps/sequels.py
    update: bool = False  # its toll told as a running total ("rose to 12"): steps/updates.py
    headline: bool = False  # told in the headline, which counts fewer than the body may
    sentence: int = -1  # the sentence it is told in (of the first, once merged)
    other: bool = False  # told as another incident ("another strike"): steps/others.py


def new_draft(
    event_type: str,
    sub_event_type: str | None,
    typed: int,
    triggers: tuple[TriggerMention, ...],
    actor: ParticipantMention | None,
    actor_sure: int,
    target: ParticipantMention | None,
    target_sure: int,
    target_sentence: int,
    place: PlaceRef | None,
    date: DateRef | None,
    killed: CasualtyRef | None,
    wounded: CasualtyRef | None,
    token: int,
    anaphoric: bool = False,
    hurt: bool = False,
    rally: int = 0,
    sequel: bool = False,
    update: bool = False,
    headline: bool = False,
    sentence: int = -1,
    other: bool = False,
) -> Draft:
    """Return a ``Draft`` of these fields, built in C (a compiled call of a named tuple class
    runs its Python-level ``__new__``; refs.py's module docstring)."""
    fields = (
        event_type,
        sub_event_type,
        typed,
        triggers,
        actor,
        actor_sure,
        target,
        target_sure,
        target_sentence,
        place,
        date,
        killed,
        wounded,
        token,
        anaphoric,
        hurt,
        rally,
        sequel,
        update,
        headline,
        sentence,
        other,
    )  # one tuple display, which mypyc builds directly (a starred one goes through a list)
    return tuple.__new__(Draft, fields)


def draft(doc: Doc, res: Resources, cues: Cues, inc: Incident) -> Draft:
    """Pick the arguments of one incident."""
    actor, sure, target, target_sure = roles(doc, res, cues, inc)
    target = _as_target(res, target)
    etype, sub, typed = event_type(res, inc, actor, target)
    return new_draft(
        etype,
        sub,
        typed,
        tuple(inc.triggers),
        actor,
        sure,
        target,
        target_sure,
        doc.sentence_of(target.at.token) if target else -1,
        incident_place(doc, inc, inc.token),
        _date(doc, cues, inc),
        _count(inc, "killed"),
        _count(inc, "wounded"),
        inc.token,
        bool(inc.triggers) and all(t.anaphoric for t in inc.triggers),
        bool(inc.casualties),
        _rallied(doc, cues, inc) if etype in res.taxonomy.crowd else 0,
        sentence=inc.sentence,
    )


def _as_target(res: Resources, target: ParticipantMention | None) -> ParticipantMention | None:
    """The target with the kind its actor entry gives the side hit (``ActorInfo.as_target``)."""
    info = res.actors.get(target.name) if target is not None else None
    if target is None or info is None or info.as_target is None:
        return target
    return target._replace(kind=info.as_target)


def _rallied(doc: Doc, cues: Cues, inc: Incident) -> int:
    """How much the incident's sentence tells of a crowd: 1 for it acting (cue.rally: "تجمع",
    "marched"), 1 for its numbers, demands or organisers (cue.crowd: "مئات", "demanding")."""
    sent = doc.sentences[inc.sentence]
    first, last = sent.first, sent.last - 1
    return cues.starting("cue:rally", first, last) + cues.starting("cue:crowd", first, last)


def _date(doc: Doc, cues: Cues, inc: Incident) -> DateRef | None:
    """The first date in a trigger's own clause, else the first attached; report dates last,
    then dates a year or more old; never the date an incident lasted until.

    "police said on Saturday", "أعلنت الخلية اليوم الاثنين": a date next to a reporting verb, or
    the publication day itself, more often dates the report than the incident. An old date
    beside a recent one is a reference ("killed yesterday in the first such attack in 2008").
    """
    # "lasted until May 6": the date after "until" is an end point
    dates = [d for d in inc.dates if not cues.ending("cue:until", d.at.token, d.at.token)]
    if len(dates) < 2:
        return dates[0] if dates else None  # nothing to rank
    clauses = {doc.clause_of(t.at.token) for t in inc.triggers} or {inc.clause}
    now = report_date(doc)

    def rank(d: DateRef) -> tuple[bool, bool, bool, int]:
        token, last = d.at.token, d.at.last
        reported = bool(
            cues.ending("cue:speech", token - REPORT_GAP, token + REPORT_GAP)
        ) or cues.starting("cue:speech", last, last + REPORT_GAP)
        today = d.value == doc.published and d.precision == "day"
        old = dated_long_before(now, d.value)
        return reported or today, old, doc.clause_of(token) not in clauses, token

    return min(dates, key=rank)


def _count(inc: Incident, kind: str) -> CasualtyRef | None:
    """The first figure of ``kind`` on its own (not "7 killed or wounded")."""
    for c in inc.casualties:
        if c.kind == kind and not c.combined:
            return c
    return None
