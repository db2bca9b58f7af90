"""Find places the gazetteer lacks in address chains: "attacked Dega, Extreme-North, Cameroon".

Each name written right before ", <place>" lies inside that place, so it takes its country;
the first name of the chain is the most specific. A name the gazetteer knows in that country
keeps its entry ("Nice, France"); one it knows only elsewhere ("Bugarama" in Tanzania, written
"Bugarama, Muramvya Province, Burundi") or not at all becomes a place of that country without
coordinates.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.extraction.doc import Doc, Mention, PlaceRef
from app.extraction.geo import GazetteerLike
from app.extraction.steps.place_names import (
    Nouns,
    name_before,
    named_here,
    possessive,
    precision_of,
    to_place,
)
from app.extraction.types import Place, PlacePrecision


def _in_country(gaz: GazetteerLike, at: Mention, code: str | None) -> Place | None:
    """The gazetteer's entry for the words ``at`` inside country ``code``, if it has one."""
    for cand in gaz.resolve(at.text, [code] if code else []):
        if cand.country_code == code and cand.precision != "country":
            return to_place(cand, at.text, at.start, at.end)
    return None


def inside(
    gaz: GazetteerLike, at: Mention, host: PlaceRef, precision: PlacePrecision = "place"
) -> Place:
    """The place ``at`` inside ``host``: the gazetteer's entry there, else an unlisted place."""
    found = _in_country(gaz, at, host.place.country_code)
    if found is not None:
        return found
    return named_here(host.place, at, precision, province=not host.country_only)


def address_chains(
    doc: Doc, gaz: GazetteerLike, found: Sequence[PlaceRef], stop: set[int], nouns: Nouns
) -> tuple[list[PlaceRef], set[int]]:
    """Places named in "X, Y, Country" chains; also the starts of found places they replace."""
    owner = {i: r for r in found for i in range(r.at.token, r.at.last)}
    added: list[PlaceRef] = []
    dropped: set[int] = set()
    for host in found:
        if host.at.start in dropped or possessive(doc, host.at, nouns) or _compound(doc, host.at):
            continue
        while True:
            span = _element(doc, host, owner, stop, nouns)
            if span is None:
                break
            at, precision = doc.mention(span[0], span[1]), precision_of(nouns, span[2])
            inner = owner.get(at.token)
            moved = _host_moved(doc, gaz, host, inner) if inner and inner.at == at else None
            if moved is not None:  # "Charlottesville, Virginia": the state, not the SA town
                dropped.add(host.at.start)
                added.append(moved)
                break
            dropped |= {owner[i].at.start for i in range(at.token, at.last) if i in owner}
            if precision != "place" and host.place.precision == "place":
                raised = _as_admin(gaz, host)  # "Maruf district, Kandahar": Kandahar province
                if raised is not None:
                    dropped.add(host.at.start)
                    added.append(raised)
            host = PlaceRef(at, inside(gaz, at, host, precision), False, host.named_country)
            added.append(host)
    return added, dropped


def _element(
    doc: Doc, host: PlaceRef, owner: dict[int, PlaceRef], stop: set[int], nouns: Nouns
) -> tuple[int, int, str] | None:
    """Tokens of the name written right before ", <host>" and the noun after it, if any
    ("Ghaziabad district, Kunar": the name Ghaziabad, the noun district)."""
    k = host.at.token - 1
    if k < 0 or doc.text[doc.tokens[k].end : host.at.start].strip() != ",":
        return None
    noun = doc.tokens[k].norm if doc.tokens[k].norm in nouns else ""
    end = k if noun and not doc.text[doc.tokens[k].start].isupper() else host.at.token
    mine = {i for i, r in owner.items() if r.place.country_code == host.place.country_code}
    first = name_before(doc, end, stop | mine)
    if first is None or (end - first == 1 and doc.tokens[first].norm in nouns):
        return None  # "La mar Province, Ayacucho": a lone "Province" names nothing
    return first, end, noun


def _compound(doc: Doc, at: Mention) -> bool:
    """ "Al Jazeera, Qatar-based": the place is half of an adjective, no address."""
    return doc.text[at.end : at.end + 1] == "-" and doc.text[at.end + 1 : at.end + 2].isalpha()


def _as_admin(gaz: GazetteerLike, host: PlaceRef) -> PlaceRef | None:
    """The host read as the admin unit of its name in its country, if the gazetteer has one."""
    code, at = host.place.country_code, host.at
    for cand in gaz.resolve(at.text, [code] if code else []):
        if cand.country_code == code and cand.precision in ("admin1", "admin2"):
            return host._replace(place=to_place(cand, at.text, at.start, at.end))
    return None


def _host_moved(doc: Doc, gaz: GazetteerLike, host: PlaceRef, inner: PlaceRef) -> PlaceRef | None:
    """The host read in the inner place's country, when the gazetteer has it there and the
    article does not name the host's country ("Ghaziabad district, Kunar, Afghanistan")."""
    named = {c.code for c in doc.countries if not c.is_demonym}
    if host.country_only or host.place.country_code in named:
        return None
    place = _in_country(gaz, host.at, inner.place.country_code)
    return None if place is None else host._replace(place=place)
