"""The document object every pipeline step takes and returns, and the mentions steps add to it.

The mentions are named tuples, immutable like the frozen dataclasses elsewhere: an article
builds hundreds of them, and a frozen dataclass pays one ``object.__setattr__`` per field.
Change one with ``_replace``; no step compares them with plain tuples or unpacks them.

Compiled, a call of a named tuple class runs its Python-level ``__new__`` (some 2,700
instructions); the hot ones are built with ``tuple.__new__`` instead, in C, through the
factories here (``segment``, ``participant``) or at the one place each is made.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from app.extraction.lexicon import Match
from app.extraction.resources import TriggerInfo
from app.extraction.text import Token, TokenBounds
from app.extraction.types import Count, DatePrecision, ExtractedEvent, Place


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


class CountryRef(NamedTuple):
    """A country name or demonym in the text."""

    at: Mention
    code: str
    is_demonym: bool
    speaker: bool = False  # the subject of a speech verb: its government (steps/speakers.py)
    # a person's nationality ("a German hostage", steps/nationals.py): not where it happened
    person: bool = False


@dataclass(frozen=True, slots=True)
class Doc:
    """One article on its way through the pipeline."""

    text: str
    published: date
    language: str
    tokens: tuple[Token, ...] = ()
    matches: tuple[Match, ...] = ()
    sentences: tuple[Segment, ...] = ()
    clauses: tuple[Segment, ...] = ()
    triggers: tuple[TriggerMention, ...] = ()
    participants: tuple[ParticipantMention, ...] = ()
    countries: tuple[CountryRef, ...] = ()
    places: tuple[PlaceRef, ...] = ()
    dates: tuple[DateRef, ...] = ()
    casualties: tuple[CasualtyRef, ...] = ()
    events: tuple[ExtractedEvent, ...] = ()
    warnings: tuple[str, ...] = ()

    by_category: dict[str, tuple[Match, ...]] = field(default_factory=dict)
    token_sentence: tuple[int, ...] = ()  # sentence index of each token
    token_clause: tuple[int, ...] = ()  # clause index of each token
    bounds: TokenBounds | None = field(default=None, repr=False, compare=False)

    def __init__(
        self,
        text: str,
        published: date,
        language: str,
        tokens: tuple[Token, ...] = (),
        matches: tuple[Match, ...] = (),
        sentences: tuple[Segment, ...] = (),
        clauses: tuple[Segment, ...] = (),
        triggers: tuple[TriggerMention, ...] = (),
        participants: tuple[ParticipantMention, ...] = (),
        countries: tuple[CountryRef, ...] = (),
        places: tuple[PlaceRef, ...] = (),
        dates: tuple[DateRef, ...] = (),
        casualties: tuple[CasualtyRef, ...] = (),
        events: tuple[ExtractedEvent, ...] = (),
        warnings: tuple[str, ...] = (),
        by_category: dict[str, tuple[Match, ...]] | None = None,
        token_sentence: tuple[int, ...] = (),
        token_clause: tuple[int, ...] = (),
        bounds: TokenBounds | None = None,
    ) -> None:
        # written out, as the result types' are (types.py): mypyc compiles it into slot
        # stores, where the generated one stays interpreted (a document is built some 20
        # times per article); ``by_category`` None is a new empty dict
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "published", published)
        object.__setattr__(self, "language", language)
        object.__setattr__(self, "tokens", tokens)
        object.__setattr__(self, "matches", matches)
        object.__setattr__(self, "sentences", sentences)
        object.__setattr__(self, "clauses", clauses)
        object.__setattr__(self, "triggers", triggers)
        object.__setattr__(self, "participants", participants)
        object.__setattr__(self, "countries", countries)
        object.__setattr__(self, "places", places)
        object.__setattr__(self, "dates", dates)
        object.__setattr__(self, "casualties", casualties)
        object.__setattr__(self, "events", events)
        object.__setattr__(self, "warnings", warnings)
        object.__setattr__(self, "by_category", {} if by_category is None else by_category)
        object.__setattr__(self, "token_sentence", token_sentence)
        object.__setattr__(self, "token_clause", token_clause)
        object.__setattr__(self, "bounds", bounds)

    def evolve(
        self,
        *,
        published: date | None = None,
        tokens: tuple[Token, ...] | None = None,
        matches: tuple[Match, ...] | None = None,
        sentences: tuple[Segment, ...] | None = None,
        clauses: tuple[Segment, ...] | None = None,
        triggers: tuple[TriggerMention, ...] | None = None,
        participants: tuple[ParticipantMention, ...] | None = None,
        countries: tuple[CountryRef, ...] | None = None,
        places: tuple[PlaceRef, ...] | None = None,
        dates: tuple[DateRef, ...] | None = None,
        casualties: tuple[CasualtyRef, ...] | None = None,
        events: tuple[ExtractedEvent, ...] | None = None,
        warnings: tuple[str, ...] | None = None,
        by_category: dict[str, tuple[Match, ...]] | None = None,
        token_sentence: tuple[int, ...] | None = None,
        token_clause: tuple[int, ...] | None = None,
        bounds: TokenBounds | None = None,
    ) -> Doc:
        """Return a copy with the fields given (not None) replaced.

        ``dataclasses.replace`` for the steps: it builds the copy by a positional call,
        which the compiled build makes in C, where ``replace`` reads every field by name and
        passes them as keywords (about 20 times slower, measured compiled; a document is
        copied some twenty times per article). The text and its language never change.
        """
        return Doc(
            self.text,
            self.published if published is None else published,
            self.language,
            self.tokens if tokens is None else tokens,
            self.matches if matches is None else matches,
            self.sentences if sentences is None else sentences,
            self.clauses if clauses is None else clauses,
            self.triggers if triggers is None else triggers,
            self.participants if participants is None else participants,
            self.countries if countries is None else countries,
            self.places if places is None else places,
            self.dates if dates is None else dates,
            self.casualties if casualties is None else casualties,
            self.events if events is None else events,
            self.warnings if warnings is None else warnings,
            self.by_category if by_category is None else by_category,
            self.token_sentence if token_sentence is None else token_sentence,
            self.token_clause if token_clause is None else token_clause,
            self.bounds if bounds is None else bounds,
        )

    def matches_of(self, category: str) -> tuple[Match, ...]:
        """Return the lexicon matches of one category, in text order."""
        return self.by_category.get(category, ())

    def mention(self, first: int, last: int) -> Mention:
        """Return the mention covering tokens ``first`` to ``last`` (exclusive)."""
        start, end = self.tokens[first].start, self.tokens[last - 1].end
        return tuple.__new__(Mention, (start, end, self.text[start:end], first, last))

    def mention_at(self, start: int, end: int) -> Mention:
        """Return the mention of characters ``start``-``end`` with the tokens it overlaps."""
        bounds = self.token_bounds()
        first = bisect_right(bounds.ends, start)
        last = max(bisect_left(bounds.starts, end), first + 1)
        first = min(first, max(len(self.tokens) - 1, 0))
        return tuple.__new__(Mention, (start, end, self.text[start:end], first, last))

    def token_bounds(self) -> TokenBounds:
        """Return the tokens' offsets: the tokens step's, or (a document built without that
        step, or given other tokens since) worked out again."""
        bounds = self.bounds
        if bounds is not None and bounds.tokens is self.tokens:
            return bounds
        return TokenBounds.of(self.tokens)

    def sentence_of(self, token: int) -> int:
        """Return the index of the sentence holding ``token``."""
        if 0 <= token < len(self.token_sentence):
            return self.token_sentence[token]
        return _segment_of(self.sentences, token)

    def clause_of(self, token: int) -> int:
        """Return the index of the clause holding ``token``."""
        if 0 <= token < len(self.token_clause):
            return self.token_clause[token]
        return _segment_of(self.clauses, token)


def _segment_of(segments: tuple[Segment, ...], token: int) -> int:
    lo, hi = 0, len(segments) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if segments[mid].first <= token:
            lo = mid
        else:
            hi = mid - 1
    return lo
