"""What a lexicon entry of each kind carries: a trigger's event type, a cue's reach, a force
noun's participant kind. Read from a language's data files by ``resources``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TriggerInfo:
    """What a trigger phrase says about the event type."""

    event_type: str
    sub_event_type: str | None
    generic: bool
    priority: int
    weak: bool = False  # a default type any other trigger of the incident overrides ("strikes")
    # a verb that is a trigger only with one of these words later in its clause, its object
    # however long the subject between ("احتجز مسلحون ينتمون إلى جماعة ... عشرة رهائن")
    completed_by: frozenset[str] = frozenset()
    # a plural attack noun ("الاعتداءات", "attacks"): definite and with no toll it names attacks
    # talked about, not an incident (build.keep)
    plural: bool = False
    # a weapon named ("صواريخ", "سيارة مفخخة"): an incident only where its sentence tells the
    # weapon used or the harm done (cue.use) or has another trigger (steps/triggers.py)
    instrument: bool = False
    # a verb in the perfect ("انفجرت", "فجر نفسه"): the sentence tells the act done, which
    # counts as one of what an incident needs (build.keep)
    finite: bool = False

    @property
    def mutual(self) -> bool:
        """Whether the trigger tells two sides fighting each other ("clashed", "exchanged
        fire"): the sides named before it are both its subject."""
        return (self.event_type, self.sub_event_type) == CLASH


CLASH = ("Battles", "Armed clash")
ARREST = ("Strategic developments", "Arrests")


@dataclass(frozen=True, slots=True)
class CueInfo:
    """A cue word class (future, negation, clause, ...) and how far before a trigger it reaches."""

    name: str
    window: int


@dataclass(frozen=True, slots=True)
class ForceInfo:
    """A force noun ("army", "الشرطة") of one participant kind."""

    kind: str
    vague: bool = False  # "people", "أشخاص": says who was hurt, not which side they were on
    # "drones", "طائرات حربية": a weapon says whose it is only with a demonym ("Israeli drone")
    instrument: bool = False
    # "الأمن": a force only right after a cue naming the attacker ("برصاص الأمن"); elsewhere
    # the word names a topic ("مجلس الأمن", "الأمن والاستقرار")
    after_actor_cue: bool = False
    # "قوات الاحتلال": an occupying force, never the forces of the country it stands in; with no
    # demonym it is the occupier the language's [occupation] table names, where it applies
    occupation: bool = False
    # "مسيرة": a drone or a march; a force only with a country word beside it ("مسيرة تركية")
    # in a sentence that tells an attack and no crowd ("مسيرة احتجاجية", a protest march)
    with_country: bool = False
    # "security forces", "قوات الأمن": the kind they are coded as at a crowd's event (a protest
    # or riot), where they police the crowd ("police"); "" keeps ``kind`` everywhere
    at_crowd: str = ""
