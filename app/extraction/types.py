"""Value types shared by every extraction step and by the service that stores their output.

All types are frozen: a step returns new values and never mutates what it was given.
Offsets (``start``/``end``) are always character offsets into the *original* article text,
so the API can show the exact words each value came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal, Protocol

DatePrecision = Literal["day", "week", "month", "year"]
PlacePrecision = Literal["place", "admin2", "admin1", "country"]
Qualifier = Literal["exact", "at_least", "more_than", "about", "range", "approximate", "zero"]
ParticipantKind = Literal[
    "state_forces",
    "police",
    "rebel_group",
    "militia",
    "political_group",
    "civilians",
    "unidentified_armed_group",
    "external_force",
    "other",
]
# kinds of a group known by its own name ("Boko Haram", "the Wagner Group"), not by what it is
NAMED_GROUPS: frozenset[ParticipantKind] = frozenset(
    {"rebel_group", "militia", "political_group", "external_force"}
)


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range of the original text, with the words it covers."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Participant:
    """An actor (who did it) or a target (to whom)."""

    name: str  # canonical English form, e.g. "Military Forces of Egypt"
    text: str  # the words as written in the article, e.g. "الجيش المصري"
    kind: ParticipantKind
    country_code: str | None = None  # ISO 3166-1 alpha-2 of the actor's country, if any
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved location."""

    name: str  # canonical English name, e.g. "Derna"
    text: str  # words as written, e.g. "درنة"
    country_code: str | None
    admin1: str | None  # English name of the first-level subdivision
    admin1_code: str | None  # ISO 3166-2 code, e.g. "LY-DR"
    latitude: float | None
    longitude: float | None
    precision: PlacePrecision
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Count:
    """A casualty figure as the article states it; ``best`` is what the API reports.

    ``best`` is None for a vague quantity ("dozens", "عشرات"): the article gives no number to
    report, only the lower bound kept in ``low`` with qualifier "approximate".
    """

    best: int | None
    low: int | None
    high: int | None
    qualifier: Qualifier
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class EventDate:
    """An event date resolved against the publication date."""

    value: date
    precision: DatePrecision
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """The words one field of an event came from."""

    field: str  # "trigger", "event_type", "actor", "target", "location", "date", "killed", ...
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ExtractedEvent:
    """One conflict event reported by an article."""

    event_type: str  # ACLED-compatible, e.g. "Explosions/Remote violence"
    sub_event_type: str | None  # e.g. "Air/drone strike"
    actor: Participant | None
    target: Participant | None
    location: Place | None
    date: EventDate | None
    killed: Count | None  # None: the article does not say; best=0 only when it says nobody
    wounded: Count | None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class ExtractionResult:
    """What an extractor returns for one article."""

    language: str  # "ar", "en", or "und"/other code when the text is in neither
    events: tuple[ExtractedEvent, ...]
    warnings: tuple[str, ...] = ()


class Extractor(Protocol):
    """Anything that turns article text into events: the rule engine today, a model later."""

    def extract(
        self, text: str, *, published: date, language: str | None = None
    ) -> ExtractionResult:
        """Extract the events of one article; ``language`` None means detect it."""
        ...
