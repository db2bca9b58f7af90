"""Read a capitalised place name around a token, and make a ``Place`` of what it names.

Shared by the two ways of finding places the gazetteer lacks: address chains
(``addresses``) and names beside a settlement noun (``settlements``). ``Nouns`` holds a
language's place nouns; ``precision_of`` says how wide a place is from the noun after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.extraction.doc import Doc, Mention, PlaceRef
from app.extraction.geo import Candidate
from app.extraction.types import Place, PlacePrecision, Span

PRECISIONS: tuple[PlacePrecision, ...] = ("place", "admin2", "admin1", "country")
MAX_NAME_WORDS = 3
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
    indefinites: frozenset[str] = frozenset()  # "a Kurdish village": before an adjective
    areas: frozenset[str] = frozenset()  # "the Bulo Marer AREA", "the Hamrin MOUNTAINS": areas
    features: frozenset[str] = frozenset()  # ... of them natural features, as wide as a province
    determiners: frozenset[str] = frozenset()  # "the area of THE Buthidaung"
    coordinators: frozenset[str] = frozenset()  # "Homs, Hama AND Idlib": a list, no address
    # "Mariano Escobedo IN Morelia", "الميدان بمدينة دمشق": between a place and the one it lies in
    inside_links: frozenset[str] = frozenset()
    # ... and words that may stand beside the link ("in THE CITY OF", "التابعة لمحافظة")
    inside_words: frozenset[str] = frozenset()
    # after an attack (and its country word), the word before what it struck: "غارة على رفح"
    struck: frozenset[str] = frozenset()
    # an attack verb whose object is what it struck: "Rockets hit Sderot", "tanks shelled Jabalia"
    struck_verbs: frozenset[str] = frozenset()
    capitals: frozenset[str] = frozenset()  # "the Somali CAPITAL", "العاصمة الصومالية"
    # "قناة (روسيا اليوم)", "صحيفة «الشرق الأوسط»": the word after one begins an outlet's name
    media: frozenset[str] = frozenset()
    # "قرية كوري", "بقرية كوري": a village noun (with its clitics) before a settlement's name
    villages: frozenset[str] = frozenset()

    def __contains__(self, word: str) -> bool:
        return word in self.settlements or word in self.admin


def precision_of(nouns: Nouns, noun: str) -> PlacePrecision:
    """An unlisted place before a natural feature noun is as wide as a province; before an
    admin-unit or area noun, an area; before any other, a town."""
    if noun in nouns.features:
        return "admin1"
    return "admin2" if noun in nouns.admin or noun in nouns.areas else "place"


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


def name_reach(end: int) -> range:
    """The tokens ``name_before(doc, end, stop)`` may look up in ``stop``."""
    return range(max(end - MAX_NAME_WORDS - 1, 0), end)


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


def possessive(doc: Doc, at: Mention, nouns: Nouns) -> bool:
    """Whether the words ``at`` end in, or are followed by, a possessive ("Egypt's")."""
    if at.text[-2:-1] not in APOSTROPHES and doc.text[at.end : at.end + 1] not in APOSTROPHES:
        return False
    ends = tuple(a + p for a in APOSTROPHES for p in nouns.possessives)
    return bool(ends) and (at.text.endswith(ends) or doc.text[at.end :].startswith(ends))


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


def to_place(cand: Candidate, text: str, start: int | None, end: int | None) -> Place:
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


def nearest_place(doc: Doc, found: Sequence[PlaceRef], token: int) -> PlaceRef | None:
    """The known place nearest ``token``: in its sentence first, a town before a country, then
    anywhere in the article (the place an unlisted quarter or village lies in)."""
    sentence = doc.sentence_of(token)
    # the first least (another sentence, a country, distance), as min() with a key tuple
    # would pick, with the key as one native int: min() calls a key lambda per place
    far = len(doc.tokens) + 1  # more than any distance
    best, least = None, 0
    for r in found:
        at = r.at.token
        rank = (doc.sentence_of(at) != sentence) * 2 + r.country_only
        key = rank * far + abs(at - token)
        if best is None or key < least:
            best, least = r, key
    return best
