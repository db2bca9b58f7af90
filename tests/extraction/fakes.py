"""A tiny in-memory gazetteer for unit tests of the pipeline's use of places and demonyms."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class FakeCandidate:
    geonameid: int
    name: str
    country_code: str
    admin1_code: str | None = None
    admin1_name: str | None = None
    latitude: float = 0.0
    longitude: float = 0.0
    precision: str = "place"
    population: int = 100_000
    score: float = 1.0


@dataclass(frozen=True)
class FakePlaceMention:
    start: int
    end: int
    text: str
    candidates: tuple[FakeCandidate, ...]
    cue: str | None = None


@dataclass(frozen=True)
class FakeCountryMention:
    start: int
    end: int
    text: str
    country_code: str
    is_demonym: bool


NAMES = {
    "EG": "Egypt",
    "LY": "Libya",
    "SY": "Syria",
    "RU": "Russia",
    "IQ": "Iraq",
    "US": "United States",
}


class FakeGazetteer:
    """Knows the places and country words it is given, nothing else."""

    def __init__(
        self, places: dict[str, tuple[str, str]], countries: dict[str, tuple[str, bool]]
    ) -> None:
        self.places = places  # surface -> (English name, country code)
        self.country_words = countries  # surface -> (country code, is_demonym)

    def _find(self, text: str, words: Sequence[str]) -> list[re.Match[str]]:
        found = []
        for word in sorted(words, key=len, reverse=True):
            for m in re.finditer(rf"(?<!\w)[وبلف]?(?:ال)?{re.escape(word)}(?!\w)", text):
                found.append(m)
        return found

    def scan(
        self,
        text: str,
        language: str,
        context_countries: Sequence[str] = (),
        cued: Collection[int] = (),
        starts: Sequence[int] = (),
        ends: Sequence[int] = (),
    ) -> list[FakePlaceMention]:
        out = []
        for word, (name, cc) in self.places.items():
            for m in re.finditer(rf"{re.escape(word)}", text):
                out.append(
                    FakePlaceMention(
                        m.start(), m.end(), m.group(), (FakeCandidate(len(name), name, cc),)
                    )
                )
        return out

    def countries(
        self, text: str, language: str, starts: Sequence[int] = (), ends: Sequence[int] = ()
    ) -> list[FakeCountryMention]:
        out = []
        for word, (cc, demonym) in self.country_words.items():
            for m in re.finditer(rf"(?<!\w)[وبلف]?{re.escape(word)}(?!\w)", text):
                out.append(FakeCountryMention(m.start(), m.end(), m.group(), cc, demonym))
        return sorted(out, key=lambda c: c.start)

    def country(self, code: str) -> FakeCandidate | None:
        name = NAMES.get(code)
        return FakeCandidate(0, name, code, precision="country") if name else None

    def capital(self, code: str) -> FakeCandidate | None:
        return None

    def country_name(self, code: str) -> str | None:
        return NAMES.get(code)

    def resolve(
        self, mention: str, context_countries: Sequence[str] = (), language: str | None = None
    ) -> list[FakeCandidate]:
        hit = self.places.get(mention)
        return [FakeCandidate(len(hit[0]), hit[0], hit[1])] if hit else []
