"""The article's country words (names and demonyms, found by the gazetteer) and the countries
the article is about, most told first: the context every place is resolved in."""

from __future__ import annotations

from collections.abc import Sequence

from app.extraction.doc import CountryRef, Doc, Mention
from app.extraction.geo import GazetteerLike
from app.extraction.steps.demonyms import on_attack_word
from app.extraction.steps.place_names import Nouns
from app.extraction.steps.speakers import SPEAKS, speakers
from app.extraction.types import NAMED_GROUPS

NO_NOUNS = Nouns(frozenset())
ARMIES = ("state_forces", "external_force")  # the kinds that fight abroad as well as at home


def countries(doc: Doc, gaz: GazetteerLike | None, nouns: Nouns = NO_NOUNS) -> Doc:
    """Find the country names and demonyms of the article.

    A country name used as a nationality ("two United States citizens") counts as a demonym.
    """
    if gaz is None:
        return doc
    refs = []
    for c in gaz.countries(doc.text, doc.language, *word_spans(doc)):
        at = doc.mention_at(c.start, c.end)
        if outlet_name(doc, at.token, nouns):
            continue  # "قناة (روسيا اليوم)": a channel, not the country
        demonym = c.is_demonym or nationality(doc, at, nouns)
        # tuple.__new__ builds the named tuple in C, without its generated Python __new__
        refs.append(tuple.__new__(CountryRef, (at, c.country_code, demonym, False, False)))
    return doc.evolve(countries=tuple(speakers(doc, gaz, refs)))


def word_spans(doc: Doc) -> tuple[Sequence[int], Sequence[int]]:
    """The tokens step's word start and end offsets, which spare the gazetteer splitting the
    text again (none when the document has other tokens than that step's)."""
    bounds = doc.bounds
    if bounds is not None and bounds.tokens is doc.tokens:
        return bounds.starts, bounds.ends
    return (), ()


def context_countries(doc: Doc, refs: Sequence[CountryRef] | None = None) -> tuple[str, ...]:
    """Return the article's country codes, most mentioned first (a name counts twice a demonym).

    A country written inside a group's name says where the group comes from, not where the
    article is ("the Democratic Forces for the Liberation of Rwanda" fight in Congo): it does
    not count. ``refs``: ``told(doc)``, if the caller has it.
    """
    inside = {
        i for p in doc.participants if p.kind in NAMED_GROUPS for i in range(p.at.token, p.at.last)
    }
    # a plain dict, not a Counter: compiled, a Counter's += runs its Python-level methods
    counts: dict[str, int] = {}
    for ref in told(doc) if refs is None else refs:
        if ref.at.token not in inside:
            counts[ref.code] = counts.get(ref.code, 0) + (1 if ref.is_demonym else 2)
    for pref in doc.places:
        code = pref.place.country_code
        if code and not pref.country_only:
            counts[code] = counts.get(code, 0) + 1
    # the order of Counter.most_common(): by count, ties in order of first mention
    return tuple(sorted(counts, key=counts.__getitem__, reverse=True))


def home_countries(doc: Doc, refs: Sequence[CountryRef]) -> tuple[str, ...]:
    """``context_countries`` without the nationality of an army that acts: one whose name
    touches the attack or speech word after it ("Israeli forces raided", "Turkish drones
    struck", "the US military said it struck"). An army fights abroad as often as at home, so
    the attacker's country does not make a place elsewhere foreign to the article (the
    scanner's foreign-alias guard); an army that is attacked ("Kenyan troops were ambushed",
    "a Kenyan army camp") is where it serves, and police keep their country too."""
    acts = {t.at.token for t in doc.triggers}
    acts.update(m.first for m in doc.matches_of(SPEAKS))
    acting = {
        i
        for p in doc.participants
        if p.kind in ARMIES and p.at.last in acts
        for i in range(p.at.token, p.at.last)
    }
    return context_countries(doc, [r for r in refs if r.at.token not in acting])


def group_homes(doc: Doc) -> list[str]:
    """The home countries of the named groups the article names, first named first: a weak
    hint, after every country the text tells, for a name shared by places of several countries
    ("New People's Army rebels ambushed a patrol in Samar": the Philippine island, not Samara).
    Only that choice: never a context of its own, which would vouch for near-spellings and
    fragments of names in the group's home."""
    homes: list[str] = []
    for p in doc.participants:
        if p.kind in NAMED_GROUPS and p.country and p.country not in homes:
            homes.append(p.country)
    return homes


def told(doc: Doc) -> list[CountryRef]:
    """The country words that may say where the article is: no speaker's ("Moscow said"), and
    a person's nationality ("a German hostage") only when the text names no other country, by
    a country word, a place or the home of a group it names (the Taliban's Afghanistan); nor an
    attacker's nationality on the attack word ("غارات إسرائيلية على منازل في غزة")."""
    refs = [ref for ref in doc.countries if not ref.speaker and not on_attack_word(doc, ref)]
    if not any(ref.person for ref in refs):
        return refs
    others = [ref for ref in refs if not ref.person]
    if others or any(r.place.country_code for r in doc.places if not r.country_only):
        return others
    groups = any(p.country for p in doc.participants if p.kind in NAMED_GROUPS)
    return others if groups else refs


def outlet_name(doc: Doc, token: int, nouns: Nouns) -> bool:
    """Whether ``token`` follows a media noun ("قناة", "صحيفة"): it begins an outlet's name."""
    return bool(nouns.media) and token > 0 and doc.tokens[token - 1].norm in nouns.media


def nationality(doc: Doc, at: Mention, nouns: Nouns) -> bool:
    """A country name used as a nationality ("four United States citizens", "the US embassy")."""
    return at.last < len(doc.tokens) and doc.tokens[at.last].norm in nouns.people
