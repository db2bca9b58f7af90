"""A demonym beside a noun of a person: that person's nationality ("an Israeli man", "a
German hostage", "رهينة ألماني"), not a side of the incident and not where it happened."""

from __future__ import annotations

from app.extraction.doc import CountryRef, Doc, ParticipantMention, participant
from app.extraction.resources import Resources

LONGEST = 2  # words of the longest person noun ("aid worker")


def person_noun(doc: Doc, res: Resources, ref: CountryRef) -> range | None:
    """The tokens of the person noun on the adjective side of demonym ``ref`` (None: none)."""
    if not ref.is_demonym or ref.speaker or not res.person_nouns:
        return None
    sentence = doc.sentence_of(ref.at.token)
    if res.adjective_position == "before":
        k = ref.at.last
        for n in range(LONGEST, 0, -1):  # "aid worker" before "worker"
            words = doc.tokens[k : k + n]
            if len(words) == n and " ".join(t.norm for t in words) in res.person_nouns:
                return range(k, k + n) if doc.sentence_of(k) == sentence else None
        return None
    k = ref.at.token - 1
    if k < 0 or doc.sentence_of(k) != sentence:
        return None
    forms = res.clitics.forms(doc.tokens[k].norm)
    return None if res.person_nouns.isdisjoint(forms) else range(k, k + 1)


def lone_person(doc: Doc, res: Resources, ref: CountryRef, *, doer: bool = False) -> bool:
    """Whether demonym ``ref`` stands for a person: after an indefinite article or a number and
    right before a deed verb ("A Palestinian stabbed two Israelis") or, unless ``doer``, a
    passive marker or an auxiliary ("an Israeli was stabbed") of its sentence."""
    first, k = ref.at.token, ref.at.last
    if not ref.is_demonym or ref.speaker or first == 0 or k >= len(doc.tokens):
        return False
    verb = doc.tokens[k].norm
    before = doc.tokens[first - 1].norm  # "a Palestinian", "two Palestinians"
    counted = before in res.indefinites or before in res.count_words or before.isdigit()
    if not counted or doc.sentence_of(k) != doc.sentence_of(first):
        return False
    if verb in res.person_deeds:
        return True
    return not doer and (verb in res.passive_markers or verb in res.auxiliaries)


def lone_attackers(doc: Doc, res: Resources) -> list[ParticipantMention]:
    """ "A Palestinian stabbed two Israelis": a demonym standing for a person who did the deed
    is an unidentified attacker."""
    name = res.templates["unidentified_armed_group"]
    return [
        participant(ref.at, name, "unidentified_armed_group", None, True)
        for ref in doc.countries
        if ref.person and lone_person(doc, res, ref, doer=True)
    ]


def nationalities(doc: Doc, res: Resources) -> Doc:
    """Mark the demonyms beside a person noun, or standing for a person, as a nationality."""
    marked = tuple(
        ref._replace(person=True)
        if person_noun(doc, res, ref) is not None or lone_person(doc, res, ref)
        else ref
        for ref in doc.countries
    )
    return doc.evolve(countries=marked) if marked != doc.countries else doc


def counted_people(doc: Doc, res: Resources) -> Doc:
    """ "killed an Israeli man", "أسفر عن مقتل مهندس فرنسي": a demonym and a person noun that a
    toll counts, and no participant's words hold already, are the people it counts, of no
    armed side (the person's country is no side's)."""
    used = {i for p in doc.participants for i in range(p.at.token, p.at.last)}
    found: list[ParticipantMention] = []
    for ref in doc.countries:
        noun = person_noun(doc, res, ref)
        if noun is None:
            continue
        first, last = min(noun.start, ref.at.token), max(noun.stop, ref.at.last)
        counted = any(c.at.token <= noun.start < c.at.last for c in doc.casualties)
        if counted and used.isdisjoint(range(first, last)):
            at = doc.mention(first, last)
            found.append(participant(at, res.templates["civilians"], "civilians", None, True))
    if not found:
        return doc
    return doc.evolve(participants=tuple(sorted((*doc.participants, *found), key=_start)))


def _start(p: ParticipantMention) -> int:
    return p.at.start
