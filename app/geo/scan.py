"""Find place and country mentions in running text: token n-grams looked up in the key index.

Each distinct word is analysed once per process (app/geo/scan_text.py), so scanning a text is
mostly one dict lookup per word; n-grams, cues and rankings are only worked out at words that
can begin a name. At such a word the longest
n-gram (up to four tokens) wins; Arabic first words are also tried without their clitics
(و ف ب ل ك ال). A match then has to pass the guards: not a stop-word or cue word (unless a
settlement/admin cue names it), long enough, and either a strong match (a settlement/admin/area
cue, several words, a country, a context country) or a large place (or a sizeable one after a
preposition cue). A one-word name whose every referent is too small and lies outside the
context countries is dropped before anything is ranked.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from app.geo import ranking
from app.geo.lexicon import STRONG_CUES, Cue
from app.geo.scan_countries import countries, weak_countries
from app.geo.scan_cues import BARE_IN_PREFIXES, GIVEN, attached_in, best_cue, cue_before
from app.geo.scan_text import TextDoc, block_level, text_doc
from app.geo.types import Candidate, PlaceMention

if TYPE_CHECKING:
    from app.geo.gazetteer import Gazetteer

UNLISTED_MIN_CHARS = 4
RANKED_CACHE = 100_000
LARGE_PLACE = 100_000
LARGE_PLACE_AR = 1_000_000
CUED_PLACE = 5_000


def _min_population(cue: Cue | None, arabic: bool) -> int:
    """How large a lone word's place must be to count without a strong cue: larger in Arabic,
    where unvowelled common words collide with many aliases; smaller after a preposition."""
    if cue is not None:
        return LARGE_PLACE if arabic else CUED_PLACE
    return LARGE_PLACE_AR if arabic else LARGE_PLACE


def _accept(
    cands: Sequence[Candidate], key: str, cue: Cue | None, context: Sequence[str], arabic: bool
) -> bool:
    """Strong matches pass; a lone word must be a large place or a sizeable one after a cue.
    A town that shares its name with its province ("في درعا") is as large as the province."""
    best = cands[0]
    if (
        (cue is not None and cue.kind in STRONG_CUES)
        or " " in key
        or best.precision == "country"
        or best.country_code in context
    ):
        return True
    least = _min_population(cue, arabic)
    return best.population >= least or any(
        c.precision == "admin1" and c.country_code == best.country_code and c.population >= least
        for c in cands
    )


def _foreign_alias(gz: Gazetteer, key: str, best: Candidate, home: Sequence[str]) -> bool:
    """ "Boni" in an article about Kenya: a word that is no place's own name, only another
    language's name for a town abroad (Bonn), names a place the gazetteer lacks, not that town.
    A city of a million people keeps its foreign names ("Kiev"). ``home``: the countries the
    text's places may lie in (see scan_places); the guard needs some."""
    if not home or best.country_code in home or best.precision != "place":
        return False
    return best.population < LARGE_PLACE_AR and not any(code & 1 for code in gz.ids(key))


def _hopeless(
    gz: Gazetteer, key: str, cue: Cue | None, context: Sequence[str], arabic: bool
) -> bool:
    """No referent of a one-word key could pass _accept() without a strong cue: all too small,
    none a country, none in a context country. Decided before anything is ranked."""
    largest, countries, has_country = _key_reach(gz, key)
    if has_country or largest >= _min_population(cue, arabic):
        return False
    return not any(cc in countries for cc in context)


def _key_reach(gz: Gazetteer, key: str) -> tuple[int, frozenset[str], bool]:
    """Gazetteer.key_reach(), read from its memo first: a compiled dict look-up costs a tenth
    of a call into the (interpreted) gazetteer."""
    found = gz.reach_cache.get(key)
    return found if found is not None else gz.key_reach(key)


def _strong_cue_possible(doc: TextDoc, i: int) -> bool:
    """A settlement/admin cue could stand next to the one word at i."""
    words = doc.words
    return bool(
        (i and words[i - 1].strong_cue)
        or (i > 1 and words[i - 2].cue_head)
        or (i + 1 < len(words) and words[i + 1].cue_after)
    )


def _ranked(
    gz: Gazetteer,
    doc: TextDoc,
    key: str,
    cue: Cue | None,
    ctx: Sequence[str],
    weak: frozenset[str] = frozenset(),
) -> tuple[Candidate, ...]:
    """Ranked candidates for a key under a cue kind, memoised across texts.

    A ranking depends on the key, the cue kind and the context countries; without a strong cue
    only the context countries the key can name (and their places in the context) matter, so
    articles with different contexts share it. ``weak``: the context countries the text
    names only by a demonym (no near spellings there for a name spelt as a town elsewhere).
    """
    kind = cue.kind if cue is not None else None
    near = kind in STRONG_CUES  # near-spellings only where the text says a place follows
    if near:
        memo_key: tuple[object, ...] = (key, kind, tuple(ctx), weak)
    else:
        reach = _key_reach(gz, key)[1]
        # the (place in the context, up to 5, country) pairs of the countries it can name
        ranks = tuple([(min(r, 5), cc) for r, cc in enumerate(ctx) if cc in reach])
        memo_key = (key, kind, ranks)
    cache = gz.ranked_cache
    memo = cache.get(memo_key)
    if memo is not None:
        return memo
    admin = kind in ("admin", "area")
    town = kind == "place"
    cands = ranking.ranked_for_key(
        gz, key, gz.ids(key), ctx, admin, fuzzy=near, strict=True, prefer_town=town, weak=weak
    )
    if cands and kind == "area" and cands[0].precision == "place":
        up = gz.admin1_of(cands[0], cands[0].score + 0.01)
        cands = [up, *cands] if up else cands
    if len(cache) >= RANKED_CACHE:
        cache.clear()
    cache[memo_key] = result = tuple(cands)
    return result


def _unlisted(gz: Gazetteer, doc: TextDoc, i: int, ctx: Sequence[str]) -> tuple[int, str] | None:
    """An Arabic word with no exact key right after a settlement/admin noun, in an article about
    some country: worth a transliteration match within it ("بلدة دامبوا" → Damboa, NG)."""
    word, words = doc.words[i], doc.words
    if not (ctx and word.arabic and i and words[i - 1].cue):
        return None  # cheap tests first: most words follow no cue at all
    if not (words[i - 1].strong_cue or (i > 1 and words[i - 2].cue_head)):
        return None  # only a preposition or direction word before it
    cue = cue_before(gz, doc, i, 1)
    if cue is None or cue.kind not in STRONG_CUES or len(word.norm) < UNLISTED_MIN_CHARS:
        return None
    if word.form is not None:
        return None  # a demonym ("منطقة باكستانية"), not a misspelt town; nor its peeled forms
    for form in word.firsts[:2]:
        if form in gz.lexicon.stop or form in gz.lexicon.never:
            return None
        if _ranked(gz, doc, form, cue, ctx):
            return 1, form
    return None


def _place_at(
    gz: Gazetteer,
    doc: TextDoc,
    i: int,
    ctx: Sequence[str],
    hit: tuple[int, str],
    weak: frozenset[str] = frozenset(),
    cued: Collection[int] = (),
    home: Sequence[str] = (),
) -> tuple[int, PlaceMention] | None:
    """The place mention starting at word i, given the longest key found there (``hit``;
    ``home``: the countries the foreign-alias guard compares with)."""
    if not doc.upper(i):
        return None
    word = doc.words[i]
    # its own key: block level precomputed. Compared by value: compiled, ``hit`` is an unboxed
    # (int, str) pair boxed again for the comparison, so an identity test would never hold
    own = hit == word.place
    n, key = hit
    cue = best_cue(gz, doc, i, n) or (attached_in(word.norm, key) if word.arabic else None)
    if cue is None and cued and doc.starts[i] in cued:
        cue = GIVEN
    strong = cue is not None and cue.kind in STRONG_CUES
    level = word.lone if own else block_level(gz, key, word.firsts[0])
    if level == 2 or (level == 1 and not strong):
        return None
    if n == 1 and ((word.verb and cue is None) or (not own and word.common > int(strong))):
        return None  # a verb's shape alone ("يشير"); an ordinary word read by a peeled form
    arabic = word.arabic
    if not strong and " " not in key and _hopeless(gz, key, cue, ctx, arabic):
        return None
    cands = _ranked(gz, doc, key, cue, ctx, weak)
    if not cands or not _accept(cands, key, cue, ctx, arabic):
        return None
    if not arabic and " " not in key and _foreign_alias(gz, key, cands[0], home):
        return None
    if cue is None and arabic:
        cue = attached_in(word.norm, key, BARE_IN_PREFIXES)
    start, end = doc.starts[i], doc.end(i + n - 1)
    cue_text = cue.text if cue else None
    # tuple.__new__ builds the named tuple in C, without its generated Python-level __new__
    return n, tuple.__new__(PlaceMention, (start, end, doc.text[start:end], cands, cue_text))


def scan_places(
    gz: Gazetteer,
    text: str,
    language: str,
    context: Sequence[str],
    cued: Collection[int] = (),
    starts: Sequence[int] = (),
    ends: Sequence[int] = (),
    home: Sequence[str] | None = None,
) -> list[PlaceMention]:
    """Place mentions, left to right, longest match first; see the module docstring.

    ``cued``: offsets of words the caller found a cue before, read as after a preposition;
    ``starts``, ``ends``: the offsets of the text's runs of word characters if the caller has
    them (scan_words.word_starts, token_words); ``home``: the countries a place named by
    another language's alias must lie in (_foreign_alias), if the caller knows them better
    than every country the text names: an army's nationality ("Israeli airstrikes on
    Jabalia", "the US military struck Hodeidah") says who fought, not where.
    """
    doc = text_doc(text, gz, starts, ends)
    in_text = countries(gz, doc)
    # the caller's ranking first; then countries the text names, then nationalities it mentions
    named = [m.country_code for m in in_text if not m.is_demonym]
    ctx = list(dict.fromkeys([*context, *named, *(m.country_code for m in in_text)]))
    weak = weak_countries(doc, in_text, named)
    guard = ctx if home is None else home
    words, out, free = doc.words, [], 0
    # a name can only start at a word with a key, or (Arabic) right after a cue (_unlisted);
    # cues are few, so the words after them are picked from the cues' positions
    opening = doc.may_place
    after_cue = set(doc.after_cue) if ctx else set()
    unlisted = [i for i in after_cue if i < doc.n and words[i].arabic and not words[i].may_place]
    if unlisted:
        opening = sorted([*opening, *unlisted])
    for i in opening:
        if i < free:
            continue  # inside the last name found
        word = words[i]
        # a word that begins no multi-word key has only its own key (longest() would say so)
        hit = doc.longest(i)[0] if word.starters else word.place
        if hit is None and word.arabic and i in after_cue:
            hit = _unlisted(gz, doc, i, ctx)  # an unlisted name after a settlement noun
        if hit is None:
            continue  # begins no name here after all (the next word does not continue it)
        if hit[0] == 1 and word.lone and (word.lone == 2 or not _strong_cue_possible(doc, i)):
            continue  # a common word alone, with no settlement/admin cue around it
        found = _place_at(gz, doc, i, ctx, hit, weak, cued, guard)
        if found is not None:
            out.append(found[1])
            free = i + found[0]
    return out
