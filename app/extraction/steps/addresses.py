"""Places the gazetteer lacks, found by how news text writes them.

* Address chains: "attacked Dega, Extreme-North, Cameroon". Each name written right before
  ", <place>" lies inside that place, so it takes its country; the first name of the chain is
  the most specific. A name the gazetteer knows in that country keeps its entry ("Nice,
  France"); one it knows only elsewhere ("Bugarama" in Tanzania, written "Bugarama, Muramvya
  Province, Burundi") or not at all becomes a place of that country without coordinates.
* Settlement names: "Kawuri village", "the town of Buhriz": a capitalised name next to a
  settlement noun, with the country and province of a known place near it, if any.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.extraction.doc import Doc, Mention, PlaceRef
from app.extraction.geo import GazetteerLike
from app.extraction.types import Place, PlacePrecision, Span

MAX_NAME_WORDS = 3
POSSESSIVE = ("'s", "’s")


@dataclass(frozen=True, slots=True)
class Nouns:
    """Settlement and admin-unit nouns of a language, and the words that link one to a name."""

    settlements: frozenset[str]  # "Kawuri village"
    admin: frozenset[str] = frozenset()  # "Nduga regency": an area, less precise than a town
    links: frozenset[str] = frozenset()  # "the town of Buhriz"
    people: frozenset[str] = frozenset()  # after a country name, a nationality: "US citizens"
    facilities: frozenset[str] = frozenset()  # after a place's name, part of it: "Kabul Airport"

    def __contains__(self, word: str) -> bool:
        return word in self.settlements or word in self.admin


def name_before(doc: Doc, end: int, stop: set[int]) -> int | None:
    """First token of the capitalised name that ends before token ``end``, or None.

    The name is one to three capitalised words joined by spaces or hyphens ("Mayo-Sava"). It
    must start after a lowercase word: a sentence-initial word, a longer run of capitalised
    words or a word of ``stop`` (a group's or a country's name) ends the search.
    """
    first = end
    while first > 0:
        k = first - 1
        word = doc.text[doc.tokens[k].start : doc.tokens[k].end]
        gap = doc.text[doc.tokens[k].end : doc.tokens[first].start] if first < end else ""
        if gap.strip(" -") or not word[:1].isupper():
            break
        if k in stop or end - first >= MAX_NAME_WORDS:
            return None
        first = k
    if first == end or doc.sentences[doc.sentence_of(first)].first == first:
        return None
    return first


def name_after(doc: Doc, start: int, stop: set[int]) -> int | None:
    """Token after the capitalised name that starts at token ``start``, or None."""
    last = start
    while last < len(doc.tokens) and last - start < MAX_NAME_WORDS:
        word = doc.text[doc.tokens[last].start : doc.tokens[last].end]
        gap = doc.text[doc.tokens[last - 1].end : doc.tokens[last].start] if last > start else ""
        if gap.strip(" -") or not word[:1].isupper() or last in stop:
            break
        last += 1
    return None if last == start else last


def named_here(host: Place | None, at: Mention, precision: PlacePrecision = "place") -> Place:
    """A place the gazetteer lacks, named by ``at``: the host's country and province, no point."""
    span = Span(at.start, at.end, at.text)
    if host is None:
        return Place(at.text, at.text, None, None, None, None, None, precision, span)
    return replace(
        host,
        name=at.text,
        text=at.text,
        precision=precision,
        latitude=None,
        longitude=None,
        span=span,
    )


def _in_country(gaz: GazetteerLike, at: Mention, code: str | None) -> Place | None:
    """The gazetteer's entry for the words ``at`` inside country ``code``, if it has one."""
    from app.extraction.steps.places import to_place  # places imports this module

    for cand in gaz.resolve(at.text, [code] if code else []):
        if cand.country_code == code and cand.precision != "country":
            return to_place(cand, at.text, at.start, at.end)
    return None


def _inside(gaz: GazetteerLike, at: Mention, host: PlaceRef) -> Place:
    """The place ``at`` inside ``host``: the gazetteer's entry there, else an unlisted place."""
    found = _in_country(gaz, at, host.place.country_code)
    if found is not None:
        return found
    place = named_here(host.place, at)
    return replace(place, admin1=None, admin1_code=None) if host.country_only else place


def address_chains(
    doc: Doc, gaz: GazetteerLike, found: Sequence[PlaceRef], stop: set[int], nouns: Nouns
) -> tuple[list[PlaceRef], set[int]]:
    """Places named in "X, Y, Country" chains; also the starts of found places they replace."""
    owner = {i: r for r in found for i in range(r.at.token, r.at.last)}
    added: list[PlaceRef] = []
    dropped: set[int] = set()
    for host in found:
        after = doc.text[host.at.end : host.at.end + 2]
        if host.at.start in dropped or after in POSSESSIVE:
            continue
        while host.at.token > 0:
            k = host.at.token - 1
            if doc.text[doc.tokens[k].end : host.at.start].strip() != ",":
                break
            mine = {i for i, r in owner.items() if r.place.country_code == host.place.country_code}
            first = name_before(doc, host.at.token, stop | mine)
            if first is None or (host.at.token - first == 1 and doc.tokens[first].norm in nouns):
                break  # "La mar Province, Ayacucho": a lone "Province" names nothing
            at = doc.mention(first, host.at.token)
            inner = owner.get(first)
            moved = _host_moved(gaz, host, inner) if inner and inner.at == at else None
            if moved is not None:  # "Charlottesville, Virginia": the state, not the SA town
                dropped.add(host.at.start)
                added.append(moved)
                break
            dropped |= {owner[i].at.start for i in range(first, host.at.token) if i in owner}
            host = PlaceRef(at, _inside(gaz, at, host), False, host.named_country)
            added.append(host)
    return added, dropped


def _host_moved(gaz: GazetteerLike, host: PlaceRef, inner: PlaceRef) -> PlaceRef | None:
    """The host read in the inner place's country, when the gazetteer has it there."""
    if host.country_only:
        return None
    place = _in_country(gaz, host.at, inner.place.country_code)
    return None if place is None else replace(host, place=place)


def settlement_places(
    doc: Doc, found: Sequence[PlaceRef], nouns: Nouns, stop: set[int], country: Place | None
) -> list[PlaceRef]:
    """ "a raid on Kawuri village in Borno state", "in the town of Buhriz": a place the gazetteer
    lacks; it takes the country and province of the nearest known place (same sentence first),
    else ``country`` (the article's), else none."""
    known = stop | {i for r in found for i in range(r.at.token, r.at.last)}
    out: list[PlaceRef] = []
    for i, tok in enumerate(doc.tokens):
        span, noun = None, tok.norm
        if tok.norm in nouns and i > 0:
            first = name_before(doc, i, known)
            span = None if first is None else (first, i)
        elif tok.norm in nouns.links and i > 0 and doc.tokens[i - 1].norm in nouns:
            last, noun = name_after(doc, i + 1, known), doc.tokens[i - 1].norm
            span = None if last is None else (i + 1, last)
        if span is None:
            continue
        at = doc.mention(*span)
        host = _host(doc, found, at.token)
        place = named_here(host.place if host else country, at, _precision(nouns, noun))
        if host is None or host.country_only:
            place = replace(place, admin1=None, admin1_code=None)
        out.append(PlaceRef(at, place, False, host.named_country if host else False))
    return out


def _precision(nouns: Nouns, noun: str) -> PlacePrecision:
    return "admin2" if noun in nouns.admin else "place"


def _host(doc: Doc, found: Sequence[PlaceRef], token: int) -> PlaceRef | None:
    """The known place nearest ``token``: in its sentence first, then anywhere in the article."""
    sentence = doc.sentence_of(token)
    return min(
        found,
        key=lambda r: (
            doc.sentence_of(r.at.token) != sentence,
            r.country_only,
            abs(r.at.token - token),
        ),
        default=None,
    )
