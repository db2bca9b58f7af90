"""Squares and streets named by a word that is also a trigger ("ساحة التحرير", "Battle Road").

The name stands after its noun where adjectives follow nouns (Arabic: "ساحة التحرير", where
تحرير is also "liberation"), else before it (English: "on Battle Road"). Arabic writes the noun
without the article (with it, "الساحة السورية", "في الميدان", it is the arena or the field);
English writes both words capitalised after a word that is not (a title-case headline, "Rebels
Attack Road Convoy", names no street). The battlefield ("ساحة المعركة") is no street.
"""

from __future__ import annotations

from app.extraction.doc import Doc
from app.extraction.resources import Resources


def street_names(doc: Doc, res: Resources) -> set[int]:
    """Token indices of the name words of squares and streets (masked from trigger look-up)."""
    after = res.adjective_position == "after"
    names: set[int] = set()
    for m in doc.matches_of("cue:street"):  # found by the phrase scan, clitics and all
        k = m.first
        if not _street_noun(doc.tokens[k].norm, res):
            continue
        name = k + 1 if after else k - 1
        if not 0 <= name < len(doc.tokens) or name in names:
            continue
        if any(v in res.street_not_names for v in res.clitics.forms(doc.tokens[name].norm)):
            continue
        if after or (_capitalised(doc, k) and _capitalised(doc, name) and _lower_before(doc, name)):
            names.add(name)
    return names


def _street_noun(norm: str, res: Resources) -> bool:
    """A street noun, perhaps after a conjunction or preposition but without the article."""
    article = res.clitics.article
    for v in res.clitics.forms(norm):
        if v in res.street_nouns:
            prefix = norm[: len(norm) - len(v)]
            return not (article and prefix.endswith(article))
    return False


def _capitalised(doc: Doc, k: int) -> bool:
    return doc.text[doc.tokens[k].start].isupper()


def _lower_before(doc: Doc, k: int) -> bool:
    return k > 0 and doc.text[doc.tokens[k - 1].start].islower()
