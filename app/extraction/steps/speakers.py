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

from app.extraction.doc import CountryRef, Doc
from app.extraction.geo import Candidate, GazetteerLike
from app.extraction.lexicon import Match

SPEAKS = "cue:speaks"
LOCATED = "cue:located"
BODY = "cue:body"  # "ministry": a country word before one and a speech verb is its government
CAPITAL_WORDS = 2  # longest capital name tried, in words ("Abu Dhabi", "أبو ظبي")
MIN_CAPITAL = 100_000  # people: a smaller place of a capital's name is not taken for one


def speakers(doc: Doc, gaz: GazetteerLike, refs: list[CountryRef]) -> list[CountryRef]:
    """``refs`` with the speaking countries marked, plus capitals that speak as countries."""
    verbs = doc.matches_of(SPEAKS)
    if not verbs:
        return refs
    subjects = _Subjects(doc, verbs)
    # "the Russian defence ministry said": the country word and a body of its government
    bodies = {m.first: m.last for m in doc.matches_of(BODY)}
    out = [
        r._replace(speaker=True)
        if subjects.speaks(r.at.token, r.at.last)
        or subjects.speaks(r.at.token, bodies.get(r.at.last, r.at.last))
        else r
        for r in refs
    ]
    named = {i for r in refs for i in range(r.at.token, r.at.last)}
    for v in verbs:
        for first, last in _capital_spans(len(doc.tokens), v.first, v.last):
            if first in named or not subjects.speaks(first, last):
                continue
            # the words first: most are no capital, and a mention costs more than its slice
            start, end = doc.tokens[first].start, doc.tokens[last - 1].end
            code = _capital_of(gaz, doc.text[start:end])
            if code is not None:
                at = doc.mention(first, last)
                out.append(CountryRef(at, code, False, True))
                named.update(range(at.token, at.last))
                break
    return sorted(out, key=lambda r: r.at.start)


def _capital_spans(n: int, first: int, last: int) -> list[tuple[int, int]]:
    """Token spans right after the verb, then right before it, longest first (``n`` tokens)."""
    after = [(last, last + k) for k in range(CAPITAL_WORDS, 0, -1) if last + k <= n]
    return after + [(first - k, first) for k in range(CAPITAL_WORDS, 0, -1) if first - k >= 0]


class _Subjects:
    """The speech verbs of a document by the token they start and end at, to tell whether a
    name is the subject of one (see the module docstring)."""

    def __init__(self, doc: Doc, verbs: Sequence[Match]) -> None:
        self.doc = doc
        self.starting = {v.first: v for v in verbs}  # a verb right after a name
        self.ending = {v.last: v for v in verbs}  # a verb right before a name
        self.located = {m.last for m in doc.matches_of(LOCATED)}  # right after "in", "في"

    def speaks(self, first: int, last: int) -> bool:
        """Whether a speech verb touches tokens ``first``..``last`` (exclusive) with only spaces
        between, before or after them."""
        doc, tokens = self.doc, self.doc.tokens
        after = self.starting.get(last)
        if (
            after is not None
            and not (first in self.located or _conjoined(doc, after))
            and not doc.text[tokens[last - 1].end : tokens[after.first].start].strip()
        ):
            return True
        before = self.ending.get(first)
        return (
            before is not None
            and not doc.text[tokens[before.last - 1].end : tokens[first].start].strip()
        )


def _conjoined(doc: Doc, verb: Match) -> bool:
    """Whether the verb's word carries a clitic before it ("وهددت" for "هددت")."""
    word = doc.tokens[verb.first].norm
    return word != verb.entry.tokens[0] and not verb.entry.tokens[0].endswith("*")


def _capital_of(gaz: GazetteerLike, name: str) -> str | None:
    """The country whose capital ``name`` is, if its best reading is one (a Latin name must be
    capitalised; the gazetteer memoises its readings)."""
    if name[:1].isascii() and not name[:1].isupper():
        return None
    cands = gaz.resolve(name)
    best = next((c for c in cands if c.precision == "place"), None)
    if best is None or best.population < MIN_CAPITAL or not _is_capital(gaz, best):
        return None
    return best.country_code


def _is_capital(gaz: GazetteerLike, cand: Candidate) -> bool:
    """The gazetteer places a country at its capital."""
    country = gaz.country(cand.country_code)
    return country is not None and (country.latitude, country.longitude) == (
        cand.latitude,
        cand.longitude,
    )
