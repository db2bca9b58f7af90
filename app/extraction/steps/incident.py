"""An incident being built: the triggers told of it and the arguments attached to it."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.extraction.doc import CasualtyRef, DateRef, ParticipantMention, PlaceRef, TriggerMention


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

    def __init__(
        self,
        triggers: list[TriggerMention],
        sentence: int,
        clause: int,
        places: list[PlaceRef] | None = None,
        dates: list[DateRef] | None = None,
        casualties: list[CasualtyRef] | None = None,
        participants: list[ParticipantMention] | None = None,
        implicit: bool = False,
    ) -> None:
        # written out, as the result types' are (types.py), so that mypyc compiles it; a
        # list left None is a new empty list
        self.triggers = triggers
        self.sentence = sentence
        self.clause = clause
        self.places = [] if places is None else places
        self.dates = [] if dates is None else dates
        self.casualties = [] if casualties is None else casualties
        self.participants = [] if participants is None else participants
        self.implicit = implicit

    @property
    def token(self) -> int:
        """Return the first token of the incident's first trigger."""
        return self.triggers[0].at.token if self.triggers else self.casualties[0].at.token
