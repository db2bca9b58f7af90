"""Find places the gazetteer lacks by a settlement noun: "Kawuri village", "the town of Buhriz".

The capitalised name next to the noun becomes a place without coordinates, with the country
and province of a known place near it, if any.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.extraction.doc import Doc, PlaceRef
from app.extraction.steps.place_names import (
    Nouns,
    name_after,
    name_before,
    named_here,
    nearest_place,
    precision_of,
)
from app.extraction.types import Place


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
            first = _described(doc, name_before(doc, i, known), nouns)
            # "the Hamrin Mountains", "Virunga National Park": a capitalised area noun is named
            whole = area and doc.text[tok.start].isupper()
            span = None if first is None else (first, i + 1 if whole else i)
        elif tok.norm in nouns.links and i > 1 and _noun_before_link(doc, i, nouns):
            # "the town of Buhriz", "the area of the Buthidaung"
            start = i + 2 if _article(doc, i + 1, nouns) else i + 1
            head = start + 1 if _name_article(doc, start, nouns) else start  # "of al-Eis"
            last, noun = name_after(doc, head, known), doc.tokens[i - 1].norm
            span = None if last is None or _runs_into(doc, last, known) else (start, last)
        if span is None:
            continue
        at = doc.mention(*span)
        host = nearest_place(doc, found, at.token)
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


def _described(doc: Doc, first: int | None, nouns: Nouns) -> int | None:
    """``first``, or None when an indefinite article stands before it: "a Kurdish village" is
    described, not named."""
    if first is None or first == 0 or doc.tokens[first - 1].norm not in nouns.indefinites:
        return first
    return None


def _name_article(doc: Doc, i: int, nouns: Nouns) -> bool:
    """A lower-case article hyphened to a capitalised word stands at token ``i`` ("al-Eis")."""
    if i + 1 >= len(doc.tokens) or doc.tokens[i].norm not in nouns.articles:
        return False
    after = doc.tokens[i + 1]
    return doc.text[doc.tokens[i].end : after.start] == "-" and doc.text[after.start].isupper()


def _runs_into(doc: Doc, last: int, known: set[int]) -> bool:
    """Whether the name ending before token ``last`` runs on into a known place ("the town of
    El Geneina": the gazetteer's Geneina is the name, "El" its article)."""
    if last not in known or last >= len(doc.tokens):
        return False
    gap = doc.text[doc.tokens[last - 1].end : doc.tokens[last].start]
    return not gap.strip(" -")


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
    forms = bounds.words
    hits = [i for i in range(len(forms)) if forms[i] in words]  # compiled: a native loop
    if not hits:
        return hits
    # Lowercasing keeps every character's length and alphabeticness and looks at no neighbour
    # (checked over all of Unicode), except for "İ" (two characters) and "Σ" (a final sigma
    # by what follows): without them only the hits' words are lowercased; with either, the
    # whole text is, offsets and all, as it was (a 3 KB text costs some 100,000 instructions)
    text = doc.text
    each = text.isascii() or ("\u0130" not in text and "\u03a3" not in text)
    low = text if each else text.lower()
    found = []
    for i in hits:
        word, at = forms[i], bounds.starts[i]
        end = at + len(word)
        whole = not low[at - 1 : at].isalpha() and not low[end : end + 1].isalpha()
        if whole and (low[at:end].lower() if each else low[at:end]) == word:
            found.append(i)
    return found


def _named_after(doc: Doc, i: int, nouns: Nouns, known: set[int]) -> bool:
    """ "the Basque town of Trapagaran": the name follows the noun, the word before is an
    adjective; not in "the Leego district of Somalia", where a known place follows."""
    k = i + 2
    if k >= len(doc.tokens) or doc.tokens[i + 1].norm not in nouns.links or k in known:
        return False
    return doc.text[doc.tokens[k].start].isupper()
