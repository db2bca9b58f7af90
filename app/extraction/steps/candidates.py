"""Which gazetteer reading of a scanned place name to believe, and in which country.

The scanner offers every entry a word can name; these tests keep a reading only where the text
supports it (a cue, the article's countries, a name that is not part of a longer one) and rank
the entries of a name shared by several countries by the article's context.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.extraction.doc import Doc
from app.extraction.geo import CandidateLike, PlaceMentionLike
from app.extraction.steps.place_names import Nouns
from app.extraction.text import normalise

TOWN = 20_000  # population below which a bare word is not taken for a place without a cue
ANY_CUE = "*"  # in strict_places: any location cue will do
BIG_CITY = 1_000_000  # needs no cue where any cue will do ("a bomb hit a Karachi port")
LARGE = 1_000_000  # population from which a lone word before another capitalised word is a place
HYPHEN_LARGE = 500_000  # ... and joined to it by a hyphen ("Chihuahua-Parral road")
UNMISTAKABLE = 100_000  # people of a city whose name alone says which country it is in
TITLE_WORD, TITLE_MIN, TITLE_SHARE = 3, 3, 0.7  # a title: most words of four letters or more


def title_case(doc: Doc, n: int, seen: dict[int, bool]) -> bool:
    """Whether sentence ``n`` is written in title case ("Gunmen Kill 5 In Maiduguri Attack"),
    where a capitalised word after a place's name says nothing about the name (memo: seen)."""
    if n not in seen:
        sentence = doc.sentences[n]
        words = [doc.text[t.start : t.end] for t in doc.tokens[sentence.first : sentence.last]]
        long = [w for w in words if len(w) > TITLE_WORD and w.isalpha()]
        upper = sum(w[0].isupper() for w in long)
        seen[n] = len(long) >= TITLE_MIN and upper >= TITLE_SHARE * len(long)
    return seen[n]


def name_fragment(
    text: str, mention: PlaceMentionLike, cand: CandidateLike, bounds: dict[int, str], nouns: Nouns
) -> bool:
    """A place name that is only part of a longer capitalised name the gazetteer lacks: a hyphen
    half ("Mayo-Sava" is not Saveh, Iran) or a place's name followed by a person's or a
    village's ("Ariana Grande", "Ana María González", "Baba Wali", "Sidi Faraj"). Not when the
    other word is a place of the same country (``bounds``: edges of place mentions → their
    country; "Kabul-Jalalabad road"), a settlement or facility noun ("Kandahar Airfield") or
    the mention's cue."""
    if cand.precision != "place":
        return False  # an admin unit is rarely part of a person's name
    after, before = text[mention.end : mention.end + 2], text[max(mention.start - 1, 0)]
    if not (after[:1] in (" ", "-") and after[1:].isupper()) and before != "-":
        return False  # most mentions: no capitalised word right after, no hyphen before
    for step in (1,) if " " in mention.text else (-1, 1):
        sep, word, edge = _neighbour(text, mention.start if step < 0 else mention.end, step)
        low = word.lower()
        if not word[:1].isupper() or bounds.get(edge) == cand.country_code:
            continue
        if sep == "-" and low not in nouns.articles and cand.population < HYPHEN_LARGE:
            return True
        named = low in nouns or low in nouns.facilities or low in nouns.institutions
        named = named or low == (mention.cue or "").lower()
        if sep == " " and step > 0 and not named and cand.population < LARGE:
            return True
        listed = low in nouns or low in nouns.facilities or low in nouns.institutions
        if sep == " " and step < 0 and not listed and cand.population < LARGE:
            # inside a run of capitalised words ("the Central Reserve Police Force": a direction
            # word written capitalised mid-sentence is part of the name, not the place's cue),
            # unless the word before only starts the sentence
            inside = after[:1] == " " and after[1:].isupper()
            if inside and text[:edge].rstrip()[-1:] not in ("", ".", "!", "?", ":", "\n"):
                return True
    return False


def _neighbour(text: str, at: int, step: int) -> tuple[str, str, int]:
    """(separator, word, where the word's far edge is) next to offset ``at`` in direction ``step``."""
    sep_at = at if step > 0 else at - 1
    if not 0 <= sep_at < len(text) or text[sep_at] not in " -":
        return "", "", -1
    i = sep_at + step
    while 0 <= i < len(text) and (text[i].isalpha() or text[i] in "'’"):
        i += step
    word = text[sep_at + 1 : i] if step > 0 else text[i + 1 : sep_at]
    edge = sep_at + 1 if step > 0 else sep_at
    return text[sep_at], word, edge


def trusted(
    cue: str | None, cand: CandidateLike, named: set[str], strong: frozenset[str], by_name: set[str]
) -> bool:
    """Whether a place found without context is believable (see ``places``).

    Where any cue will do (English), a nationality alone ("Russian airstrikes target Idlib") is
    no country context: it often names foreign forces. Where settlement nouns are needed
    (Arabic), it still is: there, unvowelled words read as foreign places too easily ("«الشرق
    الأوسط»", a newspaper), and event detection leans on a precise place; but a city of a
    million people or more after any cue is believed in both ("a Russian strike on Kharkiv",
    "غارة إسرائيلية على مبنى في دمشق")."""
    if cand.precision == "country":
        return True
    if cand.country_code in named:
        # a small place known only by a bare word ("طريقها" → Teya) needs a cue even at home
        return cue is not None or cand.precision != "place" or cand.population >= TOWN
    lenient = ANY_CUE in strong
    # a city of a million, with some cue, is believable anywhere ("غارة إسرائيلية في دمشق")
    big = cand.population >= BIG_CITY and (lenient or cand.precision == "place")
    if not (by_name if lenient else named) or big:
        return cue is not None or lenient
    return cue is not None and (lenient or normalise(cue) in strong)


def unmistakable(
    scanned: Sequence[PlaceMentionLike], nouns: frozenset[str] | None = None
) -> list[str]:
    """Countries of the places an article names that can only be in one country: the best
    candidate is an admin unit or a city of UNMISTAKABLE people or more, and no candidate of
    another country comes near it (a tenth of its people); after those, the countries of the
    towns the text names with their settlement noun (``nouns``: the language's strict cues,
    "بلدة سراقب") that the gazetteer knows in one country only, however small; not where any
    cue will do ("at Zahraa" is no town's noun)."""
    found: list[str] = []
    named: list[str] = []
    for mention in scanned:
        if not mention.candidates:
            continue
        best = mention.candidates[0]
        size = best.population
        if best.precision == "country":
            continue
        if best.precision == "place" and size < UNMISTAKABLE:
            if _one_country(mention, nouns) and best.country_code not in named:
                named.append(best.country_code)
            continue
        rivals = (c for c in mention.candidates if c.country_code != best.country_code)
        if all(c.population * 10 < size for c in rivals) and best.country_code not in found:
            found.append(best.country_code)
    return found + [code for code in named if code not in found]


def _one_country(mention: PlaceMentionLike, nouns: frozenset[str] | None) -> bool:
    """Whether the mention follows one of ``nouns`` and has candidates of one country only."""
    cue, code = mention.cue, mention.candidates[0].country_code
    if cue is None or not nouns or ANY_CUE in nouns or normalise(cue) not in nouns:
        return False
    return all(c.country_code == code for c in mention.candidates)


def choose(candidates: Sequence[CandidateLike], context: Sequence[str]) -> CandidateLike:
    """Prefer the best-ranked candidate in one of the article's countries."""
    for cand in candidates:
        if cand.country_code in context[:3]:
            return cand
    return candidates[0]
