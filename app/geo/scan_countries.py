"""Country names and demonyms in running text, and the countries a text names only by a
demonym that qualifies no settlement (which say nothing of where its places lie)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.geo.scan_cues import cue_after
from app.geo.scan_text import TextDoc, text_doc
from app.geo.types import CountryMention

if TYPE_CHECKING:
    from app.geo.gazetteer import Gazetteer


def weak_countries(
    doc: TextDoc, in_text: Sequence[CountryMention], named: Sequence[str]
) -> frozenset[str]:
    """Countries the text names only by a demonym that qualifies no settlement: "صحيفة ...
    الألمانية", a German newspaper, says nothing of where a place lies; "مدينة كولون الألمانية"
    and "the German city of" do."""
    weak = {m.country_code for m in in_text if m.is_demonym}.difference(named)
    if not weak:
        return frozenset()
    words = doc.words
    for m in in_text:
        if m.country_code not in weak:
            continue
        i = bisect_left(doc.starts, m.start)
        after = i + 1 < doc.n and words[i + 1].strong_cue
        if after or (i > 1 and words[i - 2].strong_cue):
            weak.discard(m.country_code)
    return frozenset(weak)


def countries(gz: Gazetteer, doc: TextDoc) -> list[CountryMention]:
    if doc.countries is None:
        doc.countries = _find_countries(gz, doc)
    return doc.countries


def _unit_before(doc: TextDoc, i: int, n: int) -> bool:
    """Whether a place key begun by the settlement/admin noun before word i covers the country
    name of n words at i ("ولاية النيجر", Niger State: listed in admin1_aliases.tsv)."""
    place = doc.longest(i - 1)[0] if doc.join(i - 1) else None
    return place is not None and place[0] > n


def _find_countries(gz: Gazetteer, doc: TextDoc) -> list[CountryMention]:
    out, free, words = [], 0, doc.words
    for i in doc.may_form:
        word = words[i]
        if i < free or not doc.upper(i):
            continue
        # without a start of a multi-word form, the word's own form is all longest() finds
        hit = doc.longest(i)[1] if word.form_starters else word.form
        form = gz.country_form(hit[1]) if hit else None
        if hit is None or form is None:
            continue
        if len(hit[1]) <= 3 and not word.arabic and not doc.raws[i].isupper():
            continue  # a short Latin form counts only in capitals ("US", not "Us")
        n, (cc, demonym) = hit[0], form
        unit = not demonym and i + n < doc.n and words[i + n].cue_after
        if unit and (cue := cue_after(gz, doc, i, n)) is not None and cue.kind == "admin":
            continue  # "Niger State": an admin unit named like a country ("Nigerian state": no)
        if i and words[i - 1].strong_cue and _unit_before(doc, i, n):
            continue  # "ولاية النيجر": the unit's noun and the name are one longer place name
        start, end = doc.starts[i], doc.end(i + n - 1)
        name = gz.country_name(cc) or cc
        found = (start, end, doc.text[start:end], cc, name, demonym)
        out.append(tuple.__new__(CountryMention, found))  # in C, as in _place_at
        free = i + n
    return out


def scan_countries(
    gz: Gazetteer,
    text: str,
    language: str,
    starts: Sequence[int] = (),
    ends: Sequence[int] = (),
) -> list[CountryMention]:
    """Country names and demonyms in text (``language`` is informative; script decides;
    ``starts`` and ``ends`` as for scan_places)."""
    return list(countries(gz, text_doc(text, gz, starts, ends)))
