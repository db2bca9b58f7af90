"""A capital written by its country's demonym ("the Libyan capital", "العاصمة الليبية") is the
capital city the article names elsewhere (its dateline, another sentence).

The gazetteer's point of a country is its capital's, so a town of that country whose point is
the country's is the capital. An article that never names the city gives no place here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from app.extraction.doc import Doc, PlaceRef
from app.extraction.geo import GazetteerLike
from app.extraction.types import Span


def capital_places(
    doc: Doc, gaz: GazetteerLike, found: Sequence[PlaceRef], nouns: frozenset[str]
) -> list[PlaceRef]:
    """Places for "the <demonym> capital" (``nouns``: the language's words for a capital)."""
    if not nouns:
        return []
    out: list[PlaceRef] = []
    for ref in doc.countries:
        if not ref.is_demonym or ref.person:
            continue
        first, last = ref.at.token, ref.at.last
        if last < len(doc.tokens) and doc.tokens[last].norm in nouns:
            last += 1  # "the Libyan capital"
        elif first > 0 and doc.tokens[first - 1].norm in nouns:
            first -= 1  # "العاصمة الليبية"
        else:
            continue
        city = _capital(gaz, found, ref.code)
        if city is not None:
            at = doc.mention(first, last)
            place = replace(city.place, text=at.text, span=Span(at.start, at.end, at.text))
            out.append(PlaceRef(at, place, False, True))
    return out


def _capital(gaz: GazetteerLike, found: Sequence[PlaceRef], code: str) -> PlaceRef | None:
    """The town among ``found`` at the point the gazetteer gives country ``code``."""
    country = gaz.country(code)
    if country is None:
        return None
    point = (country.latitude, country.longitude)
    for r in found:
        p = r.place
        if p.country_code == code and p.precision == "place" and (p.latitude, p.longitude) == point:
            return r
    return None
