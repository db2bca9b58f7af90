"""The gazetteer interface the pipeline relies on (implemented by ``app.geo``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class CandidateLike(Protocol):
    """A ranked gazetteer candidate."""

    geonameid: int
    name: str
    country_code: str
    admin1_code: str | None
    admin1_name: str | None
    latitude: float
    longitude: float
    precision: str
    score: float


class PlaceMentionLike(Protocol):
    """A place name found in text, with its candidates."""

    start: int
    end: int
    text: str
    candidates: Sequence[CandidateLike]
    cue: str | None


class CountryMentionLike(Protocol):
    """A country name or demonym found in text."""

    start: int
    end: int
    text: str
    country_code: str
    is_demonym: bool


class GazetteerLike(Protocol):
    """What the extraction pipeline needs from the gazetteer."""

    def resolve(
        self, mention: str, context_countries: Sequence[str] = (), language: str | None = None
    ) -> Sequence[CandidateLike]:
        """Return ranked candidates for a place name."""
        ...

    def scan(
        self, text: str, language: str, context_countries: Sequence[str] = ()
    ) -> Sequence[PlaceMentionLike]:
        """Find place names in ``text``."""
        ...

    def countries(self, text: str, language: str) -> Sequence[CountryMentionLike]:
        """Find country names and demonyms in ``text``."""
        ...

    def country(self, code: str) -> CandidateLike | None:
        """Return the country-level candidate for an ISO code."""
        ...

    def country_name(self, code: str) -> str | None:
        """Return the English short name of a country."""
        ...
