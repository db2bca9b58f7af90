"""A country's capital named only by its noun: "the Somali capital", "العاصمة الصومالية".

A capital noun (``Nouns.capitals``) with a country word on its adjective side ("العاصمة
الصومالية", "عاصمة الصومال", "the Somali capital", "Somalia's capital") is that country's capital
city, unless a place's name follows it ("العاصمة الصومالية مقديشو": the scanner reads the name).
"""

from __future__ import annotations

from app.extraction.doc import CountryRef, Doc, PlaceRef
from app.extraction.geo import GazetteerLike
from app.extraction.steps.place_names import Nouns, to_place


def capital_places(
    doc: Doc, gaz: GazetteerLike, found: list[PlaceRef], nouns: Nouns
) -> tuple[list[PlaceRef], set[int]]:
    """The capitals the text names by their noun, and the starts of the country places
    (``found``) they replace ("عاصمة الصومال": the capital, not Somalia)."""
    if not nouns.capitals or not doc.countries:
        return [], set()
    starts = {r.at.token for r in found if not r.country_only}
    out: list[PlaceRef] = []
    dropped: set[int] = set()
    for ref in doc.countries:
        noun = _noun(doc, ref, nouns)
        if noun is None or ref.speaker:
            continue
        first, last = min(noun, ref.at.token), max(noun + 1, ref.at.last)
        cand = gaz.capital(ref.code) if last not in starts else None
        if cand is None:
            continue  # "العاصمة الصومالية مقديشو", "Somalia's capital Mogadishu": named there
        at = doc.mention(first, last)
        # told as its country is (a capital's noun reads in talk of a state as often as in
        # a report: "visited the Afghan capital"), so no more a sign of a reported incident
        out.append(PlaceRef(at, to_place(cand, at.text, at.start, at.end), True))
        dropped |= {r.at.start for r in found if r.country_only and r.at.token == ref.at.token}
    return out, dropped


def _noun(doc: Doc, ref: CountryRef, nouns: Nouns) -> int | None:
    """The token of the capital noun ``ref`` qualifies, or None: right before it ("العاصمة
    الصومالية"), or right after it or a possessive ("Somalia 's capital")."""
    tokens = doc.tokens
    k = ref.at.token - 1
    if k >= 0 and tokens[k].norm in nouns.capitals:
        return k
    k = ref.at.last
    if k < len(tokens) and tokens[k].norm in nouns.possessives:
        k += 1
    return k if k < len(tokens) and tokens[k].norm in nouns.capitals else None
