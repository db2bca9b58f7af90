"""Places from the gazetteer, resolved with the article's countries (``country_refs``) as context."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.extraction.doc import CountryRef, Doc, Mention, ParticipantMention, PlaceRef
from app.extraction.geo import GazetteerLike
from app.extraction.steps.addresses import address_chains
from app.extraction.steps.borders import border_starts
from app.extraction.steps.candidates import (
    ANY_CUE,
    choose,
    name_fragment,
    title_case,
    trusted,
    unmistakable,
)
from app.extraction.steps.capitals import capital_places
from app.extraction.steps.country_refs import (
    NO_NOUNS,
    context_countries,
    group_homes,
    home_countries,
    nationality,
    told,
    word_spans,
)
from app.extraction.steps.nesting import nested_places
from app.extraction.steps.place_names import PRECISIONS, Nouns, to_place
from app.extraction.steps.quarters import QuarterWords, quarter_places
from app.extraction.steps.settlements import settlement_places
from app.extraction.steps.struck import fired_starts, near_starts, struck_starts

EVENT_NAME = ANY_CUE  # the cue of a place an incident is named after
NO_QUARTERS = QuarterWords()


def lead_place(doc: Doc) -> PlaceRef | None:
    """The article's lead place: the most precise one of the first sentence that names a place
    below country level, if it lies in the article's main country (a short report's first place
    is nearly always where the incident happened)."""
    below = [r for r in doc.places if not r.country_only]
    if not below:
        return None
    sentence = doc.sentence_of(below[0].at.token)
    rank = {p: i for i, p in enumerate(PRECISIONS)}
    lead = min(
        (r for r in below if doc.sentence_of(r.at.token) == sentence),
        key=lambda r: (not r.named_country, r.container, rank[r.place.precision], r.at.token),
    )
    main = context_countries(doc)[:1]
    return lead if not main or lead.place.country_code in main else None


def places(
    doc: Doc,
    gaz: GazetteerLike | None,
    strict: frozenset[str] | None = None,
    origins: frozenset[str] = frozenset(),
    settlements: Nouns = NO_NOUNS,
    quarters: QuarterWords = NO_QUARTERS,
) -> Doc:
    """Resolve place mentions that are not part of a participant's name or a trigger, then the
    places the text writes around them (address chains, nesting, settlement names).

    ``strict``: a place outside the named countries needs one of these cues ("مدينة"; "*": any).
    """
    if gaz is None:
        return doc
    # words of a participant's name ("مجلس مجاهدي درنة") or of a trigger ("إطلاق النار") are not places
    # nor is a country or capital that speaks ("Moscow said": its government)
    spans = [p.at for p in doc.participants if not p.thing] + [t.at for t in doc.triggers]
    spans += [c.at for c in doc.countries if c.speaker]
    taken = {i for at in spans for i in range(at.token, at.last)}  # tokens
    # the first word of an outlet's name ("قناة (روسيا اليوم)", "صحيفة «الشرق الأوسط»")
    if settlements.media:
        taken |= {i + 1 for i, t in enumerate(doc.tokens[:-1]) if t.norm in settlements.media}
    told_refs = told(doc)  # the country words that say where the article is
    context = context_countries(doc, told_refs)  # the scanner's and the fallback home's
    guards = guards_of(strict, origins, settlements)
    refs = _scanned(doc, gaz, taken, guards, context, told_refs)
    # an attacked object's word that begins a longer place name ("دير", a monastery, of "دير
    # الزور") is the place's, and the object goes; a place no longer than an object is the object
    # "Jenin camp", "Zamzam camp": a camp named after its place is where people live (a camp
    # for the displaced or refugees), no force's post
    named = [p for p in doc.participants if _named_settlement(doc, p, settlements, taken)]
    if named:
        doc = doc.evolve(participants=tuple(p for p in doc.participants if p not in named))
    things = {p.at.token: p.at for p in doc.participants if p.thing}
    if things:
        reach = _reach(things.values())
        refs = {k: r for k, r in refs.items() if reach.get(r.at.token, 0) < r.at.last}
        covered = {i: r.at for r in refs.values() for i in range(r.at.token, r.at.last)}
        kept = tuple(p for p in doc.participants if not _in_place(p, covered))
        doc = doc.evolve(participants=kept)
    _country_places(doc, gaz, refs, taken, settlements)
    found = sorted(refs.values(), key=lambda r: r.at.start)
    found = _written_around(doc, gaz, found, settlements, quarters, context)
    found.sort(key=lambda r: r.at.start)
    if origins:  # also the places written around the scanner's: "from the Tyre area"
        seen: set[int] = set()
        found = [r for r in found if not _from(doc, r.at, guards, seen)]
    capitals, dropped = capital_places(doc, gaz, found, settlements)
    found = [r for r in found if r.at.start not in dropped] + capitals
    return doc.evolve(places=tuple(sorted(found, key=lambda r: r.at.start)))


def _from(doc: Doc, at: Mention, guards: Guards, origins: set[int]) -> bool:
    """Whether the place at ``at`` is one an attack came from (``_origin``); if so its last
    token joins ``origins``."""
    if not _origin(doc, at.token, guards, origins):
        return False
    origins.add(at.last - 1)
    return True


def _written_around(
    doc: Doc,
    gaz: GazetteerLike,
    found: list[PlaceRef],
    nouns: Nouns,
    quarters: QuarterWords,
    context: Sequence[str],
) -> list[PlaceRef]:
    """``found`` with the places the text writes around them (address chains, nesting,
    settlement names, quarters), less the found ones those replace."""
    words = [*(p.at for p in doc.participants), *(c.at for c in doc.countries)]
    stop = {i for at in words for i in range(at.token, at.last)}
    chained, dropped = address_chains(doc, gaz, found, stop, nouns)
    found = [r for r in found if r.at.start not in dropped] + chained
    nested, dropped = nested_places(doc, gaz, found, stop, nouns)
    found = [r for r in found if r.at.start not in dropped] + nested
    country = next((gaz.country(code) for code in context[:1]), None)
    home = to_place(country, country.name, None, None) if country else None
    found += settlement_places(doc, found, nouns, stop, home)
    added, hosts, misread = quarter_places(doc, found, quarters, stop)
    found = [r._replace(container=True) if r.at.start in hosts else r for r in found]
    return [r for r in found if r.at.start not in misread] + added


def _within(a: Mention, b: Mention) -> bool:
    """Whether mention ``a`` lies inside mention ``b`` (by tokens)."""
    return b.token <= a.token and a.last <= b.last


def _reach(things: Iterable[Mention]) -> dict[int, int]:
    """Each token of an attacked object's words, with the end of the longest object over it: a
    place lies inside an object's words when it ends by the reach of its first token."""
    reach: dict[int, int] = {}
    for t in things:
        for i in range(t.token, t.last):
            reach[i] = max(reach.get(i, 0), t.last)
    return reach


def _named_settlement(doc: Doc, p: ParticipantMention, nouns: Nouns, taken: set[int]) -> bool:
    """Whether ``p`` is a security object of one settlement noun ("camp") right after a
    capitalised name that is no side's ("Jenin camp"; not "an army camp", "a Wagner camp"); a
    civilian object so named ("Tamazon village") stays what was attacked."""
    k = p.at.token - 1
    if not p.thing or p.kind == "civilians" or p.at.last - p.at.token != 1 or k < 0 or k in taken:
        return False
    before = doc.tokens[k]
    name = doc.text[before.start : before.end]
    return doc.tokens[p.at.token].norm in nouns.settlements and name[:1].isupper()


def _in_place(p: ParticipantMention, covered: dict[int, Mention]) -> bool:
    """Whether an attacked object is a word of a longer place name (``covered``: each token of
    a place, with the place)."""
    place = covered.get(p.at.token) if p.thing else None
    return place is not None and _within(p.at, place) and place != p.at


@dataclass(frozen=True, slots=True)
class Guards:
    """What a scanned place must pass (see ``places``)."""

    strict: frozenset[str] | None
    origins: frozenset[str]
    nouns: Nouns
    fillers: frozenset[str]  # words between an origin word and its place ("from THE Rafah area")
    links: frozenset[str]  # ... and between such a place and one inside it (``_origin``)


def guards_of(strict: frozenset[str] | None, origins: frozenset[str], nouns: Nouns) -> Guards:
    """The guards of one article, with the word sets ``_origin`` reads joined once (it runs for
    every place)."""
    fillers = nouns.directions | nouns.determiners
    links = fillers | nouns.links | nouns.within | nouns.areas | nouns.settlements | nouns.admin
    return Guards(strict, origins, nouns, fillers, links)


def _scanned(
    doc: Doc,
    gaz: GazetteerLike,
    taken: set[int],
    guards: Guards,
    context: Sequence[str],
    told_refs: Sequence[CountryRef],
) -> dict[int, PlaceRef]:
    """The scanner's place mentions that pass the guards, by start offset (``context``: the
    article's countries, context_countries; ``told_refs``: told(doc))."""
    named = {ref.code for ref in told_refs}
    by_name = {ref.code for ref in doc.countries if not (ref.is_demonym or ref.speaker)}
    struck = struck_starts(
        doc, guards.nouns.struck, guards.nouns.struck_verbs
    )  # "غارة على رفح": read as after "في"
    struck |= border_starts(doc)  # "الحدود مع سوريا في منطقة الهرمل": this side's place
    struck |= fired_starts(doc)  # "بقنبلة ألقتها مروحية على أريحا": where the bomb fell
    struck |= near_starts(doc)  # "مخيم عقبة جبر قرب أريحا": the town the camp lies by
    home = home_countries(doc, told_refs)
    scanned = gaz.scan(doc.text, doc.language, context, struck, *word_spans(doc), home)
    # a name shared by towns of several countries takes the country of the article's
    # unmistakable places ("أريحا" with "إدلب" is Ariha, Syria, not Jericho)
    choice = [*context, *(c for c in unmistakable(scanned, guards.strict) if c not in context)]
    homes = group_homes(doc)
    bounds = {
        e: m.candidates[0].country_code for m in scanned if m.candidates for e in (m.start, m.end)
    }
    titles: dict[int, bool] = {}
    refs: dict[int, PlaceRef] = {}
    trigger_at = {t.at.token for t in doc.triggers}
    origins: set[int] = set()  # the last tokens of places attacks came from
    for mention in scanned:
        if not mention.candidates:
            continue
        at = doc.mention_at(mention.start, mention.end)
        if at.token in taken:
            continue
        cand = choose(mention.candidates, choice)
        if homes and cand.country_code not in context[:3]:
            # no country the text tells: a reading in a named group's home beats one a big
            # namesake vouches for itself ("NPA rebels ... in Samar": not Samara, Russia)
            cand = next((c for c in mention.candidates if c.country_code in homes), cand)
        fragment = cand.country_code not in context[:3] and name_fragment(
            doc.text, mention, cand, bounds, guards.nouns
        )
        if fragment and not title_case(doc, doc.sentence_of(at.token), titles):
            continue
        # "2017 Har Adar shooting": an incident named after its place, as good as a cue
        cue = mention.cue or (EVENT_NAME if at.last in trigger_at else None)
        if (
            guards.strict is not None
            and mention.start not in struck
            and not trusted(cue, cand, named, guards.strict, by_name)
        ):
            continue  # what an attack struck needs no settlement noun: it is a place there
        if _from(doc, at, guards, origins):
            continue  # "rockets fired from Gaza": where it came from, not where it struck
        if cand.precision == "country" and nationality(doc, at, guards.nouns):
            continue
        place = to_place(cand, at.text, at.start, at.end)
        nouns = guards.nouns.facilities
        facility = at.last < len(doc.tokens) and doc.tokens[at.last].norm in nouns
        country_only = place.precision == "country"
        in_named = cand.country_code in named or not named
        # tuple.__new__ builds the named tuple in C, without its generated Python __new__
        refs[at.start] = tuple.__new__(PlaceRef, (at, place, country_only, in_named, facility))
    return refs


def _origin(doc: Doc, token: int, guards: Guards, origins: set[int]) -> bool:
    """Whether the place at ``token`` follows an origin word, past an article or a direction
    ("fired from Gaza", "launched from the Rafah area", "from southern Lebanon"), or lies in
    such a place ("from the Rafah area of southern Gaza"; ``origins``: the last tokens of the
    origin places before it)."""
    fillers = guards.fillers
    k = token - 1
    while k > 0 and doc.tokens[k].norm in fillers:
        k -= 1
    if k >= 0 and doc.tokens[k].norm in guards.origins:
        return True
    if not origins:
        return False
    links = guards.links
    while k > 0 and doc.tokens[k].norm in links:
        k -= 1
    return k in origins and k < token - 1


def _country_places(
    doc: Doc, gaz: GazetteerLike, refs: dict[int, PlaceRef], taken: set[int], nouns: Nouns
) -> None:
    """Country names ("in Afghanistan") are places of country precision; demonyms are not."""
    for ref in doc.countries:
        if ref.is_demonym or ref.at.start in refs or ref.at.token in taken:
            continue
        if nationality(doc, ref.at, nouns):
            continue
        country = gaz.country(ref.code)
        if country is not None:
            place = to_place(country, ref.at.text, ref.at.start, ref.at.end)
            refs[ref.at.start] = PlaceRef(ref.at, place, True)
