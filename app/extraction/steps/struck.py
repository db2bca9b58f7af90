"""Where an attack struck: the name right after the word that joins an attack to its target
("غارة إسرائيلية على رفح", a strike on Rafah).

Arabic place names are too often common words for a bare "على" (on) to cue one anywhere ("على
الخبر" is also "on the news"); right after an attack, or an attack and its country word, the word
after it is what was struck, and a place named there is read as after a preposition.
"""

from __future__ import annotations

from app.extraction.doc import Doc


def struck_starts(
    doc: Doc, links: frozenset[str], verbs: frozenset[str] = frozenset()
) -> frozenset[int]:
    """Offsets of the words right after a link (``links``: "على") that follows a reported
    attack of a specific kind (a strike, shelling, a bombing: not the generic "هجوم"), or such
    an attack and the country word beside it ("غارة إسرائيلية على"); and of the words right
    after an attack verb (``verbs``) that is a trigger or follows one: its object ("tanks
    shelled Jabalia", "rockets hit Sderot")."""
    if not (links or verbs) or not doc.triggers:
        return frozenset()
    country_end = {c.at.token: c.at.last for c in doc.countries}
    tokens = doc.tokens
    out: set[int] = set()
    for t in doc.triggers:
        if t.blocked is not None:
            continue
        k = t.at.last
        if verbs and k < len(tokens):
            # the trigger is the verb ("shelled"), or the weapon before it ("rockets hit")
            verb = k if tokens[k - 1].norm in verbs else k + 1 if tokens[k].norm in verbs else -1
            if (
                0 < verb < len(tokens)
                and doc.text[tokens[verb - 1].end : tokens[verb].start] == " "
            ):
                out.add(tokens[verb].start)
        if t.info.generic:
            continue  # "الهجوم على الآراء": a generic attack is also one of words
        k = country_end.get(k, k)  # "غارة إسرائيلية": the attack's country word
        if k + 1 < len(tokens) and tokens[k].norm in links:
            out.add(tokens[k + 1].start)
    return frozenset(out)


def fired_starts(doc: Doc) -> frozenset[int]:
    """Offsets of the words after "على" ending a fired-at cue (cue.fired_at: "ألقتها مروحية على")
    that follows a reported attack in its sentence: the pronoun stands for the weapon told
    before ("بقنبلة ألقتها مروحية على أريحا"), so what follows "على" is what it struck."""
    fired = doc.matches_of("cue:fired_at")
    if not fired or not doc.triggers:
        return frozenset()
    tokens = doc.tokens
    out: set[int] = set()
    for m in fired:
        if m.last >= len(tokens):
            continue
        sentence = doc.sentence_of(m.first)
        if any(
            t.blocked is None and t.at.token < m.first and doc.sentence_of(t.at.token) == sentence
            for t in doc.triggers
        ):
            out.add(tokens[m.last].start)
    return frozenset(out)


def near_starts(doc: Doc) -> frozenset[int]:
    """Offsets of the words after a settlement's name and "near" (cue.near_settlement: "مخيم
    عقبة جبر قرب أريحا"): the place there is the one the settlement lies by."""
    tokens = doc.tokens
    return frozenset(
        tokens[m.last].start for m in doc.matches_of("cue:near_settlement") if m.last < len(tokens)
    )
