"""Value types shared by every extraction step and by the service that stores their output.

All types are frozen: a step returns new values and never mutates what it was given.
Offsets (``start``/``end``) are always character offsets into the *original* article text,
so the API can show the exact words each value came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal, Protocol

# The result types below write their own ``__init__``: mypyc compiles a hand-written one into
# direct slot stores, while the one ``@dataclass`` generates stays interpreted Python (some
# 1,400 instructions a field; an article builds about 300 of these). Same signature as the
# generated one (tests/extraction/test_types.py keeps them in step with the fields).

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

    def __init__(self, start: int, end: int, text: str) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)


@dataclass(frozen=True, slots=True)
class Participant:
    """An actor (who did it) or a target (to whom)."""

    name: str  # canonical English form, e.g. "Military Forces of Egypt"
    text: str  # the words as written in the article, e.g. "الجيش المصري"
    kind: ParticipantKind
    country_code: str | None = None  # ISO 3166-1 alpha-2 of the actor's country, if any
    span: Span | None = None

    def __init__(
        self,
        name: str,
        text: str,
        kind: ParticipantKind,
        country_code: str | None = None,
        span: Span | None = None,
    ) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "country_code", country_code)
        object.__setattr__(self, "span", span)


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

    def __init__(
        self,
        name: str,
        text: str,
        country_code: str | None,
        admin1: str | None,
        admin1_code: str | None,
        latitude: float | None,
        longitude: float | None,
        precision: PlacePrecision,
        span: Span | None = None,
    ) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "country_code", country_code)
        object.__setattr__(self, "admin1", admin1)
        object.__setattr__(self, "admin1_code", admin1_code)
        object.__setattr__(self, "latitude", latitude)
        object.__setattr__(self, "longitude", longitude)
        object.__setattr__(self, "precision", precision)
        object.__setattr__(self, "span", span)


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

    def __init__(
        self,
        best: int | None,
        low: int | None,
        high: int | None,
        qualifier: Qualifier,
        span: Span | None = None,
    ) -> None:
        object.__setattr__(self, "best", best)
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "high", high)
        object.__setattr__(self, "qualifier", qualifier)
        object.__setattr__(self, "span", span)


@dataclass(frozen=True, slots=True)
class EventDate:
    """An event date resolved against the publication date."""

    value: date
    precision: DatePrecision
    span: Span | None = None

    def __init__(self, value: date, precision: DatePrecision, span: Span | None = None) -> None:
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "precision", precision)
        object.__setattr__(self, "span", span)


@dataclass(frozen=True, slots=True)
class Evidence:
    """The words one field of an event came from."""

    field: str  # "trigger", "event_type", "actor", "target", "location", "date", "killed", ...
    text: str
    start: int
    end: int

    def __init__(self, field: str, text: str, start: int, end: int) -> None:
        object.__setattr__(self, "field", field)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)


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

    def __init__(
        self,
        event_type: str,
        sub_event_type: str | None,
        actor: Participant | None,
        target: Participant | None,
        location: Place | None,
        date: EventDate | None,
        killed: Count | None,
        wounded: Count | None,
        evidence: tuple[Evidence, ...] = (),
    ) -> None:
        object.__setattr__(self, "event_type", event_type)
        object.__setattr__(self, "sub_event_type", sub_event_type)
        object.__setattr__(self, "actor", actor)
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "location", location)
        object.__setattr__(self, "date", date)
        object.__setattr__(self, "killed", killed)
        object.__setattr__(self, "wounded", wounded)
        object.__setattr__(self, "evidence", evidence)


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
