"""Countries and capitals that speak: "Russia said", "أكدت موسكو", "Washington accused".

A country or its capital written as the subject of a speech verb stands for its government. It
is not where anything happened ("Moscow said its jets struck Idlib" happened in Idlib), and it
is not the country an article is about, but "its jets" / "قواتها" still belong to it. The verbs
are the ``cue.speaks`` phrases of each language; the name must touch the verb (no word or
punctuation between), before or after it, as the two word orders put the subject. Not a name
after a location word ("وفي بغداد أعلنت مصادر", "officials in Moscow said": the ``cue.located``
phrases), nor one before a verb that carries a conjunction ("في عمان وهددت": a new clause).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.extraction.doc import CountryRef, Doc, Mention
from app.extraction.geo import CandidateLike, GazetteerLike
from app.extraction.lexicon import Match

SPEAKS = "cue:speaks"
LOCATED = "cue:located"
CAPITAL_WORDS = 2  # longest capital name tried, in words ("Abu Dhabi", "أبو ظبي")
MIN_CAPITAL = 100_000  # people: a smaller place of a capital's name is not taken for one


def speakers(doc: Doc, gaz: GazetteerLike, refs: list[CountryRef]) -> list[CountryRef]:
    """``refs`` with the speaking countries marked, plus capitals that speak as countries."""
    verbs = doc.matches_of(SPEAKS)
    if not verbs:
        return refs
    located = {m.last for m in doc.matches_of(LOCATED)}  # tokens right after a location word
    out = [r._replace(speaker=True) if _speaks(doc, r.at, verbs, located) else r for r in refs]
    named = {i for r in refs for i in range(r.at.token, r.at.last)}
    for v in verbs:
        for at in _capital_spans(doc, v.first, v.last):
            if at.token in named or not _speaks(doc, at, verbs, located):
                continue
            code = _capital_of(gaz, at.text)
            if code is not None:
                out.append(CountryRef(at, code, False, True))
                named.update(range(at.token, at.last))
                break
    return sorted(out, key=lambda r: r.at.start)


def _capital_spans(doc: Doc, first: int, last: int) -> list[Mention]:
    """Word spans right after the verb, then right before it, longest first."""
    spans = []
    for n in range(CAPITAL_WORDS, 0, -1):
        if last + n <= len(doc.tokens):
            spans.append(doc.mention(last, last + n))
    for n in range(CAPITAL_WORDS, 0, -1):
        if first - n >= 0:
            spans.append(doc.mention(first - n, first))
    return spans


def _speaks(doc: Doc, at: Mention, verbs: Sequence[Match], located: set[int]) -> bool:
    """Whether a speech verb stands right before or after ``at`` with only spaces between, and
    the words around make ``at`` its subject (see the module docstring)."""
    for v in verbs:
        if v.first == at.last:
            if at.token in located or _conjoined(doc, v):
                continue
            gap = doc.text[at.end : doc.tokens[v.first].start]
        elif v.last == at.token:
            gap = doc.text[doc.tokens[v.last - 1].end : at.start]
        else:
            continue
        if not gap.strip():
            return True
    return False


def _conjoined(doc: Doc, verb: Match) -> bool:
    """Whether the verb's word carries a clitic before it ("وهددت" for "هددت")."""
    word = doc.tokens[verb.first].norm
    return word != verb.entry.tokens[0] and not verb.entry.tokens[0].endswith("*")


def _capital_of(gaz: GazetteerLike, name: str) -> str | None:
    """The country whose capital ``name`` is, if its best reading is one (a Latin name must be
    capitalised)."""
    if name[:1].isascii() and not name[:1].isupper():
        return None
    cands = gaz.resolve(name)
    best = next((c for c in cands if c.precision == "place"), None)
    if best is None or best.population < MIN_CAPITAL or not _is_capital(gaz, best):
        return None
    return best.country_code


def _is_capital(gaz: GazetteerLike, cand: CandidateLike) -> bool:
    """The gazetteer places a country at its capital."""
    country = gaz.country(cand.country_code)
    return country is not None and (country.latitude, country.longitude) == (
        cand.latitude,
        cand.longitude,
    )
