"""Countries and places from the gazetteer, with the article's countries as context."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from app.extraction.doc import CountryRef, Doc, PlaceRef
from app.extraction.geo import CandidateLike, GazetteerLike
from app.extraction.types import Place, PlacePrecision

PRECISIONS: tuple[PlacePrecision, ...] = ("place", "admin2", "admin1", "country")


def countries(doc: Doc, gaz: GazetteerLike | None) -> Doc:
    """Find the country names and demonyms of the article."""
    if gaz is None:
        return doc
    refs = tuple(
        CountryRef(doc.mention_at(c.start, c.end), c.country_code, c.is_demonym)
        for c in gaz.countries(doc.text, doc.language)
    )
    return replace(doc, countries=refs)


def context_countries(doc: Doc) -> tuple[str, ...]:
    """Return the article's country codes, most mentioned first."""
    counts = Counter(ref.code for ref in doc.countries)
    return tuple(code for code, _ in counts.most_common())


def places(doc: Doc, gaz: GazetteerLike | None) -> Doc:
    """Resolve place mentions that are not part of a participant's name ("مجلس مجاهدي درنة")."""
    if gaz is None:
        return doc
    taken = [range(p.at.start, p.at.end) for p in doc.participants]
    refs: list[PlaceRef] = []
    for mention in gaz.scan(doc.text, doc.language, context_countries(doc)):
        if not mention.candidates or any(mention.start in r for r in taken):
            continue
        at = doc.mention_at(mention.start, mention.end)
        place = to_place(mention.candidates[0], at.text, at.start, at.end)
        refs.append(PlaceRef(at, place, place.precision == "country"))
    for ref in doc.countries:
        cand = (
            None
            if ref.is_demonym or any(ref.at.start in r for r in taken)
            else gaz.country(ref.code)
        )
        if cand is not None:
            refs.append(
                PlaceRef(ref.at, to_place(cand, ref.at.text, ref.at.start, ref.at.end), True)
            )
    return replace(doc, places=tuple(sorted(refs, key=lambda r: r.at.start)))


def to_place(cand: CandidateLike, text: str, start: int | None, end: int | None) -> Place:
    """Turn a gazetteer candidate into the Place value of an event."""
    from app.extraction.types import Span

    precision: PlacePrecision = cand.precision if cand.precision in PRECISIONS else "place"
    span = Span(start, end, text) if start is not None and end is not None else None
    return Place(
        name=cand.name,
        text=text,
        country_code=cand.country_code,
        admin1=cand.admin1_name,
        admin1_code=cand.admin1_code,
        latitude=cand.latitude,
        longitude=cand.longitude,
        precision=precision,
        span=span,
    )
