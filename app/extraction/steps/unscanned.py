"""Places the gazetteer's scanner passed over, in an article that has no place of known country.

The scanner drops a lone word whose place is small and lies outside the countries the article
names, so an article that names no country at all can end up with no place: "a car bomb
exploded in Talafar", "killed ten in the town of Al-Nashabiyah". Only there:

* a name a settlement noun made into an unlisted place ("the town of Al-Nashabiyah") takes the
  gazetteer's entry for exactly that name, if it has one;
* a capitalised name right after a location word ("in", "near"; "in the Rafiganj rail
  disaster") is read as a place when the gazetteer knows exactly that name (no near-spellings)
  and it is not part of a longer name ("Line of Control"); in an article with no place at all,
  also a name it lacks that ends its clause ("bandits ambush herders in Kapedo"), without a
  country.
"""

from __future__ import annotations

from app.extraction.doc import Doc, PlaceRef
from app.extraction.geo import Candidate, GazetteerLike
from app.extraction.steps.country_refs import context_countries
from app.extraction.steps.place_names import Nouns, name_after, named_here, to_place

KINDS = ("place", "admin1", "admin2")


def unscanned_places(
    doc: Doc, gaz: GazetteerLike | None, nouns: Nouns, skip: frozenset[str]
) -> Doc:
    """Add the places of an article the scanner found none in (see the module docstring).

    ``skip``: words between the location word and the name ("the").
    """
    if gaz is None or any(r.place.country_code and not r.country_only for r in doc.places):
        return doc
    context = context_countries(doc)
    refs = [_listed(gaz, r, context) for r in doc.places]
    if not any(r.place.country_code and not r.country_only for r in refs):
        refs += _after_location_words(doc, gaz, nouns, skip, refs, context)
    return doc.evolve(places=tuple(sorted(refs, key=lambda r: r.at.start)))


def _known(gaz: GazetteerLike, text: str, context: tuple[str, ...]) -> Candidate | None:
    """The gazetteer's entry for exactly ``text`` (in a context country when there is one)."""
    cands = [c for c in gaz.resolve(text) if c.precision in KINDS]
    if context:
        cands = [c for c in cands if c.country_code in context]
    return cands[0] if cands else None


def _listed(gaz: GazetteerLike, ref: PlaceRef, context: tuple[str, ...]) -> PlaceRef:
    """An unlisted place (no country, no point) that the gazetteer knows after all."""
    if ref.country_only or ref.place.country_code or ref.place.latitude is not None:
        return ref
    cand = _known(gaz, ref.at.text, context)
    if cand is None:
        return ref
    return ref._replace(place=to_place(cand, ref.at.text, ref.at.start, ref.at.end))


def _after_location_words(
    doc: Doc,
    gaz: GazetteerLike,
    nouns: Nouns,
    skip: frozenset[str],
    found: list[PlaceRef],
    context: tuple[str, ...],
) -> list[PlaceRef]:
    spans = [r.at for r in found] + [p.at for p in doc.participants] + [c.at for c in doc.countries]
    spans += [t.at for t in doc.triggers] + [d.at for d in doc.dates]
    stop = {i for at in spans for i in range(at.token, at.last)}
    out: list[PlaceRef] = []
    for i, tok in enumerate(doc.tokens):
        if tok.norm not in nouns.within:
            continue
        first = i + 1
        while first < len(doc.tokens) and doc.tokens[first].norm in skip:
            first += 1
        last = name_after(doc, first, stop) if first < len(doc.tokens) else None
        if last is None or any(k in stop for k in range(first, last)) or _longer(doc, last, nouns):
            continue
        at = doc.mention(first, last)
        cand = _known(gaz, at.text, context)
        if cand is not None:
            place = to_place(cand, at.text, at.start, at.end)
        elif not found and _clause_end(doc, last):
            place = named_here(None, at)  # "ambush herders in Kapedo": the last words say where
        else:
            continue
        out.append(PlaceRef(at, place, False, False))
        stop |= set(range(first, last))
    return out


def _clause_end(doc: Doc, last: int) -> bool:
    """Whether the name ends its clause (punctuation or the end of the text follows)."""
    if last >= len(doc.tokens):
        return True
    gap = doc.text[doc.tokens[last - 1].end : doc.tokens[last].start].strip()
    return gap[:1] in (".", ",", ";", ":", "!", "?")


def _longer(doc: Doc, last: int, nouns: Nouns) -> bool:
    """The name goes on after a linking word ("Line of Control", "Gulf of Aden")."""
    nxt = last + 1
    if nxt >= len(doc.tokens) or doc.tokens[last].norm not in nouns.links:
        return False
    return doc.text[doc.tokens[nxt].start].isupper()
