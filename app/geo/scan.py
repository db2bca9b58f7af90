"""Find place and country mentions in running text: token n-grams looked up in the key index.

Each distinct word is analysed once per process (its normal form, the forms it takes as the first
word of a name, whether it begins a multi-word name, its one-word keys, whether it is a cue) and
memoised on the gazetteer, so scanning a text is mostly one dict lookup per word; n-grams, cues
and rankings are only worked out at words that can begin a name. At such a word the longest
n-gram (up to four tokens) wins; Arabic first words are also tried without their clitics
(و ف ب ل ك ال). A match then has to pass the guards: not a stop-word or cue word (unless a
settlement/admin cue names it), long enough, and either a strong match (a settlement/admin/area
cue, several words, a country, a context country) or a large place (or a sizeable one after a
preposition cue). A one-word name whose every referent is too small and lies outside the
context countries is dropped before anything is ranked.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from app.geo.lexicon import Cue
from app.geo.normalize import arabic_clitic_variants, is_arabic, norm_token, tokens
from app.geo.types import Candidate, CountryMention, PlaceMention

if TYPE_CHECKING:
    from app.geo.gazetteer import Gazetteer

MAX_NGRAM = 4
UNLISTED_MIN_CHARS = 4
WORD_CACHE = 100_000
RANKED_CACHE = 100_000
MIN_KEY_CHARS = 3
LARGE_PLACE = 100_000
LARGE_PLACE_AR = 1_000_000
CUED_PLACE = 5_000
STRONG_CUES = frozenset({"place", "admin", "area"})
ARTICLE_TOKENS = frozenset({"al", "el"})

Hit = tuple[int, str] | None


class _Word(NamedTuple):
    """What the scanner needs to know about one written word, whatever text it appears in."""

    norm: str
    arabic: bool
    upper: bool | None  # may begin a name; None for a Latin article (decided by what follows)
    firsts: tuple[str, ...]  # forms it may take as the first word of a name
    starters: tuple[str, ...]  # those forms that begin some multi-word key
    place: Hit  # one-word place key
    form: Hit  # one-word country name/demonym key
    cue_forms: tuple[str, ...]  # forms it may take as a cue word ("وفي" → "في")
    cue: bool  # one of cue_forms is a one-word cue that stands before names
    strong_cue: bool  # one of cue_forms is a one-word settlement/admin/area cue
    cue_head: bool  # one of cue_forms begins a two-word cue that stands before names
    cue_after: bool  # a cue that stands after names ("state", "province")
    may_place: bool  # a place name may start here (capitalised or Arabic, with some key)
    may_form: bool  # a country name or demonym may start here
    seconds: frozenset[str]  # words that may follow it in a multi-word name (article aside)
    lone: int  # _block_level() of its one-word place key (0 when it has none)


def _word(gz: Gazetteer, raw: str) -> _Word:
    """Analyse one raw token (memoised on the gazetteer, bounded)."""
    cache = gz.word_cache
    found: _Word | None = cache.get(raw)
    if found is not None:
        return found
    norm = norm_token(raw)
    arabic = is_arabic(raw)
    firsts = arabic_clitic_variants(norm) if arabic else (norm,)
    if arabic or ("A" <= raw[0] <= "Z" and norm != "al"):
        upper: bool | None = True
    else:
        upper = None if norm == "al" else raw[:1].isupper()
    cue_forms = _cue_forms(norm, arabic, raw)
    lex = gz.lexicon
    starters = tuple(f for f in firsts if f == "al" or f in gz.multi_first)
    place = next(((1, f) for f in firsts if f != "al" and f in gz.key_index), None)
    form = next(((1, f) for f in firsts if f != "al" and f in gz.forms), None)
    found = _Word(
        norm,
        arabic,
        upper,
        firsts,
        starters,
        place,
        form,
        cue_forms,
        any(f in lex.cues_before for f in cue_forms),
        any(f in lex.cues_before and lex.cues_before[f].kind in STRONG_CUES for f in cue_forms),
        any(f in lex.cue_heads for f in cue_forms),
        raw.lower() in lex.cues_after,
        upper is not False and bool(place or starters),
        upper is not False and bool(form or starters),
        frozenset().union(*(gz.second_words(f) for f in starters if f != "al")),
        _block_level(gz, place[1], firsts[0]) if place else 0,
    )
    if len(cache) >= WORD_CACHE:
        cache.clear()
    cache[raw] = found
    return found


def _cue_forms(token: str, arabic: bool, raw: str) -> tuple[str, ...]:
    """Forms a word may take as a cue: itself first, then with clitics peeled ("وفي" → "في")."""
    if not arabic:
        return (raw.lower(),)
    forms = arabic_clitic_variants(token)
    if token[:1] in "وف" and len(token) > 2 and token[1:] not in forms:
        forms = (*forms, token[1:])
    return forms


class _Doc:
    """One text: its tokens and their word analyses; n-grams and rankings worked out on demand."""

    def __init__(self, text: str, gz: Gazetteer) -> None:
        self.text = text
        self.gz = gz
        self.toks = tokens(text)
        cache = gz.word_cache
        self.words: list[_Word] = [cache.get(t) or _word(gz, t) for _, _, t in self.toks]
        self._longest: dict[int, tuple[Hit, Hit]] = {}
        self.countries: list[CountryMention] | None = None

    def join(self, i: int) -> bool:
        """Tokens i and i+1 belong to one phrase: only a space or hyphen (or an initial's
        full stop) between them."""
        (_, end, raw), (start, _, _) = self.toks[i], self.toks[i + 1]
        if end + 1 == start and self.text[end] in " -":
            return True
        gap = self.text[end:start].strip()
        return gap in ("", "-") or (gap == "." and len(raw) == 1)

    def upper(self, i: int) -> bool:
        """Latin names must be capitalised; an article may lead a capitalised name."""
        upper = self.words[i].upper
        if upper is not None:
            return upper
        raw = self.toks[i][2]
        if i + 1 < len(self.toks) and self.join(i):
            return raw.lower() in ARTICLE_TOKENS or self.text[self.toks[i][1]] == "-"
        return raw[:1].isupper()

    def _may_extend(self, i: int, word: _Word) -> bool:
        """Whether the next word could continue a name begun at i (decided without building
        any n-gram: most words that begin some name are not followed by its second word)."""
        if i + 1 >= len(self.toks):
            return False
        nxt = self.words[i + 1]
        if nxt.norm in word.seconds:
            return True
        return "al" in word.starters and bool(nxt.place or nxt.form or nxt.starters)

    def longest(self, i: int) -> tuple[Hit, Hit]:
        """The longest place key and country-form key starting at token i.

        Only first words that begin some multi-word key start n-grams longer than one token,
        and only while the first two words begin one; a leading Latin article is dropped, as
        normalize_key() drops it.
        """
        found = self._longest.get(i)
        if found is not None:
            return found
        word = self.words[i]
        place, form = word.place, word.form
        if word.starters and not self._may_extend(i, word):
            self._longest[i] = found = (place, form)
            return found
        gz, last = self.gz, min(i + MAX_NGRAM, len(self.toks))
        for first in word.starters:
            parts = [] if first == "al" else [first]
            for k in range(i + 1, last):
                if not self.join(k - 1):
                    break
                parts.append(self.words[k].norm)
                key = " ".join(parts)
                if len(parts) == 2 and key not in gz.multi_prefix:
                    break
                n = k - i + 1
                if key in gz.key_index and (place is None or place[0] < n):
                    place = (n, key)
                if key in gz.forms and (form is None or form[0] < n):
                    form = (n, key)
        self._longest[i] = found = (place, form)
        return found


def _cue(gz: Gazetteer, doc: _Doc, i: int, n: int) -> Cue | None:
    """The cue one or two words before the n-gram at i, if any."""
    before = gz.lexicon.cues_before
    for width in (2, 1):
        j = i - width
        if j < 0 or not all(doc.join(k) for k in range(j, i)):
            continue
        words = doc.words[j:i]
        rest = " ".join(w.cue_forms[0] for w in words[1:])
        for first in words[0].cue_forms:
            cue = before.get(f"{first} {rest}".strip())
            if cue:
                return cue
    return None


def _cue_after(gz: Gazetteer, doc: _Doc, i: int, n: int) -> Cue | None:
    k = i + n
    if k < len(doc.toks) and doc.join(k - 1):
        return gz.lexicon.cues_after.get(doc.toks[k][2].lower())
    return None


def _best_cue(gz: Gazetteer, doc: _Doc, i: int, n: int) -> Cue | None:
    """A settlement/admin word after the name ("Zamfara state") beats a preposition before it."""
    words = doc.words
    if not (
        (i and words[i - 1].cue)
        or (i > 1 and words[i - 2].cue_head)
        or (i + n < len(words) and words[i + n].cue_after)
    ):
        return None  # no word around could be a cue: the common case
    before, after = _cue(gz, doc, i, n), _cue_after(gz, doc, i, n)
    if after is not None and (before is None or before.kind in ("prep", "direction")):
        return after
    return before


def _min_population(cue: Cue | None, arabic: bool) -> int:
    """How large a lone word's place must be to count without a strong cue: larger in Arabic,
    where unvowelled common words collide with many aliases; smaller after a preposition."""
    if cue is not None:
        return LARGE_PLACE if arabic else CUED_PLACE
    return LARGE_PLACE_AR if arabic else LARGE_PLACE


def _accept(
    cands: Sequence[Candidate], key: str, cue: Cue | None, context: Sequence[str], arabic: bool
) -> bool:
    """Strong matches pass; a lone word must be a large place or a sizeable one after a cue."""
    best = cands[0]
    if (
        (cue is not None and cue.kind in STRONG_CUES)
        or " " in key
        or best.precision == "country"
        or best.country_code in context
    ):
        return True
    return best.population >= _min_population(cue, arabic)


def _hopeless(
    gz: Gazetteer, key: str, cue: Cue | None, context: Sequence[str], arabic: bool
) -> bool:
    """No referent of a one-word key could pass _accept() without a strong cue: all too small,
    none a country, none in a context country. Decided before anything is ranked."""
    largest, countries, has_country = gz.key_reach(key)
    if has_country or largest >= _min_population(cue, arabic):
        return False
    return not any(cc in countries for cc in context)


def _block_level(gz: Gazetteer, key: str, first: str) -> int:
    """2: never a place (too short, a cue word, a demonym); 1: a common word, a place only
    right after a settlement/admin cue; 0: free. ``first`` is the word as written, so that a
    name made only by peeling a clitic is judged too ("وكالة" is not و + a place "كالة")."""
    lex = gz.lexicon
    words = {key, first} if " " not in key else {key}
    if len(key.replace(" ", "")) < MIN_KEY_CHARS or words & lex.never:
        return 2
    form = gz.country_form(key)
    if form is not None and form[1]:
        return 2  # a demonym ("Somali", "Yemeni") is an actor's nationality, not a place
    return 1 if words & lex.stop else 0


def _blocked(gz: Gazetteer, doc: _Doc, i: int, key: str, strong_cue: bool) -> bool:
    level = _block_level(gz, key, doc.words[i].firsts[0])
    return level == 2 or (level == 1 and not strong_cue)


def _strong_cue_possible(doc: _Doc, i: int) -> bool:
    """A settlement/admin cue could stand next to the one word at i."""
    words = doc.words
    return bool(
        (i and words[i - 1].strong_cue)
        or (i > 1 and words[i - 2].cue_head)
        or (i + 1 < len(words) and words[i + 1].cue_after)
    )


def _ranked(
    gz: Gazetteer, doc: _Doc, key: str, cue: Cue | None, ctx: Sequence[str]
) -> tuple[Candidate, ...]:
    """Ranked candidates for a key under a cue kind, memoised across texts.

    A ranking depends on the key, the cue kind and the context countries; without a strong cue
    only the context countries the key can name (and their places in the context) matter, so
    articles with different contexts share it.
    """
    kind = cue.kind if cue is not None else None
    near = kind in STRONG_CUES  # near-spellings only where the text says a place follows
    if near:
        memo_key: tuple[object, ...] = (key, kind, tuple(ctx))
    else:
        reach = gz.key_reach(key)[1]
        memo_key = (key, kind, tuple((min(i, 5), c) for i, c in enumerate(ctx) if c in reach))
    cache = gz.ranked_cache
    memo = cache.get(memo_key)
    if memo is not None:
        return memo
    admin = kind in ("admin", "area")
    cands = gz.ranked_for_key(key, gz.ids(key), ctx, admin, fuzzy=near, strict=True)
    if cands and kind == "area" and cands[0].precision == "place":
        up = gz.admin1_of(cands[0], cands[0].score + 0.01)
        cands = [up, *cands] if up else cands
    if len(cache) >= RANKED_CACHE:
        cache.clear()
    cache[memo_key] = result = tuple(cands)
    return result


def _unlisted(gz: Gazetteer, doc: _Doc, i: int, ctx: Sequence[str]) -> tuple[int, str] | None:
    """An Arabic word with no exact key right after a settlement/admin noun, in an article about
    some country: worth a transliteration match within it ("بلدة دامبوا" → Damboa, NG)."""
    word, words = doc.words[i], doc.words
    if not (ctx and word.arabic and i and words[i - 1].cue):
        return None  # cheap tests first: most words follow no cue at all
    if not (words[i - 1].strong_cue or (i > 1 and words[i - 2].cue_head)):
        return None  # only a preposition or direction word before it
    cue = _cue(gz, doc, i, 1)
    if cue is None or cue.kind not in STRONG_CUES or len(word.norm) < UNLISTED_MIN_CHARS:
        return None
    for form in word.firsts[:2]:
        if form in gz.lexicon.stop or form in gz.lexicon.never:
            return None
        if _ranked(gz, doc, form, cue, ctx):
            return 1, form
    return None


def _place_at(
    gz: Gazetteer, doc: _Doc, i: int, ctx: Sequence[str]
) -> tuple[int, PlaceMention] | None:
    if not doc.upper(i):
        return None
    hit = doc.longest(i)[0] or _unlisted(gz, doc, i, ctx)
    if hit is None:
        return None
    n, key = hit
    cue = _best_cue(gz, doc, i, n)
    strong = cue is not None and cue.kind in STRONG_CUES
    if _blocked(gz, doc, i, key, strong):
        return None
    arabic = doc.words[i].arabic
    if not strong and " " not in key and _hopeless(gz, key, cue, ctx, arabic):
        return None
    cands = _ranked(gz, doc, key, cue, ctx)
    if not cands or not _accept(cands, key, cue, ctx, arabic):
        return None
    start, end = doc.toks[i][0], doc.toks[i + n - 1][1]
    return n, PlaceMention(start, end, doc.text[start:end], cands, cue.text if cue else None)


# The extractor scans one text for countries and then for places: the tokens and their analyses
# are the same for both, so the last text's are kept (per thread).
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
    words, out, free = doc.words, [], 0
    # a name can only start at a word with a key, or right after a cue (_unlisted)
    after_cue = [False, *(w.cue for w in words)] if ctx else [False] * (len(words) + 1)
    starts = [i for i, w in enumerate(words) if w.may_place or (w.arabic and after_cue[i])]
    for i in starts:
        if i < free:
            continue  # inside the last name found
        hit, word = doc.longest(i)[0], words[i]
        if hit is None and not (word.arabic and after_cue[i]):
            continue  # begins no name here after all (the next word does not continue it)
        if (
            hit
            and hit[0] == 1
            and word.lone
            and (word.lone == 2 or not _strong_cue_possible(doc, i))
        ):
            continue  # a common word alone, with no settlement/admin cue around it
        found = _place_at(gz, doc, i, ctx)
        if found is not None:
            out.append(found[1])
            free = i + found[0]
    return out


def _countries(gz: Gazetteer, doc: _Doc) -> list[CountryMention]:
    if doc.countries is None:
        doc.countries = _find_countries(gz, doc)
    return doc.countries


def _find_countries(gz: Gazetteer, doc: _Doc) -> list[CountryMention]:
    out, free, words = [], 0, doc.words
    for i in [i for i, w in enumerate(words) if w.may_form]:
        if i < free or not doc.upper(i):
            continue
        hit = doc.longest(i)[1]
        form = gz.country_form(hit[1]) if hit else None
        if hit is None or form is None:
            continue
        if len(hit[1]) <= 3 and not words[i].arabic and not doc.toks[i][2].isupper():
            continue  # a short Latin form counts only in capitals ("US", not "Us")
        n, (cc, demonym) = hit[0], form
        start, end = doc.toks[i][0], doc.toks[i + n - 1][1]
        name = gz.country_name(cc) or cc
        out.append(CountryMention(start, end, doc.text[start:end], cc, name, demonym))
        free = i + n
    return out


def scan_countries(gz: Gazetteer, text: str, language: str) -> list[CountryMention]:
    """Country names and demonyms in text (``language`` is informative; script decides)."""
    return list(_countries(gz, _doc(text, gz)))
