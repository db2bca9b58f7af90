"""The gazetteer interface the pipeline relies on (implemented by ``app.geo``)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Protocol


class CandidateLike(Protocol):
    """A ranked gazetteer candidate."""

    @property
    def geonameid(self) -> int | None: ...

    @property
    def name(self) -> str: ...

    @property
    def country_code(self) -> str: ...

    @property
    def admin1_code(self) -> str | None: ...

    @property
    def admin1_name(self) -> str | None: ...

    @property
    def latitude(self) -> float: ...

    @property
    def longitude(self) -> float: ...

    @property
    def precision(self) -> str: ...

    @property
    def population(self) -> int: ...

    @property
    def score(self) -> float: ...


class FoundLike(Protocol):
    """Words found in the text: their offsets and the words themselves."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def text(self) -> str: ...


class PlaceMentionLike(FoundLike, Protocol):
    """A place name found in text, with its candidates."""

    @property
    def candidates(self) -> Sequence[CandidateLike]: ...

    @property
    def cue(self) -> str | None: ...


class CountryMentionLike(FoundLike, Protocol):
    """A country name or demonym found in text."""

    @property
    def country_code(self) -> str: ...

    @property
    def is_demonym(self) -> bool: ...


class GazetteerLike(Protocol):
    """What the extraction pipeline needs from the gazetteer."""

    def resolve(
        self, mention: str, context_countries: Sequence[str] = (), language: str | None = None
    ) -> Sequence[CandidateLike]:
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
    ) -> Sequence[PlaceMentionLike]:
        """Find place names in ``text``; ``cued``: offsets of words a cue found by the caller
        stands before; ``starts`` and ``ends``: the offsets of its tokens
        (app/extraction/text.py), if known."""
        ...

    def countries(
        self, text: str, language: str, starts: Sequence[int] = (), ends: Sequence[int] = ()
    ) -> Sequence[CountryMentionLike]:
        """Find country names and demonyms in ``text`` (``starts``, ``ends`` as for scan())."""
        ...

    def country(self, code: str) -> CandidateLike | None:
        """Return the country-level candidate for an ISO code."""
        ...

    def capital(self, code: str) -> CandidateLike | None:
        """Return the capital city of a country, as a place candidate."""
        ...

    def country_name(self, code: str) -> str | None:
        """Return the English short name of a country."""
        ...
