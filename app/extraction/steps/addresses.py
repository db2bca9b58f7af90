"""Find places the gazetteer lacks in address chains: "attacked Dega, Extreme-North, Cameroon".

Each name written right before ", <place>" lies inside that place, so it takes its country;
the first name of the chain is the most specific. A name the gazetteer knows in that country
keeps its entry ("Nice, France"); one it knows only elsewhere ("Bugarama" in Tanzania, written
"Bugarama, Muramvya Province, Burundi") or not at all becomes a place of that country without
coordinates. A name the gazetteer knows in that country only outside the place written after it
("Greektown, Toronto": a Greektown in British Columbia) is read as that place: the container.
A country name two countries share ("Ituri, Congo") is the one the name before it lies in.
"""

from __future__ import annotations

from collections.abc import Sequence
from math import cos, hypot, radians

from app.extraction.doc import Doc, Mention, PlaceRef
from app.extraction.geo import Candidate, GazetteerLike
from app.extraction.steps.place_names import (
    Nouns,
    name_before,
    name_reach,
    named_here,
    possessive,
    precision_of,
    to_place,
)
from app.extraction.text import normalise
from app.extraction.types import Place, PlacePrecision

KM_PER_DEGREE = 111.2
CITY_REACH_KM = 25.0  # a place written inside a city lies this close to the city's point
ADMIN_REACH_KM = 250.0  # ... and this close to a province's point, whatever its code
LIST_REACH = 12  # tokens after a place within which a coordinator makes it a list item


def _in_country(gaz: GazetteerLike, at: Mention, code: str | None) -> Place | None:
    """The gazetteer's entry for the words ``at`` inside country ``code``, if it has one."""
    for cand in gaz.resolve(at.text, [code] if code else []):
        if cand.country_code == code and cand.precision != "country":
            return to_place(cand, at.text, at.start, at.end)
    return None


def inside(
    gaz: GazetteerLike,
    at: Mention,
    host: PlaceRef,
    precision: PlacePrecision = "place",
    reach: float = ADMIN_REACH_KM,
) -> Place | None:
    """The place ``at`` inside ``host``: the gazetteer's entry there, else an unlisted place.

    None when the gazetteer knows the name in the host's country but only outside the host (in
    another province, or far from the host city): the text says it lies in the host, so the
    same-named place elsewhere is not it, and the host is the place to report. A near
    spelling found elsewhere ("Gozare" read as Guzarah, Herat, when written before Sari Pul)
    is no such namesake: the name is unlisted.
    """
    code, known = host.place.country_code, False
    for cand in gaz.resolve(at.text, [code] if code else []):
        if cand.country_code != code or cand.precision == "country":
            continue
        if contains(host.place, cand, reach):
            return to_place(cand, at.text, at.start, at.end)
        known = known or _spelt(gaz, at, cand)
    if known and not host.country_only:
        return None
    return named_here(host.place, at, precision, province=not host.country_only)


def _spelt(gaz: GazetteerLike, at: Mention, cand: Candidate) -> bool:
    """Whether the gazetteer lists ``cand`` under the words as written, not a near spelling
    (a lookup without context countries finds no near spellings)."""
    here = (cand.name, cand.country_code, cand.latitude, cand.longitude)
    return any(
        (c.name, c.country_code, c.latitude, c.longitude) == here for c in gaz.resolve(at.text)
    )


def contains(host: Place, cand: Place | Candidate, reach: float = ADMIN_REACH_KM) -> bool:
    """Whether a reading can lie inside ``host``: in its country; near its point when the host
    is a town; in its province, or near the province's point, when the host is an admin unit.

    The nearness test for provinces stands in for codes the build's join got wrong (GeoNames
    provinces voted into a neighbour: Abyan's towns carry Jouf's code).
    """
    if cand.country_code != host.country_code:
        return False
    if host.precision == "country":
        return True
    if host.latitude is None or cand.latitude is None:
        return not (host.admin1_code and cand.admin1_code) or cand.admin1_code == host.admin1_code
    dlat = cand.latitude - host.latitude
    dlon = (cand.longitude or 0.0) - (host.longitude or 0.0)
    km = hypot(dlat, dlon * cos(radians(host.latitude))) * KM_PER_DEGREE
    if host.precision == "place":
        return km <= CITY_REACH_KM
    return cand.admin1_code == host.admin1_code or km <= reach


def exact(ref: PlaceRef) -> bool:
    """Whether a Latin-script place was read by its own name, not a near spelling ("Paktia" read
    as Paktika): only such a host can overrule the reading of a place written inside it."""
    text = ref.at.text
    return not text.isascii() or normalise(text) in (
        normalise(ref.place.name),
        normalise(ref.place.admin1 or ""),
    )


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
            namesake = _namesake(gaz, at, host)
            if namesake is not None:  # "Ituri, Congo": DR Congo, not the Republic of the Congo
                dropped.add(host.at.start)
                added.append(namesake)
                host = namesake
            inner = owner.get(at.token)
            moved = _host_moved(doc, gaz, host, inner) if inner and inner.at == at else None
            if moved is not None:  # "Charlottesville, Virginia": the state, not the SA town
                dropped.add(host.at.start)
                added.append(moved)
                break
            raised, place = _read_inside(gaz, at, host, precision)
            if place is None and _listed(doc, host.at, nouns):
                break  # "Homs, Hama and Idlib": a list of places, not an address
            dropped |= {owner[i].at.start for i in range(at.token, at.last) if i in owner}
            if raised is not None:
                dropped.add(host.at.start)
                added.append(raised)
            if place is None:
                break  # "Greektown, Toronto": no Greektown in Toronto the gazetteer knows
            host = PlaceRef(at, place, False, host.named_country)
            added.append(host)
    return added, dropped


def _namesake(gaz: GazetteerLike, at: Mention, host: PlaceRef) -> PlaceRef | None:
    """The country written by a name it shares with the one it was read as ("Congo", "الكونغو"),
    when the place written before it lies there and not in the country read first.

    Such a name is one the gazetteer gives several countries, or a short form of the country's
    name that is also part of another's ("Congo" of both Congos, "Korea"); "Sudan" is Sudan's
    whole name, so "Malakal, Sudan" stays in Sudan.
    """
    code = host.place.country_code
    if code is None or host.place.precision != "country" or _in_country(gaz, at, code):
        return None
    shared = {c.country_code for c in gaz.resolve(host.at.text) if c.precision == "country"}
    written = _words(host.at.text)
    short = _part(written, _words(gaz.country_name(code) or ""))
    for cand in gaz.resolve(at.text):
        other = cand.country_code
        if cand.precision == "country" or other == code:
            continue
        if other in shared or (short and _part(written, _words(gaz.country_name(other) or ""))):
            country = gaz.country(other)
            if country is not None:
                place = to_place(country, host.at.text, host.at.start, host.at.end)
                return host._replace(place=place)
    return None


def _words(name: str) -> tuple[str, ...]:
    """The normalised words of a name, a hyphen splitting them ("Guinea-Bissau")."""
    return tuple(normalise(name).replace("-", " ").split())


def _part(written: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether the words written are a run of a longer country name ("Congo" of "Democratic
    Republic of the Congo", "Korea" of "South Korea")."""
    n = len(written)
    return 0 < n < len(name) and any(name[k : k + n] == written for k in range(len(name) - n + 1))


def _read_inside(
    gaz: GazetteerLike, at: Mention, host: PlaceRef, precision: PlacePrecision
) -> tuple[PlaceRef | None, Place | None]:
    """The host read as its admin unit, if it is one here, and the place ``at`` inside the host.

    A town host becomes the admin unit of its name after a district ("Maruf district,
    Kandahar": Kandahar province) or when only that unit holds the name before it ("Burka,
    Baghlan": the Burka the gazetteer knows lies in Baghlan province, far from Baghlan town).
    """
    town = host.place.precision == "place"
    raised = as_admin(gaz, host) if town and precision != "place" else None
    place = inside(gaz, at, raised or host, precision)
    if place is None and town and raised is None:
        raised = as_admin(gaz, host)
        place = inside(gaz, at, raised, precision, 0.0) if raised is not None else None
        raised = raised if place is not None else None
    return raised, place


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
    inner = owner.get(end - 1)
    if inner is not None and inner.at.last == end and _misread(inner, host):
        # "Greektown, Toronto", "Bijapur district, Chhattisgarh": not the namesake elsewhere
        return inner.at.token, end, noun
    # the words name_before may reach that are a stop word or a place of the host's country
    # (not a union of the whole sets: a copy of ``stop`` per host cost more than the rest)
    near: set[int] = set()
    for i in name_reach(end):
        other = owner.get(i)
        if i in stop or (other is not None and other.place.country_code == host.place.country_code):
            near.add(i)
    first = name_before(doc, end, near)
    if first is None or (end - first == 1 and doc.tokens[first].norm in nouns):
        return None  # "La mar Province, Ayacucho": a lone "Province" names nothing
    return first, end, noun


def _misread(inner: PlaceRef, host: PlaceRef) -> bool:
    """A place of the host's country read outside the host it is written before."""
    if inner.place.country_code != host.place.country_code or inner.country_only:
        return False  # decided before exact(), which normalises three names
    return exact(host) and not contains(host.place, inner.place)


def _listed(doc: Doc, at: Mention, nouns: Nouns) -> bool:
    """Whether the place is an item of a list ("Hilla, Taji and Dujail"): capitalised names
    joined by commas follow it up to a coordinator."""
    for k in range(at.last, min(at.last + LIST_REACH, len(doc.tokens))):
        if doc.tokens[k].norm in nouns.coordinators:
            return True
        gap = doc.text[doc.tokens[k - 1].end : doc.tokens[k].start].strip()
        if gap not in ("", ",") or not doc.text[doc.tokens[k].start].isupper():
            return False
    return False


def _compound(doc: Doc, at: Mention) -> bool:
    """ "Al Jazeera, Qatar-based": the place is half of an adjective, no address."""
    return doc.text[at.end : at.end + 1] == "-" and doc.text[at.end + 1 : at.end + 2].isalpha()


def as_admin(gaz: GazetteerLike, host: PlaceRef) -> PlaceRef | None:
    """The host read as the admin unit of its name in its country, if the gazetteer has one
    (also by the English name of a town that shares its province's: "موبتي", Mopti region)."""
    code, at, place = host.place.country_code, host.at, host.place
    names = [at.text, *([place.admin1] if place.admin1 == place.name else [])]
    for name in names:
        for cand in gaz.resolve(name, [code] if code else []):
            if cand.country_code == code and cand.precision in ("admin1", "admin2"):
                return host._replace(place=to_place(cand, at.text, at.start, at.end))
    return None


def _host_moved(doc: Doc, gaz: GazetteerLike, host: PlaceRef, inner: PlaceRef) -> PlaceRef | None:
    """The host read in the inner place's country, when the gazetteer has it there and the
    article does not name the host's country ("Ghaziabad district, Kunar, Afghanistan")."""
    named = {c.code for c in doc.countries if not c.is_demonym}
    if host.country_only or host.place.country_code in named | {inner.place.country_code}:
        return None
    place = _in_country(gaz, host.at, inner.place.country_code)
    return None if place is None else host._replace(place=place)
