"""What the place scanner knows about a text: its words, analysed once per process, and the
longest names that may start at each of them.

A written word's analysis (normal form, the forms it takes as the first word of a name, whether
it begins a multi-word name and which words may follow it, its one-word keys, whether it is a
cue or a common word) is memoised on the gazetteer, so reading a text is mostly one dict lookup
per word; n-grams are built only where the next word can continue a name.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from app.geo.lexicon import STRONG_CUES
from app.geo.normalize import arabic_clitic_variants, is_arabic, norm_token
from app.geo.scan_words import words_of
from app.geo.types import CountryMention

if TYPE_CHECKING:
    from app.geo.gazetteer import Gazetteer

MAX_NGRAM = 4
WORD_CACHE = 100_000
MIN_KEY_CHARS = 3
ARTICLE_TOKENS = frozenset({"al", "el"})
Hit = tuple[int, str] | None


class Word(NamedTuple):
    """What the scanner needs to know about one written word, whatever text it appears in."""

    norm: str
    arabic: bool
    upper: bool | None  # may begin a name; None for a Latin article (decided by what follows)
    firsts: tuple[str, ...]  # forms it may take as the first word of a name
    starters: tuple[str, ...]  # those forms that begin some multi-word key
    form_starters: tuple[str, ...]  # those that may begin a multi-word country name/demonym
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
    lone: int  # block_level() of its one-word place key (0 when it has none), or its common level
    common: int  # an ordinary word as written (lexicon.common): 1 cue-only, 2 never
    verb: bool  # its one-word place key has a verb's shape: a place only after some cue
    definite: bool  # Arabic, written with the article (after و ف ب ل ك): "المدينة", "بالمنطقة"


def analyse(gz: Gazetteer, raw: str) -> Word:
    """Analyse one raw token (memoised on the gazetteer, bounded)."""
    cache = gz.word_cache
    found: Word | None = cache.get(raw)
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
    form_starters = tuple(f for f in starters if f == "al" or f in gz.form_first)
    place = next(((1, f) for f in firsts if f != "al" and f in gz.key_index), None)
    form = next(((1, f) for f in firsts if f != "al" and f in gz.forms), None)
    written = _written_forms(norm) if arabic else (norm,)
    common = max((lex.common.get(f, 0) for f in written), default=0)
    found = Word(
        norm,
        arabic,
        upper,
        firsts,
        starters,
        form_starters,
        place,
        form,
        cue_forms,
        any(f in lex.cues_before for f in cue_forms),
        any(f in lex.cues_before and lex.cues_before[f].kind in STRONG_CUES for f in cue_forms),
        any(f in lex.cue_heads for f in cue_forms),
        raw.lower() in lex.cues_after,
        upper is not False and bool(place or starters),
        upper is not False and bool(form or form_starters),
        frozenset().union(*(gz.second_words(f) for f in starters if f != "al")),
        max(block_level(gz, place[1], firsts[0]), common) if place else 0,
        common,
        bool(place and lex.verb_like.fullmatch(place[1])),
        arabic and any(f.startswith("ال") for f in written),
    )
    if len(cache) >= WORD_CACHE:
        cache.clear()
    cache[raw] = found
    return found


def _written_forms(token: str) -> tuple[str, ...]:
    """A normalised Arabic word as written and with و/ف, then ب/ك/ل peeled, the article kept
    ("وبالمدينه" → "بالمدينه", "المدينه"; "للمدينه" → "المدينه")."""
    out = [token]
    rest = token[1:] if token[:1] in "وف" and len(token) > 3 else token
    if rest != token:
        out.append(rest)
    if rest[:1] in "بكل" and len(rest) > 3:
        stem = rest[1:]
        out.append("ا" + stem if rest[0] == "ل" and stem.startswith("ل") else stem)
    return tuple(out)


def _cue_forms(token: str, arabic: bool, raw: str) -> tuple[str, ...]:
    """Forms a word may take as a cue: itself first, then with clitics peeled ("وفي" → "في")."""
    if not arabic:
        # cue keys are normalised like names ("retook" → "retok", "across" → "acros"): the
        # word's own form first, then that one
        lower = raw.lower()
        return (lower,) if token == lower else (lower, token)
    forms = arabic_clitic_variants(token)
    if token[:1] in "وف" and len(token) > 2 and token[1:] not in forms:
        forms = (*forms, token[1:])
    return forms


class TextDoc:
    """One text: its words and their analyses; n-grams and rankings worked out on demand."""

    def __init__(
        self, text: str, gz: Gazetteer, known: Sequence[int] = (), ends: Sequence[int] = ()
    ) -> None:
        self.text = text
        self.gz = gz
        self.starts, self.raws = words_of(text, known, ends)
        self.n = len(self.raws)
        cache = gz.word_cache
        try:  # every word seen before (the common case): one C-level pass; itemgetter looks
            # each up without map()'s call of a bound method per word (a sixth less)
            found = itemgetter(*self.raws)(cache) if self.n > 1 else None
            self.words: list[Word] = list(found) if found else [cache[t] for t in self.raws]
        except KeyError:
            self.words = [cache.get(t) or analyse(gz, t) for t in self.raws]
        self._longest: dict[int, tuple[Hit, Hit]] = {}
        self.countries: list[CountryMention] | None = None
        self.may_place, self.may_form, self.after_cue = _openings(self.words)

    def end(self, i: int) -> int:
        """The end offset of word i."""
        return self.starts[i] + len(self.raws[i])

    def join(self, i: int) -> bool:
        """Words i and i+1 belong to one phrase: only a space or hyphen (or an initial's
        full stop) between them."""
        end, start = self.starts[i] + len(self.raws[i]), self.starts[i + 1]
        if end + 1 == start and self.text[end] in " -":
            return True
        gap = self.text[end:start].strip()
        return gap in ("", "-") or (gap == "." and len(self.raws[i]) == 1)

    def upper(self, i: int) -> bool:
        """Latin names must be capitalised; an article may lead a capitalised name."""
        upper = self.words[i].upper
        if upper is not None:
            return upper
        raw = self.raws[i]
        if i + 1 < self.n and self.join(i):
            return raw.lower() in ARTICLE_TOKENS or self.text[self.end(i)] == "-"
        return raw[:1].isupper()

    def _may_extend(self, i: int, word: Word) -> bool:
        """Whether the next word could continue a name begun at i (decided without building
        any n-gram: most words that begin some name are not followed by its second word)."""
        if i + 1 >= self.n:
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
        word = self.words[i]
        place, form = word.place, word.form
        if not self._may_extend(i, word):
            return place, form  # the common case: decided without the memo
        found = self._longest.get(i)
        if found is not None:
            return found
        gz, last = self.gz, min(i + MAX_NGRAM, self.n)
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


def _openings(words: list[Word]) -> tuple[list[int], list[int], list[int]]:
    """The indices of the words a place name may start at, of those a country name or
    demonym may start at, and of the words right after a cue word. One loop: compiled, it
    reads the named tuples' fields directly, several times cheaper than a C-level
    map(attrgetter) pass per list."""
    places: list[int] = []
    forms: list[int] = []
    after: list[int] = []
    for i, word in enumerate(words):
        if word.may_place:
            places.append(i)
        if word.may_form:
            forms.append(i)
        if word.cue:
            after.append(i + 1)
    return places, forms, after


def block_level(gz: Gazetteer, key: str, first: str) -> int:
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


# The extractor scans one text for countries and then for places: the tokens and their analyses
# are the same for both, so the last text's are kept (per thread).
_RECENT = threading.local()


def text_doc(
    text: str, gz: Gazetteer, known: Sequence[int] = (), ends: Sequence[int] = ()
) -> TextDoc:
    """The TextDoc of ``text``: this thread's last one when it was for the same text
    (``known``: its word offsets, see word_starts; with ``ends``, see token_words)."""
    last: TextDoc | None = getattr(_RECENT, "doc", None)
    if last is not None and last.gz is gz and last.text == text:
        return last
    doc = _RECENT.doc = TextDoc(text, gz, known, ends)
    return doc
