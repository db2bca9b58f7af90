"""A place written as lying inside another takes that place's country.

* "Balochistan's Kech district", "Egypt's northern Sinai", "in Mali's Dioura": the name after a
  place's possessive (and a direction word) lies inside that place.
* "al-Zahraa neighbourhood in Homs", "Shaafa village in the countryside of Deir Ezzor": a
  settlement written before "in <place>" lies inside that place.
* "in Sidi Faraj near Benghazi": a name after a location word, written before "near <place>",
  is a place by that place.
* "the Arar border area of Iraq": a place written before "<noun> of <place>" lies inside that
  place, also when the gazetteer knows its name in another country (Arar, Saudi Arabia).
* "Mariano Escobedo in Morelia", "الميدان بمدينة دمشق", "تل رفعت التابعة لمحافظة حلب": a known
  place written before a link word ("in", "في", "بمدينة", "التابعة") and another known place lies
  inside that place.

A name the gazetteer lacks after a town's possessive ("Giza's Haram district") is a quarter of
that town, and the town is the place.

A name the gazetteer resolved to a place outside the host ("Kech" → Ketsch, Germany; a same-named
town in another province or far from the host city) is read again inside the host; failing that
it becomes a place there without coordinates, or, when the gazetteer knows the name only
elsewhere in the host's country, the host itself is the place.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.extraction.doc import Doc, PlaceRef
from app.extraction.geo import GazetteerLike
from app.extraction.steps.addresses import as_admin, contains, exact, inside
from app.extraction.steps.place_names import (
    Nouns,
    name_after,
    name_before,
    possessive,
    precision_of,
)

HOST_REACH = 6  # tokens from the settlement noun to the place it lies in
CLAUSE_ENDS = (",", ".", ";", ":", "")


def nested_places(
    doc: Doc, gaz: GazetteerLike, found: Sequence[PlaceRef], stop: set[int], nouns: Nouns
) -> tuple[list[PlaceRef], set[int]]:
    """Places inside the place written around them; also the starts of found places they replace."""
    owner = {i: r for r in found for i in range(r.at.token, r.at.last)}
    # a name read before or after a place stops at a stop word and at another found place
    stops = stop | owner.keys()
    owned = _possessives(doc, found, owner, stops, nouns)
    pairs = [
        *owned,
        *_settlements_in(doc, found, nouns),
        *_area_of(doc, found, owner, nouns),
        *_near_known(doc, found, stops, nouns),
        *_inside_known(doc, found, owner, nouns),
        *_framed(doc, found, owner, nouns),
    ]
    added: list[PlaceRef] = []
    dropped: set[int] = set()
    # pairs whose host is a town that a part of is written in ("Karachi's Nazimabad area", "In
    # Kharkiv, … the Kyivskyi district"): a name the gazetteer lacks there is a quarter
    parts = [*owned, *_framed(doc, found, owner, nouns)]
    for host, first, last, noun in pairs:
        inner = owner.get(first)
        whole = inner is None or (inner.at.token, inner.at.last) == (first, last)
        raised = _raised(gaz, inner, host) if whole else None
        if raised is not None:  # "بلدة بانكاس في منطقة موبتي": the Mopti region, not the town
            dropped.add(host.at.start)
            host = raised
        if whole and not (inner is not None and _lies_in(inner, host)):
            at = doc.mention(first, last)
            if inner is not None:
                dropped.add(inner.at.start)
            place = inside(gaz, at, host, precision_of(nouns, noun))
            if place is None or (place.latitude is None and _town_quarter(host, parts)):
                # the gazetteer knows the name only outside the host, or the name is a quarter
                # of the host town it lacks ("Giza's Haram district"): the host is the place
                continue
            added.append(PlaceRef(at, place, False, host.named_country))
        if not host.country_only and host.at.start not in dropped:
            dropped.add(host.at.start)  # less precise than the place written inside it
            added.append(host._replace(container=True))
    return added, dropped


def _town_quarter(host: PlaceRef, parts: list[tuple[PlaceRef, int, int, str]]) -> bool:
    """Whether ``host`` is a town a part of which ``parts`` names ("Karachi's Nazimabad area"):
    a name the gazetteer lacks there is a quarter, too fine to be the event's place."""
    return host.place.precision == "place" and any(pair[0] is host for pair in parts)


def _lies_in(inner: PlaceRef, host: PlaceRef) -> bool:
    """Whether the gazetteer's reading of a place written inside ``host`` can lie there (or the
    host was read by a near spelling, less sure than the inner reading)."""
    if inner.country_only:
        return True
    if inner.place.country_code != host.place.country_code:
        return False
    return contains(host.place, inner.place) or not exact(host)


def _raised(gaz: GazetteerLike, inner: PlaceRef | None, host: PlaceRef) -> PlaceRef | None:
    """The town host read as the admin unit of its name, when only that unit holds the known
    place written inside it."""
    if inner is None or host.place.precision != "place" or _lies_in(inner, host):
        return None
    raised = as_admin(gaz, host)
    if raised is None or inner.place.admin1_code != raised.place.admin1_code:
        return None  # by its code only: a town is a province's name only when it lies there
    return raised


def _possessives(
    doc: Doc, found: Sequence[PlaceRef], owner: dict[int, PlaceRef], stops: set[int], nouns: Nouns
) -> list[tuple[PlaceRef, int, int, str]]:
    """(host, first, last, noun) for "Balochistan's Kech district", "Egypt's northern Sinai"
    (``stops``: the tokens a name read after the host stops at)."""
    out = []
    between = {"s", *nouns.directions}  # "Egypt's northern Sinai"
    for host in found:
        if not possessive(doc, host.at, nouns):
            continue
        j = host.at.last
        while j < len(doc.tokens) and doc.tokens[j].norm in between:
            j += 1
        if j in owner:
            inner = owner[j]
            out.append((host, inner.at.token, inner.at.last, _noun_at(doc, inner.at.last, nouns)))
            continue
        last = name_after(doc, j, stops)
        if last is None:
            continue
        noun = _noun_at(doc, last, nouns)
        turned = j > host.at.last + 1 or doc.tokens[host.at.last].norm in nouns.directions
        if noun or turned or _in_then_end(doc, host, last, nouns):
            out.append((host, j, last, noun))
    return out


def _noun_at(doc: Doc, i: int, nouns: Nouns) -> str:
    return doc.tokens[i].norm if i < len(doc.tokens) and doc.tokens[i].norm in nouns else ""


def _in_then_end(doc: Doc, host: PlaceRef, last: int, nouns: Nouns) -> bool:
    """ "in Mali's Dioura, ...": a location word before the host, a clause end after the name."""
    before = host.at.token > 0 and doc.tokens[host.at.token - 1].norm in nouns.within
    end = len(doc.text) if last >= len(doc.tokens) else doc.tokens[last].start
    gap = doc.text[doc.tokens[last - 1].end : end].strip()
    return before and gap[:1] in CLAUSE_ENDS


def _settlements_in(
    doc: Doc, found: Sequence[PlaceRef], nouns: Nouns
) -> list[tuple[PlaceRef, int, int, str]]:
    """(host, first, last, noun) for a known place written "<name> village in <host>"."""
    out = []
    for ref in found:
        noun = _noun_at(doc, ref.at.last, nouns)
        link = ref.at.last + 1
        if not noun or link >= len(doc.tokens) or doc.tokens[link].norm not in nouns.within:
            continue
        sentence = doc.sentence_of(ref.at.token)
        hosts = [
            r
            for r in found
            if link < r.at.token <= link + HOST_REACH and doc.sentence_of(r.at.token) == sentence
        ]
        if hosts:
            out.append((hosts[0], ref.at.token, ref.at.last, noun))
    return out


def _area_of(
    doc: Doc, found: Sequence[PlaceRef], owner: dict[int, PlaceRef], nouns: Nouns
) -> list[tuple[PlaceRef, int, int, str]]:
    """(host, first, last, noun) for "the Arar border area of Iraq": a known place, at most one
    lower-case word, a settlement or area noun, "of", then a place of another country."""
    out = []
    for ref in found:
        k = ref.at.last
        if k + 1 < len(doc.tokens) and not _area_noun(doc, k, nouns):
            k += 1  # "border area": one modifier
        if not _area_noun(doc, k, nouns) or k + 1 >= len(doc.tokens):
            continue
        if doc.tokens[k + 1].norm not in nouns.links:
            continue
        host = owner.get(k + 2)
        if host is not None and not contains(host.place, ref.place):
            out.append((host, ref.at.token, ref.at.last, _noun_at(doc, k, nouns)))
    return out


def _area_noun(doc: Doc, k: int, nouns: Nouns) -> bool:
    word = doc.tokens[k].norm if k < len(doc.tokens) else ""
    return word in nouns or word in nouns.areas


def _near_known(
    doc: Doc, found: Sequence[PlaceRef], stops: set[int], nouns: Nouns
) -> list[tuple[PlaceRef, int, int, str]]:
    """(host, first, last, "") for "in Sidi Faraj near Benghazi": a capitalised name after a
    location word and before a location word and a known place (``stops``: the tokens the
    name stops at)."""
    out = []
    for host in found:
        k = host.at.token - 1
        if host.country_only or k < 1 or doc.tokens[k].norm not in nouns.within:
            continue
        first = name_before(doc, k, stops)
        if first is not None and first > 0 and doc.tokens[first - 1].norm in nouns.within:
            out.append((host, first, k, ""))
    return out


def _inside_known(
    doc: Doc, found: Sequence[PlaceRef], owner: dict[int, PlaceRef], nouns: Nouns
) -> list[tuple[PlaceRef, int, int, str]]:
    """(host, first, last, "") for "Mariano Escobedo in Morelia", "تل رفعت التابعة لمحافظة حلب":
    a known place, words that say it lies in another (one link at least), then that place."""
    out = []
    for ref in found if nouns.inside_links else ():
        j, linked = ref.at.last, False
        while j < len(doc.tokens) and j not in owner:
            word = doc.tokens[j].norm
            if word not in nouns.inside_links and word not in nouns.inside_words:
                break
            linked = linked or word in nouns.inside_links
            j += 1
        host = owner.get(j)
        # "بولاية النيجر": a province the gazetteer knows with its noun begins with the link
        linked = linked or (host is not None and doc.tokens[j].norm in nouns.inside_links)
        if not linked or host is None or host.at.token != j or ref.country_only:
            continue
        foreign = not host.country_only and host.place.country_code != ref.place.country_code
        if foreign and not _settled_in_unit(doc, ref, host, nouns):
            continue  # "Qatif in the Oriental province": an adjective read as a foreign town
        gap = doc.text[ref.at.end : host.at.start]
        if all(c.isalpha() or c.isspace() for c in gap):  # no clause or list between them
            out.append((host, ref.at.token, ref.at.last, ""))
    return out


def _settled_in_unit(doc: Doc, ref: PlaceRef, host: PlaceRef, nouns: Nouns) -> bool:
    """Whether ``ref`` is a settlement's name after its noun and ``host`` a province: "قرية كوري
    بولاية زامفارا" is a village of Zamfara, whatever town abroad the gazetteer knows as Kouri."""
    k = ref.at.token - 1
    return k >= 0 and doc.tokens[k].norm in nouns.villages and host.place.precision == "admin1"


def _framed(
    doc: Doc, found: Sequence[PlaceRef], owner: dict[int, PlaceRef], nouns: Nouns
) -> list[tuple[PlaceRef, int, int, str]]:
    """(host, first, last, noun) for "In Kharkiv, Ukraine's second city, a missile struck the
    Kyivskyi district": a sentence that opens with a town ("In <town>,") is told there, so a
    name in it before an admin noun that the gazetteer reads outside the town (a same-named
    district of another city) is a district of that town."""
    out = []
    for ref in found:
        # the noun after the name, or read with it ("the Kyivskyi district")
        after, last = _noun_at(doc, ref.at.last, nouns), _noun_at(doc, ref.at.last - 1, nouns)
        noun = after or (last if ref.at.last - ref.at.token > 1 else "")
        if noun not in nouns.admin:
            continue
        first = doc.sentences[doc.sentence_of(ref.at.token)].first
        host = owner.get(first + 1)
        if host is None or host is ref or host.at.token != first + 1:
            continue
        if host.place.precision != "place" or not _in_then_end(doc, host, host.at.last, nouns):
            continue
        if not _lies_in(ref, host):
            out.append((host, ref.at.token, ref.at.last, noun))
    return out
