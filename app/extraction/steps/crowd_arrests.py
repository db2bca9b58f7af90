"""Arrests of a protest's crowd: part of the protest a careful coder records, not an event."""

from __future__ import annotations

from app.extraction.doc import ParticipantMention
from app.extraction.entry_info import ARREST
from app.extraction.steps.drafts import Draft
from app.extraction.steps.where import place_relation
from app.extraction.types import NAMED_GROUPS

# sides whose arrest is news of its own even beside a protest ("police arrested three
# gunmen"); anyone else arrested there (the crowd, "people", a named person) is of the crowd
ARMED: frozenset[str] = NAMED_GROUPS | {"state_forces", "police", "unidentified_armed_group"}
# how an arrest's place may stand to the protest's: the same town, a quarter or point of it,
# or a wider area it lies in ("in Kenya", "in the capital's province")
SAME_SCENE = ("same", "within", "near")


def crowd_arrests(drafts: list[Draft], crowd: frozenset[str]) -> list[Draft]:
    """Drop the arrests told of a crowd's event (``crowd``: protest and riot types) of the same
    article ("police fired on the protesters in Nairobi … at least 40 people had been
    arrested"): an arrest of no armed side at that event's place on its day belongs to it."""
    protests = [d for d in drafts if d.event_type in crowd]
    if not protests:
        return drafts
    return [d for d in drafts if not _of_crowd(d, protests)]


def _of_crowd(d: Draft, protests: list[Draft]) -> bool:
    if (d.event_type, d.sub_event_type) != ARREST or _armed(d.target):
        return False
    return any(_same_scene(d, p) for p in protests)


def _armed(p: ParticipantMention | None) -> bool:
    return p is not None and p.kind in ARMED and not p.crowd


def _same_scene(arrest: Draft, protest: Draft) -> bool:
    """Whether nothing the arrest states puts it at another place or on another day."""
    a, p = arrest.place, protest.place
    if a is not None and p is not None and place_relation(a, p) not in SAME_SCENE:
        return False
    if arrest.date is None or protest.date is None:
        return True
    return arrest.date.value == protest.date.value
