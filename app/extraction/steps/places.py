"""Countries and places from the gazetteer, with the article's countries as context."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from app.extraction.doc import CountryRef, Doc, Mention, PlaceRef
from app.extraction.geo import CandidateLike, GazetteerLike
from app.extraction.text import normalise
from app.extraction.types import Place, PlacePrecision, Span

PRECISIONS: tuple[PlacePrecision, ...] = ("place", "admin2", "admin1", "country")
MAX_NAME_WORDS = 3
TOWN = 20_000  # population below which a bare word is not taken for a place without a cue
ANY_CUE = "*"  # in strict_places: any location cue will do


def countries(doc: Doc, gaz: GazetteerLike | None) -> Doc:
    """Find the country names and demonyms of the article."""
    if gaz is None:
        return doc
    refs = tuple(
        CountryRef(doc.mention_at(c.start, c.end), c.country_code, c.is_demonym)
        for c in gaz.countries(doc.text, doc.language)
    )
    return replace(doc, countries=refs)


def context_countries(doc: Doc) -> tuple[str, ...]:
    """Return the article's country codes, most mentioned first (a name counts twice a demonym)."""
    counts: Counter[str] = Counter()
    for ref in doc.countries:
        counts[ref.code] += 1 if ref.is_demonym else 2
    for pref in doc.places:
        if pref.place.country_code and not pref.country_only:
            counts[pref.place.country_code] += 1
    return tuple(code for code, _ in counts.most_common())


def places(
    doc: Doc,
    gaz: GazetteerLike | None,
    strict: frozenset[str] | None = None,
    origins: frozenset[str] = frozenset(),
    settlements: frozenset[str] = frozenset(),
) -> Doc:
    """Resolve place mentions that are not part of a participant's name or a trigger.

    ``strict``: a place outside the named countries needs one of these cues ("مدينة"; "*": any).
    """
    if gaz is None:
        return doc
    # words of a participant's name ("مجلس مجاهدي درنة") or of a trigger ("إطلاق النار") are not places
    spans = [p.at for p in doc.participants] + [t.at for t in doc.triggers]
    taken = {i for at in spans for i in range(at.start, at.end)}
    context = context_countries(doc)
    named = {ref.code for ref in doc.countries}
    refs: dict[int, PlaceRef] = {}
    for mention in gaz.scan(doc.text, doc.language, context):
        if not mention.candidates or mention.start in taken:
            continue
        cand = _choose(mention.candidates, context)
        if strict is not None and not _trusted(mention.cue, cand, named, strict):
            continue
        at = doc.mention_at(mention.start, mention.end)
        if at.token > 0 and doc.tokens[at.token - 1].norm in origins:
            continue  # "rockets fired from Gaza": where it came from, not where it struck
        place = to_place(cand, at.text, at.start, at.end)
        in_named = cand.country_code in named
        refs[at.start] = PlaceRef(at, place, place.precision == "country", in_named or not named)
    _country_places(doc, gaz, refs, taken)
    found = sorted(refs.values(), key=lambda r: r.at.start)
    found += _settlements(doc, found, settlements)
    return replace(
        doc, places=tuple(sorted([*found, *_unlisted(doc, found)], key=lambda r: r.at.start))
    )


def _country_places(
    doc: Doc, gaz: GazetteerLike, refs: dict[int, PlaceRef], taken: set[int]
) -> None:
    """Country names ("in Afghanistan") are places of country precision; demonyms are not."""
    for ref in doc.countries:
        if ref.is_demonym or ref.at.start in refs or ref.at.start in taken:
            continue
        country = gaz.country(ref.code)
        if country is not None:
            place = to_place(country, ref.at.text, ref.at.start, ref.at.end)
            refs[ref.at.start] = PlaceRef(ref.at, place, True)


def _trusted(cue: str | None, cand: CandidateLike, named: set[str], strong: frozenset[str]) -> bool:
    """Whether a place found without context is believable (see ``places``)."""
    if cand.precision == "country":
        return True
    if cand.country_code in named:
        # a small place known only by a bare word ("طريقها" → Teya) needs a cue even at home
        return cue is not None or cand.precision != "place" or cand.population >= TOWN
    if not named:
        return cue is not None or ANY_CUE in strong
    return cue is not None and (ANY_CUE in strong or normalise(cue) in strong)


def _choose(candidates: Sequence[CandidateLike], context: Sequence[str]) -> CandidateLike:
    """Prefer the best-ranked candidate in one of the article's countries."""
    for cand in candidates:
        if cand.country_code in context[:3]:
            return cand
    return candidates[0]


def _unlisted(doc: Doc, found: list[PlaceRef]) -> list[PlaceRef]:
    """A capitalised name right before ", <known place>" is a smaller place the gazetteer lacks.

    "attacked Ruhagarika, Cibitoke, Burundi": Ruhagarika takes Cibitoke's country and province.
    """
    out: list[PlaceRef] = []
    taken = {r.at.token for r in found} | {
        i
        for at in [*(p.at for p in doc.participants), *(c.at for c in doc.countries)]
        for i in range(at.token, at.last)
    }
    for ref in found:
        if ref.country_only or ref.at.token == 0:
            continue
        if doc.text[doc.tokens[ref.at.token - 1].end : ref.at.start].strip() != ",":
            continue
        last = first = ref.at.token
        while first > 0 and last - first < MAX_NAME_WORDS:
            k = first - 1
            word = doc.text[doc.tokens[k].start : doc.tokens[k].end]
            gap = doc.text[doc.tokens[k].end : doc.tokens[first].start] if first < last else ""
            if not word[:1].isupper() or k in taken or gap.strip(" -"):
                break
            first = k
        if first == last or doc.sentences[doc.sentence_of(first)].first == first:
            continue
        at = doc.mention(first, last)
        out.append(PlaceRef(at, _named_here(ref.place, at), False))
    return out


def _named_here(host: Place, at: Mention) -> Place:
    """A place the gazetteer lacks, named by ``at``: the host's country and province, no point."""
    return replace(
        host,
        name=at.text,
        text=at.text,
        precision="place",
        latitude=None,
        longitude=None,
        span=Span(at.start, at.end, at.text),
    )


def _settlements(doc: Doc, found: list[PlaceRef], nouns: frozenset[str]) -> list[PlaceRef]:
    """ "a raid on Kawuri village in Borno state": a capitalised name before a settlement noun is a
    place the gazetteer lacks; it takes the country and province of a known place in its sentence."""
    out: list[PlaceRef] = []
    known = {r.at.token for r in found} | {
        i for c in doc.countries for i in range(c.at.token, c.at.last)
    }
    for i, tok in enumerate(doc.tokens):
        if tok.norm not in nouns or i == 0:
            continue
        first = i
        while first > 0 and i - first < MAX_NAME_WORDS:
            word = doc.text[doc.tokens[first - 1].start : doc.tokens[first - 1].end]
            if not word[:1].isupper() or (first - 1) in known:
                break
            first -= 1
        sentence = doc.sentence_of(i)
        if first == i or doc.sentences[sentence].first == first:
            continue
        near = [r for r in found if doc.sentence_of(r.at.token) == sentence]
        if not near:
            continue
        host = min(near, key=lambda r: (r.country_only, abs(r.at.token - i)))
        at = doc.mention(first, i)
        place = _named_here(host.place, at)
        if host.country_only:
            place = replace(place, admin1=None, admin1_code=None)
        out.append(PlaceRef(at, place, False, host.named_country))
    return out


def to_place(cand: CandidateLike, text: str, start: int | None, end: int | None) -> Place:
    """Turn a gazetteer candidate into the Place value of an event."""
    precision: PlacePrecision = cand.precision if cand.precision in PRECISIONS else "place"
    span = Span(start, end, text) if start is not None and end is not None else None
    return Place(
        name=cand.name,
        text=text,
        country_code=cand.country_code,
        admin1=cand.admin1_name,
        admin1_code=cand.admin1_code,
        latitude=cand.latitude,
        longitude=cand.longitude,
        precision=precision,
        span=span,
    )
