"""Values the gazetteer returns: ranked candidates and mentions found in running text."""

from __future__ import annotations

from typing import NamedTuple

from app.extraction.types import PlacePrecision


class Candidate(NamedTuple):
    """One possible referent of a place mention; ``score`` compares within one resolve() call.

    A named tuple rather than a frozen dataclass: candidates are built on every first lookup,
    and a tuple is built several times faster.
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
