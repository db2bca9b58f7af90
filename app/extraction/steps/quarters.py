"""Quarters of a town named after an area noun: "في منطقة الحسينية", "بمنطقة أم الكبر والغزلان في
شرق بغداد", "في منطقة « كرم القواديس » التابعة لمنطقة الخروبة المجاورة لمدينة العريش".

Arabic news places an incident in a neighbourhood or area of a town by writing the area noun
(حي، منطقة) without the article and the area's name after it; the gazetteer rarely lists such
names. The name is the quoted words after the noun, else up to three words up to a word that
ends it (a preposition, a direction, "الواقعة"; data: ``name_stops``), a known place, a
participant or punctuation. Its first or second word carries the article or it is quoted: an
indefinite word after the noun is an adjective ("منطقة عسكرية"), not a name. The quarter lies in
the nearest known town (its sentence first): it takes the town's country, province and point
(the gazetteer has none of its own), and the town's mention beside it becomes the wider area.

A village or town the gazetteer lacks after a settlement noun ("قرية سرمدا بريف إدلب") is named
the same way, but its name needs no article: it is the word after the noun, not an adjective
("قرية صغيرة", a nisba "بلدة حدودية"), and a next word with the article or after a name's head
("عيتا الشعب", "كفر نبل"). Like the English "the village of X", it takes the country and
province of the nearest known place (no point of its own). A name whose first word the gazetteer
reads as a town abroad, with a bare word after it ("مخيم عقبة جبر قرب أريحا": not Aqaba, Jordan),
is the two words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from app.extraction.doc import Doc, PlaceRef
from app.extraction.lexicon import Clitics
from app.extraction.steps.place_names import named_here, nearest_place
from app.extraction.types import Place, Span

MAX_WORDS = 3
MIN_NAME = 3  # a shorter word after a settlement noun is no village name


@dataclass(frozen=True, slots=True)
class QuarterWords:
    """The words of a language that write a quarter's name (empty where there are none)."""

    nouns: frozenset[str] = frozenset()  # area nouns before the name ("حي", "منطقة")
    stops: frozenset[str] = frozenset()  # words that end a name ("في", "شرق", "الواقعة")
    quotes: tuple[tuple[str, str], ...] = ()  # opening and closing quote marks
    clitics: Clitics = field(default_factory=Clitics)  # attached proclitics; the article
    towns: frozenset[str] = frozenset()  # settlement nouns ("مدينة"): "بمدينة" ends a name
    villages: frozenset[str] = frozenset()  # settlement nouns before a name ("قرية سرمدا")
    not_names: frozenset[str] = frozenset()  # words after one that are no name ("قرية صغيرة")
    heads: frozenset[str] = frozenset()  # a name's first words that another follows ("كفر نبل")
    waters: frozenset[str] = frozenset()  # before a place's name, a sea's ("خليج عدن")


def quarter_places(
    doc: Doc, found: Sequence[PlaceRef], words: QuarterWords, stop: set[int]
) -> tuple[list[PlaceRef], set[int], set[int]]:
    """Quarters named after an area noun; the start offsets of the town mentions they lie in
    (each the wider area of its quarter) and of the gazetteer readings they replace."""
    if not words.nouns:
        return [], set(), set()
    known = stop | {i for r in found for i in range(r.at.token, r.at.last)}
    towns = [r for r in found if not r.country_only]
    placed = [(doc.sentence_of(r.at.token), r) for r in towns]  # each town's sentence, once
    added: list[PlaceRef] = []
    hosts: set[int] = set()
    dropped: set[int] = set()
    for i in _noun_tokens(doc, words, words.nouns):
        host = _town(doc, placed, i)
        if host is None:
            continue
        wrong = _misread(towns, host, i + 1)
        free = known - set(range(wrong.at.token, wrong.at.last)) if wrong else known
        span = _quoted(doc, i, words) or _named(doc, i, words, free)
        if span is None:
            continue
        if wrong is not None:
            dropped.add(wrong.at.start)
        at = doc.mention(*span)
        quarter = _renamed(host.place, at.text, Span(at.start, at.end, at.text))
        added.append(PlaceRef(at, quarter, False, host.named_country))
        if doc.sentence_of(host.at.token) == doc.sentence_of(i):
            hosts.add(host.at.start)
        known |= set(range(*span))
    waters, misread = _waters(doc, towns, words)
    villages, misnamed = _villages(doc, found, words, known)
    return added + waters + villages, hosts, dropped | misread | misnamed


def _renamed(town: Place, name: str, span: Span) -> Place:
    """The town's place under another name (its quarter's): built field by field, since
    dataclasses.replace() runs interpreted, some ten thousand instructions a call."""
    return Place(
        name,
        name,
        town.country_code,
        town.admin1,
        town.admin1_code,
        town.latitude,
        town.longitude,
        town.precision,
        span,
    )


def _waters(
    doc: Doc, towns: Sequence[PlaceRef], words: QuarterWords
) -> tuple[list[PlaceRef], set[int]]:
    """Seas named after a known place right after a water noun ("خليج عدن"): the water, in the
    place's country (as wide as a province, no point); the start offsets of the towns misread."""
    out: list[PlaceRef] = []
    misread: set[int] = set()
    for i in _noun_tokens(doc, words, words.waters) if words.waters else ():
        town = next((r for r in towns if r.at.token == i + 1), None)
        if town is None:
            continue
        at = doc.mention(i, town.at.last)
        out.append(PlaceRef(at, named_here(town.place, at, "admin1", False), False, False))
        misread.add(town.at.start)
    return out, misread


def _villages(
    doc: Doc, found: Sequence[PlaceRef], words: QuarterWords, known: set[int]
) -> tuple[list[PlaceRef], set[int]]:
    """Villages the gazetteer lacks named after a settlement noun (see the module docstring);
    the start offsets of the gazetteer readings of their first words they replace."""
    out: list[PlaceRef] = []
    misread: set[int] = set()
    for i in _noun_tokens(doc, words, words.villages) if words.villages else ():
        # a name's head may also be an attacked object's word ("قرية دير سنبل": "دير", a monastery)
        head = i + 1 < len(doc.tokens) and doc.tokens[i + 1].norm in words.heads
        wrong = _first_word(doc, found, words, i, known)
        free = known - {i + 1} if head else known
        span = None if i + 1 in free else _quoted(doc, i, words) or _village(doc, i, words, free)
        if wrong is not None:
            span, found = (i + 1, i + 3), [r for r in found if r is not wrong]
            misread.add(wrong.at.start)
        host = nearest_place(doc, found, i) if span is not None else None
        if span is None or host is None:
            continue
        at = doc.mention(*span)
        place = named_here(host.place, at, "place", not host.country_only)
        out.append(PlaceRef(at, place, False, host.named_country))
        known |= set(range(*span))
    return out, misread


def _first_word(
    doc: Doc, found: Sequence[PlaceRef], words: QuarterWords, i: int, known: set[int]
) -> PlaceRef | None:
    """The gazetteer's reading of the first word of a two-word name after the noun at token
    ``i`` ("مخيم عقبة جبر قرب أريحا": not Aqaba, Jordan): a bare name word follows it and the
    nearest other place (else any country the text tells) lies in another country, so the
    reading is a namesake, not this place."""
    second = i + 2
    ref = next((r for r in found if r.at.token == i + 1 and r.at.last == second), None)
    if ref is None or second >= len(doc.tokens) or not _free(doc, second, words, known):
        return None
    norm = doc.tokens[second].norm
    if _adjective(norm, words) or len(norm) < MIN_NAME:
        return None  # "بلدة عرسال الحدودية": an adjective, the one-word name stands
    host = nearest_place(doc, [r for r in found if r is not ref], i)
    if host is None:
        return None if ref.named_country else ref  # alone: a namesake in a country not told
    return ref if host.place.country_code != ref.place.country_code else None


def _village(doc: Doc, i: int, words: QuarterWords, known: set[int]) -> tuple[int, int] | None:
    """Tokens of a village's name after the noun at token ``i``, when it is one."""
    first = i + 1
    if first >= len(doc.tokens) or not _free(doc, first, words, known):
        return None
    norm = doc.tokens[first].norm
    short = len(norm) < MIN_NAME and norm not in words.heads  # "قرية أم التينة", "ود النورة"
    if _adjective(norm, words) or short:
        return None  # "قرية صغيرة", "بلدة حدودية": an adjective
    last = first + 1
    while last < len(doc.tokens) and last - first < MAX_WORDS and _free(doc, last, words, known):
        head = doc.tokens[last - 1].norm in words.heads
        if not head and not doc.tokens[last].norm.startswith(words.clitics.article):
            break
        last += 1
    return first, last


def _adjective(norm: str, words: QuarterWords) -> bool:
    """A word after a settlement noun that describes it: one of ``not_names`` or a nisba."""
    return norm in words.not_names or norm.endswith("يه")


def _free(doc: Doc, k: int, words: QuarterWords, known: set[int]) -> bool:
    """Whether token ``k`` may be a word of a name: joined to the word before, no known place's
    or side's, no stop word, no word carrying a preposition or a settlement noun."""
    norm = doc.tokens[k].norm
    variants = words.clitics.forms(norm)
    gap = doc.text[doc.tokens[k - 1].end : doc.tokens[k].start]
    return not (
        gap.strip()
        or k in known
        or any(v in words.stops for v in variants)
        or _preposition(norm, words.clitics)
        or _town_noun(norm, variants, words.towns)
    )


def _misread(towns: Sequence[PlaceRef], host: PlaceRef, token: int) -> PlaceRef | None:
    """The gazetteer's reading of the quarter's name when it puts it in another province or
    country than the town the quarter lies in ("منطقة الحسينية" read as a town near Mosul in an
    article about Baghdad): a near-spelling, not this quarter."""
    for r in towns:
        if r.at.token == token and (r.place.country_code, r.place.admin1) != (
            host.place.country_code,
            host.place.admin1,
        ):
            return r
    return None


def _noun_tokens(doc: Doc, words: QuarterWords, nouns: frozenset[str]) -> list[int]:
    """Tokens that are one of ``nouns``: found with str.find on the text (far cheaper than
    visiting every token), then checked on the token's matching form."""
    found = set()
    for noun in nouns:
        stem = noun[:-1] if noun.endswith("ه") else noun  # ة/ه: the text may write either
        at = doc.text.find(stem)
        while at >= 0:
            k = doc.token_from(at)
            if k < len(doc.tokens) and _area_noun(doc.tokens[k].norm, words.clitics, nouns):
                found.add(k)
            at = doc.text.find(stem, at + len(stem))
    return sorted(found)


def _area_noun(norm: str, clitics: Clitics, nouns: frozenset[str]) -> bool:
    """One of ``nouns`` without the article, perhaps with attached proclitics ("بمنطقة")."""
    for noun in nouns:
        if norm.endswith(noun):
            prefix = norm[: len(norm) - len(noun)]
            attached = (*clitics.conjunctions, *clitics.prepositions)
            return all(ch in attached for ch in prefix)
    return False


def _quoted(doc: Doc, i: int, words: QuarterWords) -> tuple[int, int] | None:
    """Tokens of a quoted name right after token ``i`` ("منطقة « كرم القواديس »")."""
    end = doc.tokens[i].end
    rest = doc.text[end : end + 3].lstrip()
    for opening, closing in words.quotes:
        if not rest.startswith(opening):
            continue
        start = doc.text.index(opening, end) + 1
        stop = doc.text.find(closing, start)
        first, last = i + 1, i + 1
        while last < len(doc.tokens) and stop >= 0 and doc.tokens[last].end <= stop:
            last += 1
        if first < last <= first + MAX_WORDS and doc.tokens[first].start >= start:
            return first, last
    return None


def _named(doc: Doc, i: int, words: QuarterWords, known: set[int]) -> tuple[int, int] | None:
    """Tokens of an unquoted name after token ``i``, when it is one (see the module docstring)."""
    strip, article = words.clitics.forms, words.clitics.article
    first = last = i + 1
    while last < len(doc.tokens) and last - first < MAX_WORDS:
        gap = doc.text[doc.tokens[last - 1].end : doc.tokens[last].start]
        variants = strip(doc.tokens[last].norm)
        if gap.strip() or last in known or any(v in words.stops for v in variants):
            break
        if _preposition(doc.tokens[last].norm, words.clitics) or _town_noun(
            doc.tokens[last].norm, variants, words.towns
        ):
            break  # "حي بونديري بالعاصمة", "حي الميدان بمدينة دمشق": the quarter's town follows
        last += 1
    if last == first or not article:
        return None  # "في حي بالعاصمة": no name, the next words say where the quarter is
    head = [strip(doc.tokens[k].norm) for k in range(first, min(last, first + 2))]
    if not any(v.startswith(article) for variants in head for v in variants):
        return None  # "منطقة عسكرية": an adjective, no name
    return first, last


def _town_noun(norm: str, variants: tuple[str, ...], towns: frozenset[str]) -> bool:
    """A settlement noun with a proclitic attached ("بمدينة", "لبلدة"): where the quarter lies."""
    return any(v != norm and v in towns for v in variants)


def _preposition(norm: str, clitics: Clitics) -> bool:
    """A word that carries a preposition before its article ("بالعاصمة", "للمدينة")."""
    if norm.startswith(clitics.article):
        return False
    for v in clitics.forms(norm):
        if v == norm or not v.startswith(clitics.article):
            continue
        prefix = norm[: len(norm) - len(v)] if norm.endswith(v) else norm[:1]
        if any(p in prefix for p in clitics.prepositions):
            return True
    return False


def _town(doc: Doc, towns: Sequence[tuple[int, PlaceRef]], token: int) -> PlaceRef | None:
    """The known place the quarter after the noun at ``token`` lies in: its sentence's nearest,
    else the nearest before; not the place right after the noun (``towns``: sentence, place)."""
    sentence, after = doc.sentence_of(token), token + 1
    same = [r for s, r in towns if s == sentence and r.at.token != after]
    if same:
        return min(same, key=lambda r: abs(r.at.token - token))
    before = [r for _, r in towns if r.at.token < token]
    return before[-1] if before else None
