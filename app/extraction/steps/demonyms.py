"""Find the country word beside a force noun or a trigger: "Egyptian army", "غارة إسرائيلية".

Beside means on the language's adjective side (``adjective_position``): right after the noun
in Arabic, right before it in English, or one possessive word away ("Egypt 's army"). Beside a
trigger, the country word names that country's state forces ("Russian missile strike"), unless
it is where the incident happened ("In Niger, an attack").
"""

from __future__ import annotations

from collections.abc import Callable

from app.extraction.doc import CountryRef, Doc, ParticipantMention, participant
from app.extraction.resources import ASSAULT_NOUN, Resources

CountryName = Callable[[str], "str | None"]
DEED = "cue:deed"  # "carried out", "launched": the country word before it did what follows
STATE = "cue:state"  # "government", "regime": a country word and this are its government
DEED_GAP = 3  # lower-case words between the deed verb and its trigger ("launched two strikes")


class Beside:
    """The article's country words by the token a participant's distance from them is
    measured to (see ``_gap``), so that only the one or two that can stand beside a
    participant or trigger are looked at, not every country word for each."""

    __slots__ = ("_after", "_at")

    def __init__(self, doc: Doc, res: Resources) -> None:
        self._after = res.adjective_position == "after"
        self._at: dict[int, list[int]] = {}  # edge token -> indexes into doc.countries
        for i, ref in enumerate(doc.countries):
            self._at.setdefault(ref.at.token if self._after else ref.at.last, []).append(i)

    def near(self, first: int, last: int) -> list[int]:
        """Indexes (in text order) of the country words 0 or 1 tokens (``_gap``) from tokens
        ``first``-``last``."""
        edge = last if self._after else first - 1
        one, two = self._at.get(edge), self._at.get(edge + 1)
        return sorted(one + two) if one and two else one or two or []

    def ending(self, token: int) -> list[int]:
        """Indexes of the country words whose last token is before ``token`` (adjectives
        before their noun only)."""
        assert not self._after
        return self._at.get(token, [])


def adjacent_country(
    doc: Doc, res: Resources, beside: Beside, first: int, last: int
) -> CountryRef | None:
    """Return the country word right next to tokens ``first``-``last`` on the adjective side;
    of coordinated ones ("U.S. and British warplanes") the first named."""
    found = _next_country(doc, res, beside, first, last)
    while found is not None and res.adjective_position == "before" and found.at.token >= 2:
        link = doc.tokens[found.at.token - 1].norm
        earlier = beside.ending(found.at.token - 1)
        if link not in res.coordinators or not earlier:
            break
        found = doc.countries[earlier[0]]
    return found


def _next_country(
    doc: Doc, res: Resources, beside: Beside, first: int, last: int
) -> CountryRef | None:
    for i in beside.near(first, last):
        ref = doc.countries[i]
        gap = _gap(res, ref, first, last)
        if gap < 0 or gap > 1 or doc.sentence_of(ref.at.token) != doc.sentence_of(first):
            continue
        lo, hi = (ref.at.end, doc.tokens[first].start) if ref.at.token < first else (0, 0)
        if not doc.text[lo:hi].isspace() and ":" in doc.text[lo:hi]:
            continue  # "Mozambique: insurgents behead 20": a headline's country, no adjective
        between = ref.at.token - 1 if res.adjective_position == "after" else first - 1
        if gap == 0 or doc.tokens[between].norm in res.possessives or _state_word(doc, between):
            return ref
    return None


def _state_word(doc: Doc, token: int) -> bool:
    """Whether ``token`` is a cue.state word ("Syrian GOVERNMENT helicopters"): the force is
    that country's government's."""
    return any(m.first == token == m.last - 1 for m in doc.matches_of(STATE))


def _gap(res: Resources, ref: CountryRef, first: int, last: int) -> int:
    return ref.at.token - last if res.adjective_position == "after" else first - ref.at.last


def demonym_forces(
    doc: Doc,
    res: Resources,
    country_name: CountryName,
    found: list[ParticipantMention],
    beside: Beside,
) -> list[ParticipantMention]:
    """A demonym right next to a trigger ("Russian missile strike", "غارة إسرائيلية") or an
    assault noun ("العدوان الإسرائيلي") names a state force."""
    if not doc.countries:
        return []
    taken = {(p.at.start, p.at.end) for p in found}
    free = _free(doc, res, found)
    out: list[ParticipantMention] = []
    for first, last in _attack_words(doc, res):
        for i in beside.near(first, last):
            if i not in free:
                continue
            ref = doc.countries[i]
            gap = _gap(res, ref, first, last)
            # "A Russian guided aerial bomb": one lower-case word may stand between
            between = ref.at.token - 1 if res.adjective_position == "after" else first - 1
            loose = gap == 1 and doc.text[doc.tokens[between].start].islower()
            if (gap == 0 or loose) and (ref.at.start, ref.at.end) not in taken:
                name = country_name(ref.code) or ref.code
                out.append(
                    participant(
                        ref.at,
                        res.templates["state_forces"].format(country=name),
                        "state_forces",
                        ref.code,
                        True,
                    )
                )
                taken.add((ref.at.start, ref.at.end))
    return out


def deed_forces(
    doc: Doc, res: Resources, country_name: CountryName, found: list[ParticipantMention]
) -> list[ParticipantMention]:
    """A country name, or a country word and its government, right before a deed verb that a
    trigger follows names that country's state forces ("The United States carried out an
    airstrike", "the Syrian government dropped barrel bombs")."""
    deeds = doc.matches_of(DEED)
    if not deeds or not doc.countries or res.adjective_position != "before":
        return []
    verbs = {m.first: m.last for m in deeds}
    states = {m.first: m.last for m in doc.matches_of(STATE)}
    starts = {t.at.token for t in doc.triggers}
    used = [range(p.at.start, p.at.end) for p in found]
    out: list[ParticipantMention] = []
    for ref in doc.countries:
        state = states.get(ref.at.last)
        verb_end = verbs.get(ref.at.last if state is None else state)
        if verb_end is None or (ref.is_demonym and state is None) or ref.person or ref.speaker:
            continue
        if _placed(doc, res, ref) or any(ref.at.start in r for r in used):
            continue
        if _trigger_soon(doc, starts, verb_end):
            at = ref.at if state is None else doc.mention(ref.at.token, state)
            name = res.templates["state_forces"].format(country=country_name(ref.code) or ref.code)
            out.append(participant(at, name, "state_forces", ref.code, True))
    return out


def _trigger_soon(doc: Doc, starts: set[int], token: int) -> bool:
    """Whether a trigger starts at ``token`` or after a few lower-case words of its clause."""
    clause = doc.clause_of(token)
    for k in range(token, min(token + DEED_GAP + 1, len(doc.tokens))):
        if k in starts:
            return True
        first = doc.text[doc.tokens[k].start]
        if doc.clause_of(k) != clause or not (first.islower() or first.isdigit()):
            return False
    return False


def _attack_words(doc: Doc, res: Resources) -> list[tuple[int, int]]:
    """The first and after-last tokens of every trigger and assault noun, in text order."""
    spans = [(t.at.token, t.at.last) for t in doc.triggers]
    nouns = doc.matches_of(ASSAULT_NOUN)
    if nouns:
        spans += [(m.first, m.last) for m in nouns]
        spans.sort()
    return spans


def _free(doc: Doc, res: Resources, found: list[ParticipantMention]) -> set[int]:
    """Indexes of the country words that may name a force beside a trigger: no participant's
    words already, no person's nationality ("a German hostage"), and not where the incident
    happened."""
    used = [range(p.at.start, p.at.end) for p in found]
    # "Russian missile strike"; "U.S. air strike" names the country itself
    return {
        i
        for i, ref in enumerate(doc.countries)
        if (ref.is_demonym or res.adjective_position == "before")
        and not ref.person
        and not any(ref.at.start in r for r in used)
        and not _placed(doc, res, ref)
    }


def _placed(doc: Doc, res: Resources, ref: CountryRef) -> bool:
    """ "In Niger, a targeted attack", "illegally in Iran, was arrested": a country name after a
    location word, or cut from the trigger by a comma, is where it happened, not who did it."""
    if ref.is_demonym:
        return False
    before = doc.tokens[ref.at.token - 1].norm if ref.at.token > 0 else ""
    after = doc.text[ref.at.end : ref.at.end + 1]
    return before in res.within or after in (",", ";", ":")


def on_attack_word(doc: Doc, ref: CountryRef) -> bool:
    """ "غارات إسرائيلية", "Russian airstrikes": a nationality (not a person's) written on an
    attack word says whose the attack was, not where it was."""
    if not ref.is_demonym or ref.person:
        return False
    return any(ref.at.token == t.at.last or ref.at.last == t.at.token for t in doc.triggers)
