"""Named people and institutions that were attacked: "opened fire on Ueliton Brizon",
"targeting Asadullah Sharifi's convoy", "attacked the Directorate General for National Security",
"targeting Jamil Parvani, a deputy police chief", "the house of <Name>".

GTD-style summaries name the victim rather than a group; no lexicon lists them, so they are
found by how they are written: a capitalised name right after a target cue ("on", "targeting",
"abducted") of at least two words: a person's, or after "the" an institution's. A
possessive object ("'s convoy", "the house of <Name>") or an apposition naming a force ("X, a police officer") joins
the name's words, and the apposition says which side the person was on. Words already read as a place, country, group, trigger or date are not names;
nor is a name ending in a facility or settlement noun ("Danforth Avenue", "Kawuri village").
Names are told by capital letters, so this finds nothing in scripts without them (Arabic).
"""

from __future__ import annotations

from app.extraction.doc import Doc, ParticipantMention, participant
from app.extraction.resources import Resources
from app.extraction.steps.place_names import Nouns

MAX_WORDS = 6
MIN_WORDS = 2  # a person's first and last name; one word after "the" is rarely a name
APPOSITION = 3  # words from the comma after a name to the participant that says who it is
KIND = "other"


def named_targets(doc: Doc, res: Resources, nouns: Nouns) -> Doc:
    """Add the named people and institutions written right after a target cue."""
    starts = [m.last for m in doc.matches_of("cue:target") if _capital_next(doc, res, m.last)]
    starts += _after_objects(doc, res)
    if not starts:
        return doc  # the common case: no capitalised word after any cue
    spans = [p.at for p in doc.participants] + [c.at for c in doc.countries]
    spans += [t.at for t in doc.triggers] + [r.at for r in doc.places] + [d.at for d in doc.dates]
    stop = {i for at in spans for i in range(at.token, at.last)}
    people = list(doc.participants)
    for j in starts:
        found = name_span(doc, res, nouns, j, stop)
        if found is None:
            continue
        first, last = found
        held = _held_object(doc, res, people, first)
        owned = held or _owned_object(doc, res, people, last) or _apposition(doc, people, last)
        name = doc.text[doc.tokens[first].start : doc.tokens[last - 1].end]
        lo, hi = (held.at.token, last) if held is not None else (first, last)
        if owned is not None and held is None:
            hi = owned.at.last
        kind = owned.kind if owned is not None else KIND
        if owned is not None:
            people.remove(owned)
        people.append(participant(doc.mention(lo, hi), name, kind, None, True, named=True))
        stop |= set(range(lo, hi))
    return doc.evolve(participants=tuple(sorted(people, key=lambda p: p.at.start)))


def _after_objects(doc: Doc, res: Resources) -> list[int]:
    """Tokens that start a capitalised word right after an attacked object and a link word
    ("the house of Haji ...", "a convoy carrying ..."): where the object's owner is named."""
    tokens = doc.tokens
    return [
        p.at.last + 1
        for p in doc.participants
        if p.thing
        and p.at.last + 1 < len(tokens)
        and tokens[p.at.last].norm in res.object_links
        and doc.text[tokens[p.at.last + 1].start].isupper()
    ]


def _held_object(
    doc: Doc, res: Resources, people: list[ParticipantMention], first: int
) -> ParticipantMention | None:
    """The object whose owner the name after it is ("the house of <Name>"), if any."""
    if first < 2 or doc.tokens[first - 1].norm not in res.object_links:
        return None
    return next((p for p in people if p.thing and p.at.last == first - 1), None)


def _capital_next(doc: Doc, res: Resources, j: int) -> bool:
    """A capitalised word at token ``j``, or after a determiner there."""
    if j < len(doc.tokens) and doc.tokens[j].norm in res.determiners:
        j += 1
    return j < len(doc.tokens) and doc.text[doc.tokens[j].start].isupper()


def name_span(
    doc: Doc, res: Resources, nouns: Nouns, j: int, stop: set[int]
) -> tuple[int, int] | None:
    """Tokens (first, last) of the capitalised name starting at token ``j``, if one does."""
    tokens = doc.tokens
    institution = j < len(tokens) and tokens[j].norm in res.determiners
    first = j + 1 if institution else j
    last = first
    while last < len(tokens) and last - first < MAX_WORDS:
        word = doc.text[tokens[last].start : tokens[last].end]
        gap = doc.text[tokens[last - 1].end : tokens[last].start] if last > first else ""
        if gap.strip(" -") or last in stop:
            break
        if not word[:1].isupper() and not (last > first and tokens[last].norm in res.name_links):
            break
        last += 1
    while last > first and tokens[last - 1].norm in res.name_links:
        last -= 1
    if last - first < MIN_WORDS or (last < len(tokens) and last in stop):
        return None  # one word, or an adjective of a participant ("the Islamist militants")
    if doc.sentence_of(first) != doc.sentence_of(j - 1) or tokens[last - 1].norm in nouns:
        return None
    if tokens[last - 1].norm in nouns.facilities:
        return None
    return first, last


def _owned_object(
    doc: Doc, res: Resources, people: list[ParticipantMention], last: int
) -> ParticipantMention | None:
    """The object a possessive gives the name ("Asadullah Sharifi's convoy"), if any."""
    if last >= len(doc.tokens) or doc.tokens[last].norm not in res.possessives:
        return None
    return next((p for p in people if p.thing and p.at.token == last + 1), None)


def _apposition(doc: Doc, people: list[ParticipantMention], last: int) -> ParticipantMention | None:
    """ "Jamil Parvani, a deputy police chief,": the participant that says who the name is."""
    if (
        last >= len(doc.tokens)
        or doc.text[doc.tokens[last - 1].end : doc.tokens[last].start].strip() != ","
    ):
        return None
    sentence = doc.sentence_of(last - 1)
    return next(
        (
            p
            for p in people
            if last <= p.at.token < last + APPOSITION
            and doc.sentence_of(p.at.token) == sentence
            and not (p.thing or p.vague)
        ),
        None,
    )
