"""The mentions the pipeline's steps add to a document: where each sits in the text and
what it says.

The mentions are named tuples, immutable like the frozen dataclasses elsewhere: an article
builds hundreds of them, and a frozen dataclass pays one ``object.__setattr__`` per field.
Change one with ``_replace``; no step compares them with plain tuples or unpacks them.

Compiled, a call of a named tuple class runs its Python-level ``__new__`` (some 2,700
instructions); the hot ones are built with ``tuple.__new__`` instead, in C, through the
factories here (``segment``, ``participant``) or at the one place each is made.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from app.extraction.entry_info import TriggerInfo
from app.extraction.types import Count, DatePrecision, Place


class Segment(NamedTuple):
    """A sentence or clause: character range and token range (``last`` exclusive)."""

    start: int
    end: int
    first: int
    last: int


class Mention(NamedTuple):
    """Where a mention sits: characters of the original text and the token it starts at.

    ``Doc.mention`` and ``Doc.mention_at`` build one with ``tuple.__new__`` (in C; the named
    tuple's own ``__new__`` is a Python-level function): an article makes some 200.
    """

    start: int
    end: int
    text: str
    token: int  # index of its first token
    last: int  # index after its last token


class TriggerMention(NamedTuple):
    """An event trigger word or phrase, possibly ruled out as a non-event."""

    at: Mention
    info: TriggerInfo
    blocked: str | None = None  # why it is not an event (future, negation, background), or None
    anaphoric: bool = False  # definite ("the strike", "الهجوم"): may refer back to an incident


class ParticipantMention(NamedTuple):
    """A participant (named group, state force, victims, unidentified attackers) in the text."""

    at: Mention
    name: str
    kind: str
    country: str | None
    resolved: bool  # False: a force noun whose country is still unknown
    denied: bool = False
    claimed: bool = False
    thing: bool = False  # an attacked object ("a bar", "a checkpoint"): only ever a target
    vague: bool = False  # "people", "أشخاص": any side; a named target or object is better
    site: bool = False  # a force named with what of it was hit ("police patrol", "حاجز للجيش")
    # a weapon of no stated country ("a drone strike", "غارات للطيران"): whose it is is unknown,
    # so it never takes the event's country and yields to any side the text names
    instrument: bool = False
    reporter: bool = False  # it accuses another side ("Kabul accused Pakistan"): no party to it
    accused: bool = False  # the side accused: the actor, though an accusation alone is no event
    # a side told only indirectly: named before and referred to again ("the group", "الجماعة",
    # "whose forces", "طائراته"), or a country accused ("تتهم باكستان"); an explicit mention of
    # a side is the better one
    owned: bool = False
    # a person or institution the text names (no lexicon lists it: "opened fire on Ueliton
    # Brizon"): who was attacked, more precisely than the post or house they were at
    named: bool = False
    # a group no lexicon lists, told only by how its name is written ("the Arakan Army"): a
    # listed group beside it, equally sure, is the better guess at who did it
    unlisted: bool = False
    branch_of: str | None = None  # the movement this group is a regional branch of
    # an occupying force of no stated country ("قوات الاحتلال"): not the forces of the event's
    # country; whose it is, is the language's occupier where that applies (steps/build.py)
    occupation: bool = False
    # the crowd acting at its own protest (steps/acting.py crowd_side), a target until then
    crowd: bool = False
    # the kind this force is coded as at a crowd's event ("security forces" at a protest are
    # its police: steps/build.py); "" keeps ``kind``
    at_crowd: str = ""


def segment(start: int, end: int, first: int, last: int) -> Segment:
    """Return ``Segment(start, end, first, last)``, built in C (see the module docstring)."""
    return tuple.__new__(Segment, (start, end, first, last))


def participant(
    at: Mention,
    name: str,
    kind: str,
    country: str | None,
    resolved: bool,
    *,
    denied: bool = False,
    claimed: bool = False,
    thing: bool = False,
    vague: bool = False,
    site: bool = False,
    instrument: bool = False,
    reporter: bool = False,
    accused: bool = False,
    owned: bool = False,
    named: bool = False,
    unlisted: bool = False,
    branch_of: str | None = None,
    occupation: bool = False,
    crowd: bool = False,
    at_crowd: str = "",
) -> ParticipantMention:
    """Return a ``ParticipantMention`` of these fields, built in C (see the module docstring)."""
    fields = (
        at,
        name,
        kind,
        country,
        resolved,
        denied,
        claimed,
        thing,
        vague,
        site,
        instrument,
        reporter,
        accused,
        owned,
        named,
        unlisted,
        branch_of,
        occupation,
        crowd,
        at_crowd,
    )  # one tuple display, which mypyc builds directly
    return tuple.__new__(ParticipantMention, fields)


class PlaceRef(NamedTuple):
    """A gazetteer place mention resolved to its best candidate."""

    at: Mention
    place: Place
    country_only: bool
    named_country: bool = True  # its country is named in the article (name or demonym)
    # another place is written inside it ("Kabul's Paghman district") or it names a facility
    # that may lie elsewhere ("Brussels Airport in Zaventem"): a less precise event place
    container: bool = False


class DateRef(NamedTuple):
    """A date mention resolved against the publication date."""

    at: Mention
    value: date
    precision: DatePrecision
    relative: bool


class CasualtyRef(NamedTuple):
    """A killed/wounded figure with the cue word it hangs on."""

    at: Mention
    kind: str  # "killed" | "wounded"
    figure: Count
    combined: bool
    part: bool = False  # told at a place of its own after another toll (steps/splits.py)


class CountryRef(NamedTuple):
    """A country name or demonym in the text."""

    at: Mention
    code: str
    is_demonym: bool
    speaker: bool = False  # the subject of a speech verb: its government (steps/speakers.py)
    # a person's nationality ("a German hostage", steps/nationals.py): not where it happened
    person: bool = False
