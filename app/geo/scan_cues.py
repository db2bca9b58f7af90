"""The cue words around a name the place scanner found: a settlement, admin or area noun, a
preposition or a direction before it ("مدينة الموصل", "in"), a unit after it ("Zamfara
state"), or "in" written onto an Arabic name ("بالقاهرة"). A cue decides how sure a name is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.geo.lexicon import STRONG_CUES, Cue
from app.geo.scan_text import TextDoc

if TYPE_CHECKING:
    from app.geo.gazetteer import Gazetteer


def cue_before(gz: Gazetteer, doc: TextDoc, i: int, n: int) -> Cue | None:
    """The cue one or two words before the n-gram at i, if any (two-word cues first); the
    words' flags say where none can be, before any look-up."""
    before, words = gz.lexicon.cues_before, doc.words
    if i >= 2 and words[i - 2].cue_head and doc.join(i - 2) and doc.join(i - 1):
        rest = " " + words[i - 1].cue_forms[0]
        for first in words[i - 2].cue_forms:
            cue = before.get(first + rest)
            if cue:
                return cue
    if i >= 1 and words[i - 1].cue and doc.join(i - 1):
        for first in words[i - 1].cue_forms:
            cue = before.get(first)
            if cue:
                return cue if _construct(doc, i, cue) else None
    return None


def _construct(doc: TextDoc, i: int, cue: Cue) -> bool:
    """An Arabic noun names the word after it only in construct ("مدينة الموصل"): written with
    the article ("المدينة الساحلية", "بالمنطقة") an adjective or a new phrase follows, unless the
    cue is listed with its article and stands in apposition ("العاصمة بغداد", not "العاصمة
    الجورجية"); a word joined by و/ف ("المنطقة وخاصة") begins a new phrase. Prepositions and
    direction words, weak cues, are cues of any word."""
    noun, word = doc.words[i - 1], doc.words[i]
    if cue.kind not in STRONG_CUES or not word.arabic:
        return True
    conj = word.norm[:1]
    if conj in "وف":
        kept = (*word.starters, *(word.place[1:] if word.place else ()))
        if not any(f.startswith(conj) for f in kept):
            return False  # a clitic conjunction: no name read there keeps its و/ف ("واسط" does)
    if not noun.definite:
        return True
    return cue.text.startswith("ال") and not word.definite


def cue_after(gz: Gazetteer, doc: TextDoc, i: int, n: int) -> Cue | None:
    k = i + n
    if k < doc.n and doc.words[k].cue_after and doc.join(k - 1):
        return gz.lexicon.cues_after.get(doc.raws[k].lower())
    return None


def best_cue(gz: Gazetteer, doc: TextDoc, i: int, n: int) -> Cue | None:
    """A settlement/admin word after the name ("Zamfara state") beats a preposition before it."""
    words = doc.words
    if not (
        (i and words[i - 1].cue)
        or (i > 1 and words[i - 2].cue_head)
        or (i + n < len(words) and words[i + n].cue_after)
    ):
        return None  # no word around could be a cue: the common case
    before, after = cue_before(gz, doc, i, n), cue_after(gz, doc, i, n)
    if after is not None and (before is None or before.kind in ("prep", "direction")):
        return after
    return before


# the preposition written onto a name with its article ("بالقاهرة", "وبالفلوجة": in Cairo, and
# in Fallujah) is a cue like the separate word "في". Without the article the ب is too often a
# word's own letter or another preposition's ("بابا", "بواسطة"): no cue
_IN = Cue("ب", "prep", True)
_IN_PREFIXES = ("بال", "وبال", "فبال")


def attached_in(norm: str, key: str, prefixes: tuple[str, ...] = _IN_PREFIXES) -> Cue | None:
    """The preposition cue written onto the first word of ``key`` (as written: ``norm``)."""
    first = key.split(" ", 1)[0]
    for prefix in prefixes:
        if norm.startswith(prefix) and norm[len(prefix) :] == first:
            return _IN
    return None


# ... but a name the scanner has accepted without any cue ("ببغداد", "وبحلب": a city large
# enough, or in the article's countries) was written with "in" all the same
BARE_IN_PREFIXES = ("ب", "وب", "فب")


# a preposition-like cue the caller found before a word ("غارة على رفح": the attacked place)
GIVEN = Cue("*", "prep", True)
