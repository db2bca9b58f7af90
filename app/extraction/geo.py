"""The gazetteer interface the pipeline relies on (implemented by ``app.geo``), and the values
it returns."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import NamedTuple, Protocol

from app.extraction.types import PlacePrecision


class Candidate(NamedTuple):
    """One possible referent of a place mention; ``score`` compares within one resolve() call.

    A named tuple rather than a frozen dataclass: candidates are built on every first lookup,
    and a tuple is built several times faster. Declared here, not as a protocol, because
    compiled code reads a named tuple's fields by index, and a protocol's attributes by a
    generic attribute look-up some ten times dearer (the places step reads thousands per
    article).
    """

    geonameid: int | None
    name: str  # canonical English name: GeoNames 'name' (countries: GeoNames short name)
    country_code: str  # ISO 3166-1 alpha-2
    admin1_code: str | None  # ISO 3166-2, e.g. "LY-DR"
    admin1_name: str | None  # English
    admin1_name_ar: str | None
    latitude: float
    longitude: float
    precision: PlacePrecision
    population: int
    score: float


class PlaceMention(NamedTuple):
    """A place name found by scan(), with offsets into the scanned text (a named tuple, as
    ``Candidate``: the scanner builds one per name in every text, with ``tuple.__new__``)."""

    start: int
    end: int
    text: str
    candidates: tuple[Candidate, ...]  # ranked, best first; never empty
    cue: str | None  # the location cue word next to it, if any ("in", "مدينة", "province")


class CountryMention(NamedTuple):
    """A country name or demonym found by countries() (a named tuple: see ``PlaceMention``)."""

    start: int
    end: int
    text: str
    country_code: str
    name: str  # English short name, e.g. "Egypt"
    is_demonym: bool


class GazetteerLike(Protocol):
    """What the extraction pipeline needs from the gazetteer."""

    def resolve(
        self, mention: str, context_countries: Sequence[str] = (), language: str | None = None
    ) -> Sequence[Candidate]:
        """Return ranked candidates for a place name."""
        ...

    def scan(
        self,
        text: str,
        language: str,
        context_countries: Sequence[str] = (),
        cued: Collection[int] = (),
        starts: Sequence[int] = (),
        ends: Sequence[int] = (),
        home: Sequence[str] | None = None,
    ) -> Sequence[PlaceMention]:
        """Find place names in ``text``; ``cued``: offsets of words a cue found by the caller
        stands before; ``starts`` and ``ends``: the offsets of its tokens
        (app/extraction/text.py), if known; ``home``: the countries a place named by another
        language's alias must lie in (None: every country of the context and the text)."""
        ...

    def countries(
        self, text: str, language: str, starts: Sequence[int] = (), ends: Sequence[int] = ()
    ) -> Sequence[CountryMention]:
        """Find country names and demonyms in ``text`` (``starts``, ``ends`` as for scan())."""
        ...

    def country(self, code: str) -> Candidate | None:
        """Return the country-level candidate for an ISO code."""
        ...

    def capital(self, code: str) -> Candidate | None:
        """Return the capital city of a country, as a place candidate."""
        ...

    def country_name(self, code: str) -> str | None:
        """Return the English short name of a country."""
        ...
