"""A tiny in-memory gazetteer for unit tests of the pipeline's use of places and demonyms."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from app.extraction.geo import Candidate, CountryMention, PlaceMention
from app.extraction.types import PlacePrecision


def fake_candidate(
    geonameid: int, name: str, country_code: str, precision: PlacePrecision = "place"
) -> Candidate:
    """A candidate of 100,000 people at (0, 0): the gazetteer's own value type, as compiled
    pipeline code reads its fields by index."""
    return Candidate(
        geonameid, name, country_code, None, None, None, 0.0, 0.0, precision, 100_000, 1.0
    )


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
        home: Sequence[str] | None = None,
    ) -> list[PlaceMention]:
        out = []
        for word, (name, cc) in self.places.items():
            for m in re.finditer(rf"{re.escape(word)}", text):
                out.append(
                    PlaceMention(
                        m.start(), m.end(), m.group(), (fake_candidate(len(name), name, cc),), None
                    )
                )
        return out

    def countries(
        self, text: str, language: str, starts: Sequence[int] = (), ends: Sequence[int] = ()
    ) -> list[CountryMention]:
        out = []
        for word, (cc, demonym) in self.country_words.items():
            for m in re.finditer(rf"(?<!\w)[وبلف]?{re.escape(word)}(?!\w)", text):
                out.append(
                    CountryMention(m.start(), m.end(), m.group(), cc, NAMES.get(cc, cc), demonym)
                )
        return sorted(out, key=lambda c: c.start)

    def country(self, code: str) -> Candidate | None:
        name = NAMES.get(code)
        return fake_candidate(0, name, code, "country") if name else None

    def capital(self, code: str) -> Candidate | None:
        return None

    def country_name(self, code: str) -> str | None:
        return NAMES.get(code)

    def resolve(
        self, mention: str, context_countries: Sequence[str] = (), language: str | None = None
    ) -> list[Candidate]:
        hit = self.places.get(mention)
        return [fake_candidate(len(hit[0]), hit[0], hit[1])] if hit else []
