"""Countries and places from the gazetteer, with the article's countries as context."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.extraction.doc import CountryRef, Doc, Mention, ParticipantMention, PlaceRef
from app.extraction.geo import CandidateLike, GazetteerLike, PlaceMentionLike
from app.extraction.steps.addresses import (
    PRECISIONS,
    Nouns,
    address_chains,
    settlement_places,
    to_place,
)
from app.extraction.steps.nesting import nested_places
from app.extraction.steps.quarters import QuarterWords, quarter_places
from app.extraction.steps.speakers import speakers
from app.extraction.text import normalise

TOWN = 20_000  # population below which a bare word is not taken for a place without a cue
ANY_CUE = "*"  # in strict_places: any location cue will do
EVENT_NAME = ANY_CUE  # the cue of a place an incident is named after
BIG_CITY = 1_000_000  # needs no cue where any cue will do ("a bomb hit a Karachi port")
LARGE = 1_000_000  # population from which a lone word before another capitalised word is a place
HYPHEN_LARGE = 500_000  # ... and joined to it by a hyphen ("Chihuahua-Parral road")
UNMISTAKABLE = 100_000  # people of a city whose name alone says which country it is in
TITLE_WORD, TITLE_MIN, TITLE_SHARE = 3, 3, 0.7  # a title: most words of four letters or more
NO_NOUNS = Nouns(frozenset())
NO_QUARTERS = QuarterWords()


def countries(doc: Doc, gaz: GazetteerLike | None, nouns: Nouns = NO_NOUNS) -> Doc:
    """Find the country names and demonyms of the article.

    A country name used as a nationality ("two United States citizens") counts as a demonym.
    """
    if gaz is None:
        return doc
    refs = []
    for c in gaz.countries(doc.text, doc.language):
        at = doc.mention_at(c.start, c.end)
        refs.append(CountryRef(at, c.country_code, c.is_demonym or _nationality(doc, at, nouns)))
    return replace(doc, countries=tuple(speakers(doc, gaz, refs)))


NAMED_GROUPS = frozenset({"rebel_group", "militia", "political_group", "external_force"})


def context_countries(doc: Doc) -> tuple[str, ...]:
    """Return the article's country codes, most mentioned first (a name counts twice a demonym).

    A country written inside a group's name says where the group comes from, not where the
    article is ("the Democratic Forces for the Liberation of Rwanda" fight in Congo): it does
    not count.
    """
    inside = {
        i for p in doc.participants if p.kind in NAMED_GROUPS for i in range(p.at.token, p.at.last)
    }
    counts: Counter[str] = Counter()
    for ref in doc.countries:
        if ref.at.token in inside or ref.speaker:
            continue
        counts[ref.code] += 1 if ref.is_demonym else 2
    for pref in doc.places:
        if pref.place.country_code and not pref.country_only:
            counts[pref.place.country_code] += 1
    return tuple(code for code, _ in counts.most_common())


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
    context = context_countries(doc)  # the scanner's and the fallback home's
    refs = _scanned(doc, gaz, taken, Guards(strict, origins, settlements), context)
    # an attacked object's word that begins a longer place name ("دير", a monastery, of "دير
    # الزور") is the place's, and the object goes; a place no longer than an object is the object
    things = {p.at.token: p.at for p in doc.participants if p.thing}
    if things:
        refs = {k: r for k, r in refs.items() if not _in_thing(r.at, things)}
        covered = {i: r.at for r in refs.values() for i in range(r.at.token, r.at.last)}
        kept = tuple(p for p in doc.participants if not _in_place(p, covered))
        doc = replace(doc, participants=kept)
    _country_places(doc, gaz, refs, taken, settlements)
    found = sorted(refs.values(), key=lambda r: r.at.start)
    words = [*(p.at for p in doc.participants), *(c.at for c in doc.countries)]
    stop = {i for at in words for i in range(at.token, at.last)}
    chained, dropped = address_chains(doc, gaz, found, stop, settlements)
    found = [r for r in found if r.at.start not in dropped] + chained
    nested, dropped = nested_places(doc, gaz, found, stop, settlements)
    found = [r for r in found if r.at.start not in dropped] + nested
    country = next((gaz.country(code) for code in context[:1]), None)
    home = to_place(country, country.name, None, None) if country else None
    found += settlement_places(doc, found, settlements, stop, home)
    added, hosts, misread = quarter_places(doc, found, quarters, stop)
    found = [r._replace(container=True) if r.at.start in hosts else r for r in found]
    found = [r for r in found if r.at.start not in misread] + added
    return replace(doc, places=tuple(sorted(found, key=lambda r: r.at.start)))


def _within(a: Mention, b: Mention) -> bool:
    """Whether mention ``a`` lies inside mention ``b`` (by tokens)."""
    return b.token <= a.token and a.last <= b.last


def _in_thing(at: Mention, things: dict[int, Mention]) -> bool:
    """Whether a place lies inside an attacked object's words (``things`` by first token)."""
    return any(_within(at, t) for i, t in things.items() if i <= at.token < t.last)


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


def _scanned(
    doc: Doc, gaz: GazetteerLike, taken: set[int], guards: Guards, context: Sequence[str]
) -> dict[int, PlaceRef]:
    """The scanner's place mentions that pass the guards, by start offset (``context``: the
    article's countries, context_countries)."""
    named = {ref.code for ref in doc.countries if not ref.speaker}
    by_name = {ref.code for ref in doc.countries if not (ref.is_demonym or ref.speaker)}
    scanned = gaz.scan(doc.text, doc.language, context)
    # a name shared by towns of several countries takes the country of the article's
    # unmistakable places ("أريحا" with "إدلب" is Ariha, Syria, not Jericho)
    choice = [*context, *(c for c in _unmistakable(scanned) if c not in context)]
    bounds = {
        e: m.candidates[0].country_code for m in scanned if m.candidates for e in (m.start, m.end)
    }
    titles: dict[int, bool] = {}
    refs: dict[int, PlaceRef] = {}
    trigger_at = {t.at.token for t in doc.triggers}
    for mention in scanned:
        if not mention.candidates:
            continue
        at = doc.mention_at(mention.start, mention.end)
        if at.token in taken:
            continue
        cand = _choose(mention.candidates, choice)
        fragment = cand.country_code not in context[:3] and _fragment(
            doc.text, mention, cand, bounds, guards.nouns
        )
        if fragment and not _title(doc, doc.sentence_of(at.token), titles):
            continue
        # "2017 Har Adar shooting": an incident named after its place, as good as a cue
        cue = mention.cue or (EVENT_NAME if at.last in trigger_at else None)
        if guards.strict is not None and not _trusted(cue, cand, named, guards.strict, by_name):
            continue
        if at.token > 0 and doc.tokens[at.token - 1].norm in guards.origins:
            continue  # "rockets fired from Gaza": where it came from, not where it struck
        if cand.precision == "country" and _nationality(doc, at, guards.nouns):
            continue
        place = to_place(cand, at.text, at.start, at.end)
        nouns = guards.nouns.facilities
        facility = at.last < len(doc.tokens) and doc.tokens[at.last].norm in nouns
        country_only = place.precision == "country"
        in_named = cand.country_code in named or not named
        refs[at.start] = PlaceRef(at, place, country_only, in_named, facility)
    return refs


def _title(doc: Doc, n: int, seen: dict[int, bool]) -> bool:
    """Whether sentence ``n`` is written in title case ("Gunmen Kill 5 In Maiduguri Attack"),
    where a capitalised word after a place's name says nothing about the name (memo: seen)."""
    if n not in seen:
        sentence = doc.sentences[n]
        words = [doc.text[t.start : t.end] for t in doc.tokens[sentence.first : sentence.last]]
        long = [w for w in words if len(w) > TITLE_WORD and w.isalpha()]
        upper = sum(w[0].isupper() for w in long)
        seen[n] = len(long) >= TITLE_MIN and upper >= TITLE_SHARE * len(long)
    return seen[n]


def _country_places(
    doc: Doc, gaz: GazetteerLike, refs: dict[int, PlaceRef], taken: set[int], nouns: Nouns
) -> None:
    """Country names ("in Afghanistan") are places of country precision; demonyms are not."""
    for ref in doc.countries:
        if ref.is_demonym or ref.at.start in refs or ref.at.token in taken:
            continue
        if _nationality(doc, ref.at, nouns):
            continue
        country = gaz.country(ref.code)
        if country is not None:
            place = to_place(country, ref.at.text, ref.at.start, ref.at.end)
            refs[ref.at.start] = PlaceRef(ref.at, place, True)


def _nationality(doc: Doc, at: Mention, nouns: Nouns) -> bool:
    """A country name used as a nationality ("four United States citizens", "the US embassy")."""
    return at.last < len(doc.tokens) and doc.tokens[at.last].norm in nouns.people


def _fragment(
    text: str, mention: PlaceMentionLike, cand: CandidateLike, bounds: dict[int, str], nouns: Nouns
) -> bool:
    """A place name that is only part of a longer capitalised name the gazetteer lacks: a hyphen
    half ("Mayo-Sava" is not Saveh, Iran) or a place's name followed by a person's or a
    village's ("Ariana Grande", "Ana María González", "Baba Wali", "Sidi Faraj"). Not when the
    other word is a place of the same country (``bounds``: edges of place mentions → their
    country; "Kabul-Jalalabad road"), a settlement or facility noun ("Kandahar Airfield") or
    the mention's cue."""
    if cand.precision != "place":
        return False  # an admin unit is rarely part of a person's name
    after, before = text[mention.end : mention.end + 2], text[max(mention.start - 1, 0)]
    if not (after[:1] in (" ", "-") and after[1:].isupper()) and before != "-":
        return False  # most mentions: no capitalised word right after, no hyphen before
    for step in (1,) if " " in mention.text else (-1, 1):
        sep, word, edge = _neighbour(text, mention.start if step < 0 else mention.end, step)
        low = word.lower()
        if not word[:1].isupper() or bounds.get(edge) == cand.country_code:
            continue
        if sep == "-" and low not in nouns.articles and cand.population < HYPHEN_LARGE:
            return True
        named = low in nouns or low in nouns.facilities or low in nouns.institutions
        named = named or low == (mention.cue or "").lower()
        if sep == " " and step > 0 and not named and cand.population < LARGE:
            return True
        listed = low in nouns or low in nouns.facilities or low in nouns.institutions
        if sep == " " and step < 0 and not listed and cand.population < LARGE:
            # inside a run of capitalised words ("the Central Reserve Police Force": a direction
            # word written capitalised mid-sentence is part of the name, not the place's cue),
            # unless the word before only starts the sentence
            inside = after[:1] == " " and after[1:].isupper()
            if inside and text[:edge].rstrip()[-1:] not in ("", ".", "!", "?", ":", "\n"):
                return True
    return False


def _neighbour(text: str, at: int, step: int) -> tuple[str, str, int]:
    """(separator, word, where the word's far edge is) next to offset ``at`` in direction ``step``."""
    sep_at = at if step > 0 else at - 1
    if not 0 <= sep_at < len(text) or text[sep_at] not in " -":
        return "", "", -1
    i = sep_at + step
    while 0 <= i < len(text) and (text[i].isalpha() or text[i] in "'’"):
        i += step
    word = text[sep_at + 1 : i] if step > 0 else text[i + 1 : sep_at]
    edge = sep_at + 1 if step > 0 else sep_at
    return text[sep_at], word, edge


def _trusted(
    cue: str | None, cand: CandidateLike, named: set[str], strong: frozenset[str], by_name: set[str]
) -> bool:
    """Whether a place found without context is believable (see ``places``).

    Where any cue will do (English), a nationality alone ("Russian airstrikes target Idlib") is
    no country context: it often names foreign forces. Where settlement nouns are needed
    (Arabic), it still is: there, unvowelled words read as foreign places too easily ("«الشرق
    الأوسط»", a newspaper), and event detection leans on a precise place; but a city of a
    million people or more after any cue is believed in both ("a Russian strike on Kharkiv",
    "غارة إسرائيلية على مبنى في دمشق")."""
    if cand.precision == "country":
        return True
    if cand.country_code in named:
        # a small place known only by a bare word ("طريقها" → Teya) needs a cue even at home
        return cue is not None or cand.precision != "place" or cand.population >= TOWN
    lenient = ANY_CUE in strong
    # a city of a million, with some cue, is believable anywhere ("غارة إسرائيلية في دمشق")
    big = cand.population >= BIG_CITY and (lenient or cand.precision == "place")
    if not (by_name if lenient else named) or big:
        return cue is not None or lenient
    return cue is not None and (lenient or normalise(cue) in strong)


def _unmistakable(scanned: Sequence[PlaceMentionLike]) -> list[str]:
    """Countries of the places an article names that can only be in one country: the best
    candidate is an admin unit or a city of UNMISTAKABLE people or more, and no candidate of
    another country comes near it (a tenth of its people)."""
    found: list[str] = []
    for mention in scanned:
        if not mention.candidates:
            continue
        best = mention.candidates[0]
        size = best.population
        if best.precision == "country" or (best.precision == "place" and size < UNMISTAKABLE):
            continue
        rivals = (c for c in mention.candidates if c.country_code != best.country_code)
        if all(c.population * 10 < size for c in rivals) and best.country_code not in found:
            found.append(best.country_code)
    return found


def _choose(candidates: Sequence[CandidateLike], context: Sequence[str]) -> CandidateLike:
    """Prefer the best-ranked candidate in one of the article's countries."""
    for cand in candidates:
        if cand.country_code in context[:3]:
            return cand
    return candidates[0]
