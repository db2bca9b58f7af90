"""Find place and country mentions in running text: token n-grams looked up in the key index.

Text is tokenised and normalised once; each position tries the longest n-gram (up to four
tokens) first, and only tokens that begin some multi-word name start longer n-grams. Arabic
first tokens are also tried without their clitics (و ف ب ل ك ال). A match then has to pass the
guards: not a stop-word or cue word (unless a settlement/admin cue names it), long enough, and
either a strong match (a settlement/admin/area cue, several words, a country, a context country)
or a large place (or a sizeable one after a preposition cue).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from app.geo.lexicon import Cue
from app.geo.normalize import arabic_clitic_variants, is_arabic, norm_token, tokens
from app.geo.types import Candidate, CountryMention, PlaceMention

if TYPE_CHECKING:
    from app.geo.gazetteer import Gazetteer

MAX_NGRAM = 4
UNLISTED_MIN_CHARS = 4
WORD_CACHE = 100_000
MIN_KEY_CHARS = 3
LARGE_PLACE = 100_000
LARGE_PLACE_AR = 1_000_000
CUED_PLACE = 5_000
STRONG_CUES = frozenset({"place", "admin", "area"})
ARTICLE_TOKENS = frozenset({"al", "el"})


class _Doc:
    """Tokens of one text, normalised once, with the longest place and country key per token."""

    def __init__(self, text: str, gz: Gazetteer) -> None:
        self.text = text
        self.gz = gz
        self.toks = tokens(text)
        self.norms = [norm_token(t) for _, _, t in self.toks]
        self.arabic = [is_arabic(t) for _, _, t in self.toks]
        self.join = [
            (a[1] + 1 == b[0] and text[a[1]] in " -") or self._joinable(i)
            for i, (a, b) in enumerate(zip(self.toks, self.toks[1:], strict=False))
        ]
        self.place: list[tuple[int, str] | None] = []
        self.form: list[tuple[int, str] | None] = []
        self.ranked: dict[tuple[str, str | None], tuple[Candidate, ...]] = {}
        self.upper = [self._capitalised(i) for i in range(len(self.toks))]
        for i, upper in enumerate(self.upper):
            if upper:
                self._longest_at(i, gz)
            else:
                self.place.append(None)
                self.form.append(None)

    def _joinable(self, i: int) -> bool:
        gap = self.text[self.toks[i][1] : self.toks[i + 1][0]].strip()
        return gap in ("", "-") or (gap == "." and len(self.toks[i][2]) == 1)

    def _longest_at(self, i: int, gz: Gazetteer) -> None:
        """Record the longest place key and country-form key starting at token i.

        Only first words that begin some multi-word key start n-grams longer than one token;
        Arabic first words are tried with their clitics peeled off; a leading Latin article
        is dropped, as normalize_key() drops it.
        """
        norms = self.norms
        starters, place, form = _word(gz, norms[i], self.arabic[i])
        span = 1
        while starters and span < MAX_NGRAM and i + span < len(norms) and self.join[i + span - 1]:
            span += 1
        keys, forms = gz.key_index, gz.forms
        for n in range(span, 1, -1):
            tail = " ".join(norms[i + 1 : i + n])
            for first in starters:
                key = tail if first == "al" else f"{first} {tail}"
                if key in keys and (place is None or place[0] < n):
                    place = (n, key)
                if key in forms and (form is None or form[0] < n):
                    form = (n, key)
        self.place.append(place)
        self.form.append(form)

    def firsts(self, i: int) -> tuple[str, ...]:
        """Forms the token at i may take as the first word of a name."""
        return arabic_clitic_variants(self.norms[i]) if self.arabic[i] else (self.norms[i],)

    def _capitalised(self, i: int) -> bool:
        """Latin names must be capitalised; an article may lead a capitalised name."""
        raw = self.toks[i][2]
        if self.arabic[i] or ("A" <= raw[0] <= "Z" and self.norms[i] != "al"):
            return True
        if self.norms[i] == "al" and i + 1 < len(self.toks) and self.join[i]:
            return raw.lower() in ARTICLE_TOKENS or self.text[self.toks[i][1]] == "-"
        return raw[:1].isupper()


Hit = tuple[int, str] | None


def _word(gz: Gazetteer, norm: str, arabic: bool) -> tuple[tuple[str, ...], Hit, Hit]:
    """Per normalised word, memoised on the gazetteer: the forms that may start a multi-word
    name, and the one-word place and country-form keys it gives."""
    cache = gz.word_cache
    found = cache.get(norm)
    if found is not None:
        return found
    firsts = arabic_clitic_variants(norm) if arabic else (norm,)
    starters = tuple(f for f in firsts if f == "al" or f in gz.multi_first)
    place = next(((1, f) for f in firsts if f != "al" and f in gz.key_index), None)
    form = next(((1, f) for f in firsts if f != "al" and f in gz.forms), None)
    if len(cache) >= WORD_CACHE:
        cache.clear()
    cache[norm] = result = (starters, place, form)
    return result


@lru_cache(maxsize=65536)
def _cue_forms(token: str, arabic: bool, raw: str) -> tuple[str, ...]:
    """Forms a word may take as a cue: itself first, then with clitics peeled ("وفي" → "في")."""
    if not arabic:
        return (raw.lower(),)
    forms = arabic_clitic_variants(token)
    if token[:1] in "وف" and len(token) > 2 and token[1:] not in forms:
        forms = (*forms, token[1:])
    return forms


def _cue(gz: Gazetteer, doc: _Doc, i: int, n: int) -> Cue | None:
    """The cue one or two words before the n-gram at i, if any."""
    lex = gz.lexicon
    for width in (2, 1):
        j = i - width
        if j < 0 or not all(doc.join[j:i]):
            continue
        words = [_cue_forms(doc.norms[k], doc.arabic[k], doc.toks[k][2]) for k in range(j, i)]
        rest = " ".join(w[0] for w in words[1:])
        for first in words[0]:
            cue = lex.cues_before.get(f"{first} {rest}".strip())
            if cue:
                return cue
    return None


def _cue_after(gz: Gazetteer, doc: _Doc, i: int, n: int) -> Cue | None:
    k = i + n
    if k < len(doc.toks) and doc.join[k - 1]:
        return gz.lexicon.cues_after.get(doc.toks[k][2].lower())
    return None


def _best_cue(gz: Gazetteer, doc: _Doc, i: int, n: int) -> Cue | None:
    """A settlement/admin word after the name ("Zamfara state") beats a preposition before it."""
    before, after = _cue(gz, doc, i, n), _cue_after(gz, doc, i, n)
    if after is not None and (before is None or before.kind in ("prep", "direction")):
        return after
    return before


def _accept(
    cands: Sequence[Candidate], key: str, cue: Cue | None, context: Sequence[str], arabic: bool
) -> bool:
    """Strong matches pass; a lone word must be a large place (larger still in Arabic, where
    unvowelled common words collide with many aliases) or a sizeable one after a cue."""
    best = cands[0]
    if (
        (cue is not None and cue.kind in STRONG_CUES)
        or " " in key
        or best.precision == "country"
        or best.country_code in context
    ):
        return True
    if cue is not None:
        return best.population >= (LARGE_PLACE if arabic else CUED_PLACE)
    return best.population >= (LARGE_PLACE_AR if arabic else LARGE_PLACE)


def _blocked(gz: Gazetteer, doc: _Doc, i: int, key: str, strong_cue: bool) -> bool:
    """Too short, a cue word, or a common word — also when only a peeled clitic made it a
    name ("وكالة" is not و + a place "كالة")."""
    lex = gz.lexicon
    words = {key, doc.firsts(i)[0]} if " " not in key else {key}
    if len(key.replace(" ", "")) < MIN_KEY_CHARS or words & lex.never:
        return True
    form = gz.country_form(key)
    if form is not None and form[1]:
        return True  # a demonym ("Somali", "Yemeni") is an actor's nationality, not a place
    return bool(words & lex.stop) and not strong_cue


def _ranked(
    gz: Gazetteer, doc: _Doc, key: str, cue: Cue | None, ctx: Sequence[str]
) -> tuple[Candidate, ...]:
    """Ranked candidates for a key under a cue kind, memoised per text (names repeat)."""
    kind = cue.kind if cue is not None else None
    memo = doc.ranked.get((key, kind))
    if memo is not None:
        return memo
    admin = kind in ("admin", "area")
    # near-spellings only where the text itself says a place follows ("مدينة", "محافظة")
    near = kind in STRONG_CUES
    cands = gz.ranked_for_key(key, gz.ids(key), ctx, admin, fuzzy=near, strict=True)
    if not cands:
        doc.ranked[(key, kind)] = ()
        return ()
    if kind == "area" and cands[0].precision == "place":
        up = gz.admin1_of(cands[0], cands[0].score + 0.01)
        cands = [up, *cands] if up else cands
    doc.ranked[(key, kind)] = result = tuple(cands)
    return result


def _unlisted(gz: Gazetteer, doc: _Doc, i: int, ctx: Sequence[str]) -> tuple[int, str] | None:
    """An Arabic word with no exact key right after a settlement/admin noun, in an article about
    some country: worth a transliteration match within it ("بلدة دامبوا" → Damboa, NG)."""
    if not (ctx and doc.arabic[i] and i and len(doc.norms[i]) >= UNLISTED_MIN_CHARS):
        return None
    prev = _cue_forms(doc.norms[i - 1], True, doc.toks[i - 1][2])
    if not any(gz.lexicon.cues_before.get(f) for f in prev):
        return None  # cheap test first: most words follow no cue at all
    cue = _cue(gz, doc, i, 1)
    if cue is None or cue.kind not in STRONG_CUES or len(doc.norms[i]) < UNLISTED_MIN_CHARS:
        return None
    for form in doc.firsts(i)[:2]:
        if form in gz.lexicon.stop or form in gz.lexicon.never:
            return None
        if _ranked(gz, doc, form, cue, ctx):
            return 1, form
    return None


def _place_at(
    gz: Gazetteer, doc: _Doc, i: int, ctx: Sequence[str]
) -> tuple[int, PlaceMention] | None:
    if not doc.upper[i]:
        return None
    hit = doc.place[i] or _unlisted(gz, doc, i, ctx)
    if hit is None:
        return None
    n, key = hit
    cue = _best_cue(gz, doc, i, n)
    if _blocked(gz, doc, i, key, cue is not None and cue.kind in STRONG_CUES):
        return None
    cands = _ranked(gz, doc, key, cue, ctx)
    if not cands or not _accept(cands, key, cue, ctx, doc.arabic[i]):
        return None
    start, end = doc.toks[i][0], doc.toks[i + n - 1][1]
    return n, PlaceMention(start, end, doc.text[start:end], cands, cue.text if cue else None)


# The extractor scans one text for countries and then for places: the tokens, their normal forms
# and their longest keys are the same for both, so the last text's are kept (per thread).
_RECENT = threading.local()


def _doc(text: str, gz: Gazetteer) -> _Doc:
    last: _Doc | None = getattr(_RECENT, "doc", None)
    if last is not None and last.gz is gz and last.text == text:
        return last
    doc = _RECENT.doc = _Doc(text, gz)
    return doc


def scan_places(
    gz: Gazetteer, text: str, language: str, context: Sequence[str]
) -> list[PlaceMention]:
    """Place mentions, left to right, longest match first; see the module docstring."""
    doc = _doc(text, gz)
    in_text = _countries(gz, doc)
    # the caller's ranking first; then countries the text names, then nationalities it mentions
    named = [m.country_code for m in in_text if not m.is_demonym]
    ctx = list(dict.fromkeys([*context, *named, *(m.country_code for m in in_text)]))
    out, i = [], 0
    while i < len(doc.toks):
        found = _place_at(gz, doc, i, ctx)
        if found is None:
            i += 1
            continue
        out.append(found[1])
        i += found[0]
    return out


def _countries(gz: Gazetteer, doc: _Doc) -> list[CountryMention]:
    out, i = [], 0
    while i < len(doc.toks):
        hit = doc.form[i] if doc.upper[i] else None
        form = gz.country_form(hit[1]) if hit else None
        short_word = len(hit[1]) <= 3 and not doc.arabic[i] if hit else False
        if hit is None or form is None or (short_word and not doc.toks[i][2].isupper()):
            i += 1
            continue
        n, (cc, demonym) = hit[0], form
        start, end = doc.toks[i][0], doc.toks[i + n - 1][1]
        name = gz.country_name(cc) or cc
        out.append(CountryMention(start, end, doc.text[start:end], cc, name, demonym))
        i += n
    return out


def scan_countries(gz: Gazetteer, text: str, language: str) -> list[CountryMention]:
    """Country names and demonyms in text (``language`` is informative; script decides)."""
    return _countries(gz, _doc(text, gz))
