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
from dataclasses import dataclass
from itertools import compress, count
from operator import attrgetter

from app.extraction.doc import Doc, Mention, PlaceRef
from app.extraction.geo import CandidateLike, GazetteerLike
from app.extraction.types import Place, PlacePrecision, Span

PRECISIONS: tuple[PlacePrecision, ...] = ("place", "admin2", "admin1", "country")
MAX_NAME_WORDS = 3
START = attrgetter("start")
APOSTROPHES = ("'", "’")


@dataclass(frozen=True, slots=True)
class Nouns:
    """Settlement and admin-unit nouns of a language, and the words that link one to a name."""

    settlements: frozenset[str]  # "Kawuri village"
    admin: frozenset[str] = frozenset()  # "Nduga regency": an area, less precise than a town
    links: frozenset[str] = frozenset()  # "the town of Buhriz"
    people: frozenset[str] = frozenset()  # after a country name, a nationality: "US citizens"
    facilities: frozenset[str] = frozenset()  # after a place's name, part of it: "Kabul Airport"
    directions: frozenset[str] = frozenset()  # "Egypt's northern Sinai"
    institutions: frozenset[str] = frozenset()  # after a place's name, its own: "Kabul Police"
    within: frozenset[str] = frozenset()  # "Zahraa neighbourhood in Homs", "in Mali's Dioura"
    possessives: frozenset[str] = frozenset()  # after an apostrophe: "Egypt's"
    articles: frozenset[str] = frozenset()  # before a hyphen, part of the name: "al-Zahraa"
    areas: frozenset[str] = frozenset()  # "the Bulo Marer AREA", "the Hamrin MOUNTAINS": areas
    features: frozenset[str] = frozenset()  # ... of them natural features, as wide as a province
    determiners: frozenset[str] = frozenset()  # "the area of THE Buthidaung"

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


def named_here(
    host: Place | None, at: Mention, precision: PlacePrecision = "place", province: bool = True
) -> Place:
    """A place the gazetteer lacks, named by ``at``: the host's country and (unless not
    ``province``) province, no point."""
    span = Span(at.start, at.end, at.text)
    if host is None:
        return Place(at.text, at.text, None, None, None, None, None, precision, span)
    admin1, code = (host.admin1, host.admin1_code) if province else (None, None)
    return Place(at.text, at.text, host.country_code, admin1, code, None, None, precision, span)


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


def possessive(doc: Doc, at: Mention, nouns: Nouns) -> bool:
    """Whether the words ``at`` end in, or are followed by, a possessive ("Egypt's")."""
    if at.text[-2:-1] not in APOSTROPHES and doc.text[at.end : at.end + 1] not in APOSTROPHES:
        return False
    ends = tuple(a + p for a in APOSTROPHES for p in nouns.possessives)
    return bool(ends) and (at.text.endswith(ends) or doc.text[at.end :].startswith(ends))


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


def settlement_places(
    doc: Doc, found: Sequence[PlaceRef], nouns: Nouns, stop: set[int], country: Place | None
) -> list[PlaceRef]:
    """ "a raid on Kawuri village in Borno state", "in the town of Buhriz": a place the gazetteer
    lacks; it takes the country and province of the nearest known place (same sentence first),
    else ``country`` (the article's), else none."""
    known = stop | {i for r in found for i in range(r.at.token, r.at.last)}
    out: list[PlaceRef] = []
    for i in _noun_tokens(doc, nouns.settlements | nouns.admin | nouns.links | nouns.areas):
        tok = doc.tokens[i]
        span, noun = None, tok.norm
        area = tok.norm in nouns.areas
        if (tok.norm in nouns or area) and i > 0 and not _named_after(doc, i, nouns, known):
            first = name_before(doc, i, known)
            # "the Hamrin Mountains", "Virunga National Park": a capitalised area noun is named
            whole = area and doc.text[tok.start].isupper()
            span = None if first is None else (first, i + 1 if whole else i)
        elif tok.norm in nouns.links and i > 1 and _noun_before_link(doc, i, nouns):
            # "the town of Buhriz", "the area of the Buthidaung"
            start = i + 2 if _article(doc, i + 1, nouns) else i + 1
            last, noun = name_after(doc, start, known), doc.tokens[i - 1].norm
            span = None if last is None else (start, last)
        if span is None:
            continue
        at = doc.mention(*span)
        host = _host(doc, found, at.token)
        province = host is not None and not host.country_only
        place = named_here(host.place if host else country, at, precision_of(nouns, noun), province)
        out.append(PlaceRef(at, place, False, host.named_country if host else False))
    return out


def _noun_before_link(doc: Doc, i: int, nouns: Nouns) -> bool:
    """ "the town of", "the area of": a settlement noun, or an area noun that follows no name
    ("the Bulo Marer area of Lower Shebelle" names Bulo Marer, not Lower Shebelle)."""
    word = doc.tokens[i - 1].norm
    if word in nouns:
        return True
    return word in nouns.areas and not doc.text[doc.tokens[i - 2].start].isupper()


def _article(doc: Doc, i: int, nouns: Nouns) -> bool:
    """A determiner stands at token ``i`` before a capitalised word."""
    if i + 1 >= len(doc.tokens) or doc.tokens[i].norm not in nouns.determiners:
        return False
    return doc.text[doc.tokens[i + 1].start].isupper()


def _noun_tokens(doc: Doc, words: frozenset[str]) -> list[int]:
    """Tokens that are one of ``words`` and written so in the lowercased text, as whole words
    (tokens whose matching form is one of them are picked out in C, then checked)."""
    if not words:
        return []  # a language without such nouns: no pass over the tokens
    bounds = doc.token_bounds()
    hits = list(compress(count(), map(words.__contains__, bounds.words)))
    if not hits:
        return hits
    low = doc.text.lower()
    found = []
    for i in hits:
        word, at = bounds.words[i], bounds.starts[i]
        end = at + len(word)
        whole = not low[at - 1 : at].isalpha() and not low[end : end + 1].isalpha()
        if whole and low[at:end] == word:
            found.append(i)
    return found


def _named_after(doc: Doc, i: int, nouns: Nouns, known: set[int]) -> bool:
    """ "the Basque town of Trapagaran": the name follows the noun, the word before is an
    adjective; not in "the Leego district of Somalia", where a known place follows."""
    k = i + 2
    if k >= len(doc.tokens) or doc.tokens[i + 1].norm not in nouns.links or k in known:
        return False
    return doc.text[doc.tokens[k].start].isupper()


def precision_of(nouns: Nouns, noun: str) -> PlacePrecision:
    """An unlisted place before a natural feature noun is as wide as a province; before an
    admin-unit or area noun, an area; before any other, a town."""
    if noun in nouns.features:
        return "admin1"
    return "admin2" if noun in nouns.admin or noun in nouns.areas else "place"


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


def to_place(cand: CandidateLike, text: str, start: int | None, end: int | None) -> Place:
    """Turn a gazetteer candidate into the Place value of an event."""
    precision: PlacePrecision = cand.precision if cand.precision in PRECISIONS else "place"
    span = Span(start, end, text) if start is not None and end is not None else None
    # positional: matching nine keywords costs a fifth of building the frozen dataclass
    return Place(
        cand.name,  # name
        text,
        cand.country_code,
        cand.admin1_name,  # admin1
        cand.admin1_code,
        cand.latitude,
        cand.longitude,
        precision,
        span,
    )
