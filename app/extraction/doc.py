"""The document object every pipeline step takes and returns.

The mentions the steps add to it are named tuples (``app.extraction.refs``); they are
re-exported here, where the steps have always imported them from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.extraction.lexicon import Match
from app.extraction.refs import CasualtyRef as CasualtyRef
from app.extraction.refs import CountryRef as CountryRef
from app.extraction.refs import DateRef as DateRef
from app.extraction.refs import Mention as Mention
from app.extraction.refs import ParticipantMention as ParticipantMention
from app.extraction.refs import PlaceRef as PlaceRef
from app.extraction.refs import Segment as Segment
from app.extraction.refs import TriggerMention as TriggerMention
from app.extraction.refs import participant as participant
from app.extraction.refs import segment as segment
from app.extraction.text import Token, TokenBounds
from app.extraction.types import ExtractedEvent


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
        first = _count_upto(bounds.ends, start)
        # a mention spans few tokens: its last one is looked for from its first one
        last = max(_count_below(bounds.starts, end, first), first + 1)
        first = min(first, max(len(self.tokens) - 1, 0))
        return tuple.__new__(Mention, (start, end, self.text[start:end], first, last))

    def token_from(self, offset: int) -> int:
        """Return the index of the first token that ends after character ``offset`` (the one
        holding it, or the next; ``bisect_right`` of the tokens' ends, in native ints)."""
        return _count_upto(self.token_bounds().ends, offset)

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


# bisect_right and bisect_left over the token offsets, written out: compiled, a loop over native
# ints, where a call of the bisect module's functions (a global look-up, argument parsing and a
# rich comparison per step) cost some 1,500 instructions; mention_at runs some 60 times per article


def _count_upto(values: tuple[int, ...], x: int) -> int:
    """How many of the sorted ``values`` are at most ``x`` (``bisect_right``)."""
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < values[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _count_below(values: tuple[int, ...], x: int, lo: int = 0) -> int:
    """How many of the sorted ``values`` are below ``x`` (``bisect_left``), or ``lo`` if
    fewer: found by galloping from ``lo``, quick when the answer lies close to it."""
    n, hi, step = len(values), lo, 1
    while hi < n and values[hi] < x:
        lo = hi + 1
        hi += step
        step += step
    hi = min(hi, n)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
