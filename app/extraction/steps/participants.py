"""Participants: named groups, state forces (force noun + demonym), victims, unidentified attackers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from app.extraction.doc import CountryRef, Doc, ParticipantMention
from app.extraction.lexicon import Match, longest
from app.extraction.resources import ForceInfo, Resources
from app.extraction.steps.accusations import accusations, accused_countries
from app.extraction.taxonomy import ActorInfo

CountryName = Callable[[str], "str | None"]


NAMED = {"rebel_group", "militia", "political_group", "external_force"}
FOLD_GAP = 2  # words between "gunmen" and the group they belong to ("gunmen from Renamo")
VERB_FIRST_WINDOW = 3
# armies, police and victims do not "claim responsibility": the group that does is elsewhere
UNCLAIMING = ("state_forces", "police", "civilians")
# cues that make a group deny, or claim / be credited with, the incident of its sentence
FLAG_CUES = (
    "cue:denial",
    "cue:claim",
    "cue:suspected",
    "cue:attribution",
)  # a cue before its group ("نفت حركة حماس") reaches only this far


def participants(doc: Doc, res: Resources, country_name: CountryName) -> Doc:
    """Find every participant mention and give it its canonical name."""
    beside = Beside(doc, res)
    found: list[ParticipantMention] = []
    owned: list[int] = []
    for match in longest(m for c in ("actor", "force", "generic") for m in doc.matches_of(c)):
        p = _participant(doc, res, match, country_name, beside)
        if not p.resolved and match.entry.category == "force" and _owned(doc, res, match):
            owned.append(len(found))
        found.append(p)
    _to_owners(doc, res, country_name, found, owned)
    found += _demonym_forces(doc, res, country_name, found, beside)
    found += _anaphors(doc, found)
    found += accused_countries(doc, res, country_name, found)
    found = _same_side(doc, res, _named_fighters(doc, res, found))
    found = accusations(doc, res, _flags(doc, res, found))
    return replace(doc, participants=tuple(sorted(found, key=lambda p: p.at.start)))


def _owned(doc: Doc, res: Resources, match: Match) -> bool:
    """ "whose forces", "its drones", "طائراته": a force noun with an owner word before it or
    a pronoun attached to it."""
    if match.first > 0 and doc.tokens[match.first - 1].norm in res.owners:
        return True
    word, stem = doc.tokens[match.last - 1].norm, match.entry.tokens[-1]
    # a pronoun, not the accusative alif ("جنديا"): "طائراته", "قواتها"
    return not word.endswith(stem) and any(
        x != "ا" and word[: -len(x)].endswith(stem)
        for x in res.clitics.suffixes
        if word.endswith(x)
    )


def _to_owners(
    doc: Doc,
    res: Resources,
    country_name: CountryName,
    found: list[ParticipantMention],
    owned: list[int],
) -> None:
    """Give each owned force noun (indexes ``owned`` into ``found``, in text order) the identity
    of the side named last before it in its sentence ("the LNA, whose forces ...", "أعلن الجيش أن
    طائراته"), or the forces of a country that spoke there after it ("Moscow said its jets",
    "أكدت روسيا أن قواتها"); with neither, a force of the event's country, not an unknown weapon."""
    speakers = [c for c in doc.countries if c.speaker]
    for k in owned:
        p = found[k]
        sentence = doc.sentence_of(p.at.token)
        spoke = next(
            (
                c
                for c in reversed(speakers)
                if c.at.token < p.at.token and doc.sentence_of(c.at.token) == sentence
            ),
            None,
        )
        owner = next(
            (
                q
                for q in reversed(found[:k])
                if doc.sentence_of(q.at.token) == sentence
                and q.kind != "civilians"
                and not (q.thing or q.vague)
            ),
            None,
        )
        if spoke is not None and (owner is None or owner.at.token < spoke.at.token):
            name = res.templates[p.kind].format(country=country_name(spoke.code) or spoke.code)
            found[k] = p._replace(name=name, country=spoke.code, resolved=True, instrument=False)
        elif owner is None:
            found[k] = p._replace(instrument=False)
        else:
            found[k] = owner._replace(at=p.at, denied=False, claimed=False, owned=True)


def _participant(
    doc: Doc, res: Resources, match: Match, country_name: CountryName, beside: Beside
) -> ParticipantMention:
    at = doc.mention(match.first, match.last)
    value = match.entry.value
    if isinstance(value, ActorInfo):
        return ParticipantMention(at, value.name, value.kind, value.country, True)
    assert isinstance(value, ForceInfo)
    country = _adjacent_country(doc, res, beside, match.first, match.last)
    if country is not None:
        # "مسيحيين مصريين", "Egyptian army": the demonym is part of the participant's words
        lo, hi = min(at.start, country.at.start), max(at.end, country.at.end)
        at = at._replace(
            start=lo,
            end=hi,
            text=doc.text[lo:hi],
            token=min(at.token, country.at.token),
            last=max(at.last, country.at.last),
        )
    if match.entry.category == "generic":
        return ParticipantMention(
            at, res.templates[value.kind], value.kind, None, True, vague=value.vague
        )
    if country is None:
        return ParticipantMention(
            at, res.templates[value.kind], value.kind, None, False, instrument=value.instrument
        )
    name = country_name(country.code) or country.code
    return ParticipantMention(
        at, res.templates[value.kind].format(country=name), value.kind, country.code, True
    )


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


def _adjacent_country(
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
        between = ref.at.token - 1 if res.adjective_position == "after" else first - 1
        if gap == 0 or doc.tokens[between].norm in res.possessives:
            return ref
    return None


def _gap(res: Resources, ref: CountryRef, first: int, last: int) -> int:
    return ref.at.token - last if res.adjective_position == "after" else first - ref.at.last


def _demonym_forces(
    doc: Doc,
    res: Resources,
    country_name: CountryName,
    found: list[ParticipantMention],
    beside: Beside,
) -> list[ParticipantMention]:
    """A demonym right next to a trigger ("Russian missile strike", "غارة إسرائيلية") names a state force."""
    if not doc.countries:
        return []
    taken = {(p.at.start, p.at.end) for p in found}
    used = [range(p.at.start, p.at.end) for p in found]
    # "Russian missile strike"; "U.S. air strike" names the country itself
    free = {
        i
        for i, ref in enumerate(doc.countries)
        if (ref.is_demonym or res.adjective_position == "before")
        and not any(ref.at.start in r for r in used)
        and not _placed(doc, res, ref)
    }
    out: list[ParticipantMention] = []
    for trig in doc.triggers:
        for i in beside.near(trig.at.token, trig.at.last):
            if i not in free:
                continue
            ref = doc.countries[i]
            gap = _gap(res, ref, trig.at.token, trig.at.last)
            # "A Russian guided aerial bomb": one lower-case word may stand between
            between = ref.at.token - 1 if res.adjective_position == "after" else trig.at.token - 1
            loose = gap == 1 and doc.text[doc.tokens[between].start].islower()
            if (gap == 0 or loose) and (ref.at.start, ref.at.end) not in taken:
                name = country_name(ref.code) or ref.code
                out.append(
                    ParticipantMention(
                        ref.at,
                        res.templates["state_forces"].format(country=name),
                        "state_forces",
                        ref.code,
                        True,
                    )
                )
                taken.add((ref.at.start, ref.at.end))
    return out


def _placed(doc: Doc, res: Resources, ref: CountryRef) -> bool:
    """ "In Niger, a targeted attack", "illegally in Iran, was arrested": a country name after a
    location word, or cut from the trigger by a comma, is where it happened, not who did it."""
    if ref.is_demonym:
        return False
    before = doc.tokens[ref.at.token - 1].norm if ref.at.token > 0 else ""
    after = doc.text[ref.at.end : ref.at.end + 1]
    return before in res.within or after in (",", ";")


ANTECEDENTS = ("rebel_group", "militia")


def _anaphors(doc: Doc, found: list[ParticipantMention]) -> list[ParticipantMention]:
    """ "the Iran-backed group said it fired", "مواقع لمسلحي الجماعة": a definite group noun
    names the armed group last named before it (none before it: nothing)."""
    matches = doc.matches_of("anaphor")
    if not matches:
        return []
    groups = sorted((p for p in found if p.kind in ANTECEDENTS), key=lambda p: p.at.token)
    taken = {i for p in found for i in range(p.at.token, p.at.last)}
    out: list[ParticipantMention] = []
    for m in longest(matches):
        if taken.intersection(range(m.first, m.last)):
            continue
        if m.last < len(doc.tokens) and doc.tokens[m.last].norm in ("of", "من"):
            continue  # "the group of worshippers", "مجموعة من": people, not a group
        named = [g for g in groups if g.at.last <= m.first]
        if not named:
            continue
        # the subject of the last sentence naming a group, not the affiliation named after
        # it ("JNIM, al-Qaeda's Sahel branch", "ISWAP, affiliated to the Islamic State")
        sentence = doc.sentence_of(named[-1].at.token)
        g = next(g for g in named if doc.sentence_of(g.at.token) == sentence)
        at = doc.mention(m.first, m.last)
        out.append(g._replace(at=at, denied=False, claimed=False, owned=True))
    return out


def _named_fighters(
    doc: Doc, res: Resources, found: list[ParticipantMention]
) -> list[ParticipantMention]:
    """Fold "militants"/"gunmen" into the named group beside them ("Al-Shabab militants",
    "gunmen from Boko Haram", "مسلحون من داعش"): one participant, the group's name."""
    out = sorted(found, key=lambda p: p.at.start)
    k = 0
    while k < len(out) - 1:
        a, b = out[k], out[k + 1]
        kinds = {a.kind, b.kind}
        if "unidentified_armed_group" in kinds and kinds & NAMED and _linked(doc, res, a, b):
            out[k : k + 2] = [_joined(doc, a if a.kind in NAMED else b, a, b)]
            continue
        k += 1
    return out


def _joined(
    doc: Doc, named: ParticipantMention, a: ParticipantMention, b: ParticipantMention
) -> ParticipantMention:
    """``named`` (one of ``a`` and ``b``, ``a`` first) in the words of both."""
    start, end = a.at.start, b.at.end
    at = named.at._replace(
        start=start, end=end, text=doc.text[start:end], token=a.at.token, last=b.at.last
    )
    return named._replace(at=at)


FORCES = ("state_forces", "police")


def _same_side(
    doc: Doc, res: Resources, found: list[ParticipantMention]
) -> list[ParticipantMention]:
    """ "مجندين بالجيش اليمني", "soldiers from the Afghan army": a force noun joined to a force of
    the same kind whose country is stated is one participant, that force, in both their words."""
    out = found  # sorted by _named_fighters
    k = 0
    while k < len(out) - 1:
        a, b = out[k], out[k + 1]
        if (
            a.kind == b.kind
            and a.kind in FORCES
            and a.resolved != b.resolved
            and not (a.thing or a.site or b.thing or b.site or a.owned or b.owned)
            and doc.sentence_of(a.at.token) == doc.sentence_of(b.at.token)
            and _linked(doc, res, a, b)
            and _by_preposition(doc, res, a, b)
        ):
            out[k : k + 2] = [_joined(doc, a if a.resolved else b, a, b)]
            continue
        k += 1
    return out


def _by_preposition(doc: Doc, res: Resources, a: ParticipantMention, b: ParticipantMention) -> bool:
    """ "soldiers FROM the army", "مجندين بالجيش": a linking word or an attached preposition
    between them (two force nouns side by side, "قوات الجيش", already name one force)."""
    return b.at.token > a.at.last or doc.tokens[b.at.token].norm[:1] in res.clitics.prepositions


def _linked(doc: Doc, res: Resources, a: ParticipantMention, b: ParticipantMention) -> bool:
    """Whether at most FOLD_GAP linking words ("from", "of") stand between ``a`` and ``b``."""
    if b.at.token - a.at.last > FOLD_GAP:
        # "gunmen suspected of belonging to Boko Haram": a membership phrase, not a wider gap
        return tuple(t.norm for t in doc.tokens[a.at.last : b.at.token]) in res.member_phrases
    return all(t.norm in res.fighter_links for t in doc.tokens[a.at.last : b.at.token])


def _flags(doc: Doc, res: Resources, found: list[ParticipantMention]) -> list[ParticipantMention]:
    """Mark the group each denial or claim is about: the nearest one before the cue ("Hamas
    denied"), else the one right after it ("نفت حماس", "تبنى داعش")."""
    out = list(found)
    cues = [m for c in FLAG_CUES for m in doc.matches_of(c)]
    if not cues:
        return out
    members: dict[int, list[int]] = {}  # the participants of each sentence (flags move none)
    for i, q in enumerate(out):
        members.setdefault(doc.sentence_of(q.at.token), []).append(i)
    # "No group has claimed responsibility, but X has carried out similar attacks": no claim
    negations = {n.last for n in doc.matches_of("cue:negation")}
    reach = res.cue_windows.get("negation", 0)
    for m in cues:
        if m.entry.category == "cue:claim" and any(
            m.first - reach <= end <= m.first for end in negations
        ):
            continue
        k = _flagged(doc, res, out, members.get(doc.sentence_of(m.first), []), m)
        if k is None:
            continue
        p = out[k]
        if m.entry.category == "cue:denial":
            if not p.denied or p.claimed:
                out[k] = p._replace(denied=True, claimed=False)
        elif not (p.denied or p.claimed) and p.kind != "civilians":
            out[k] = p._replace(claimed=True)
    return out


def _flagged(
    doc: Doc, res: Resources, out: list[ParticipantMention], members: list[int], m: Match
) -> int | None:
    """Which participant of cue ``m``'s sentence (``members``: indexes into ``out``) it is about."""
    window = res.cue_windows[m.entry.category[4:]]
    claim = m.entry.category == "cue:claim"
    before: list[int] = []  # ending at most ``window`` words before the cue
    after: list[int] = []  # starting at most VERB_FIRST_WINDOW words after it
    for k in members:
        q = out[k]
        if q.at.token <= m.first < q.at.last:
            return k  # "gunmen suspected of belonging to Boko Haram": the cue is in its words
        if claim and q.kind in UNCLAIMING:
            continue
        if 0 <= m.first - q.at.last <= window:
            before.append(k)
        if 0 <= q.at.token - m.last <= VERB_FIRST_WINDOW:
            after.append(k)
    if m.entry.category == "cue:attribution":  # "attributed to X", "منسوب إلى X"
        return after[0] if after else None
    if m.entry.category == "cue:suspected" and after and out[after[0]].at.token == m.last:
        # "a soldier was killed when a suspected Taliban militant ...": the word qualifies
        # the group written right after it, not a participant before; right after a trigger
        # ("arrested 14 suspected IS militants") they are its object, the suspects it took
        return None if _object_of_trigger(doc, m.first) else after[0]
    if not before:
        return after[0] if after else None
    # "JNIM, al Qaeda's Sahel affiliate, claimed": the subject, not the apposition
    clause = doc.clause_of(m.first)
    named = [k for k in before if out[k].kind in NAMED and doc.clause_of(out[k].at.token) == clause]
    return (named or before)[0 if named else -1]


OBJECT_GAP = 2  # words between a trigger and "suspected" (a number: "arrested 14 suspected")


def _object_of_trigger(doc: Doc, token: int) -> bool:
    """Whether a trigger ends at most OBJECT_GAP words before ``token`` in its clause."""
    clause = doc.clause_of(token)
    return any(
        0 <= token - t.at.last <= OBJECT_GAP and doc.clause_of(t.at.token) == clause
        for t in doc.triggers
    )
