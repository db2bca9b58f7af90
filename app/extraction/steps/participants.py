"""Find every participant and give it its canonical name.

Participants are named groups, state forces (force noun + demonym), victims and unidentified
attackers. Each lexicon match is read here with the country word beside it; the steps after
it live in their own modules: demonyms beside triggers (``demonyms``), mentions that refer
back to a side (``owners``), accusations, two mentions folded into one (``folds``), and
denials and claims (``responsibility``).
"""

from __future__ import annotations

from app.extraction.doc import CountryRef, Doc, ParticipantMention, participant
from app.extraction.entry_info import ForceInfo
from app.extraction.lexicon import Match, longest
from app.extraction.resources import Resources
from app.extraction.steps.accusations import accusations, accused_countries
from app.extraction.steps.demonyms import (
    Beside,
    CountryName,
    adjacent_country,
    deed_forces,
    demonym_forces,
)
from app.extraction.steps.folds import named_fighters, same_side
from app.extraction.steps.nationals import lone_attackers
from app.extraction.steps.owners import anaphors, force_anaphors, has_owner, restated, to_owners
from app.extraction.steps.responsibility import responsibility
from app.extraction.taxonomy import ActorInfo


def participants(doc: Doc, res: Resources, country_name: CountryName) -> Doc:
    """Find every participant mention and give it its canonical name."""
    beside = Beside(doc, res)
    found: list[ParticipantMention] = []
    owned: list[int] = []
    cued = {m.last for m in doc.matches_of("cue:actor")}  # "برصاص", "على يد": the attacker next
    matches = (m for c in ("actor", "force", "generic") for m in doc.matches_of(c))
    told = _objects_told(doc)
    for match in longest(m for m in matches if _cue_met(m, cued) and (m.first, m.last) not in told):
        if _describes_attack(doc, res, match) or _qualifies(doc, res, match):
            continue
        p = _participant(doc, res, match, country_name, beside)
        if _needs_country(match) and not (p.resolved and _attack_told(doc, res, match.first)):
            continue  # "مسيرة احتجاجية": a march, not a drone
        if not p.resolved and match.entry.category == "force" and has_owner(doc, res, match):
            owned.append(len(found))
        found.append(p)
    to_owners(doc, res, country_name, found, owned)
    found = force_anaphors(doc, res, found)
    found += demonym_forces(doc, res, country_name, found, beside)
    found += lone_attackers(doc, res)
    found += deed_forces(doc, res, country_name, found)
    refs = anaphors(doc, found)
    found = [p for p in found if not restated(p, refs)] + refs
    found += accused_countries(doc, res, country_name, found)
    found += doer_countries(doc, res, country_name, found)
    found = same_side(doc, res, named_fighters(doc, res, found))
    found = accusations(doc, res, responsibility(doc, res, found))
    return doc.evolve(
        countries=_acting(doc, res, found),
        participants=tuple(sorted(found, key=lambda p: p.at.start)),
    )


def _acting(doc: Doc, res: Resources, found: list[ParticipantMention]) -> tuple[CountryRef, ...]:
    """The country words, with a name that is all of a state force's words and opens its
    clause or follows "by" ("Turkey shelled", "airstrikes by Israel") marked as a speaker is:
    its government acting, not a place ("in northwest Colombia rebel attack" is one)."""
    forces = {(p.at.start, p.at.end) for p in found if p.kind == "state_forces"}
    return tuple(
        r._replace(speaker=True)
        if (r.at.start, r.at.end) in forces and _subject(doc, res, r)
        else r
        for r in doc.countries
    )


def _subject(doc: Doc, res: Resources, ref: CountryRef) -> bool:
    """Whether country name ``ref`` opens its clause (after "the") or follows a doer link."""
    k = ref.at.token - 1
    if k >= 0 and doc.tokens[k].norm in res.determiners:
        k -= 1
    if ref.is_demonym or k < 0 or doc.clause_of(k) != doc.clause_of(ref.at.token):
        return not ref.is_demonym
    return not res.doer_links.isdisjoint(res.clitics.forms(doc.tokens[k].norm))


def _objects_told(doc: Doc) -> set[tuple[int, int]]:
    """The spans of group names that are also an object noun told before without being a name
    ("هاجموا قاعدة عسكرية ... اقتحموا القاعدة": "the base" refers back to the base, not to
    al-Qaeda)."""
    names = {(m.first, m.last) for m in doc.matches_of("actor")}
    seen: set[str] = set()  # object phrases told as objects only
    out: set[tuple[int, int]] = set()
    for m in doc.matches_of("object"):
        span = (m.first, m.last)
        if span not in names:
            seen.add(m.entry.phrase)
        elif m.entry.phrase in seen:
            out.add(span)
    return out


def _cue_met(match: Match, cued: set[int]) -> bool:
    """Whether a force word that needs a cue naming the attacker before it ("برصاص الأمن")
    has one; every other match needs none."""
    value = match.entry.value
    return not (isinstance(value, ForceInfo) and value.after_actor_cue) or match.first in cued


def _needs_country(match: Match) -> bool:
    value = match.entry.value
    return isinstance(value, ForceInfo) and value.with_country


def _attack_told(doc: Doc, res: Resources, token: int) -> bool:
    """Whether the sentence of ``token`` tells an attack and no protest or riot (``crowd``)."""
    sentence = doc.token_sentence[token] if doc.token_sentence else 0
    types = {
        t.info.event_type
        for t in doc.triggers
        if not t.blocked and (not doc.token_sentence or doc.token_sentence[t.at.token] == sentence)
    }
    return bool(types) and res.taxonomy.crowd.isdisjoint(types)


def _describes_attack(doc: Doc, res: Resources, match: Match) -> bool:
    """Whether ``match`` is an adjective of the attack noun right before it ("هجمات انتحارية",
    "الهجوم المسلح"): it tells how the attack was made, and names no attacker."""
    if not res.attack_adjectives or match.first == 0 or match.last - match.first != 1:
        return False
    word, before = doc.tokens[match.first].norm, doc.tokens[match.first - 1].norm
    forms = res.clitics.forms
    return not (
        res.attack_adjectives.isdisjoint(forms(word)) or res.attack_nouns.isdisjoint(forms(before))
    )


def _qualifies(doc: Doc, res: Resources, match: Match) -> bool:
    """Whether ``match`` is one of the people adjectives after a word with the article ("الحكم
    المدني", "المجتمع المدني"): it says what kind of thing that is, and names no people."""
    k = match.first
    if k == 0 or match.last - k != 1 or doc.tokens[k].norm not in res.people_adjectives:
        return False
    article = res.clitics.article
    return bool(article) and any(
        f.startswith(article) for f in res.clitics.forms(doc.tokens[k - 1].norm)
    )


def _participant(
    doc: Doc, res: Resources, match: Match, country_name: CountryName, beside: Beside
) -> ParticipantMention:
    at = doc.mention(match.first, match.last)
    value = match.entry.value
    if isinstance(value, ActorInfo):
        return participant(
            at, value.name, value.kind, value.country, True, branch_of=value.branch_of
        )
    assert isinstance(value, ForceInfo)
    country = adjacent_country(doc, res, beside, match.first, match.last)
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
        return participant(at, res.templates[value.kind], value.kind, None, True, vague=value.vague)
    if country is None:
        return participant(
            at,
            res.templates[value.kind],
            value.kind,
            None,
            False,
            instrument=value.instrument,
            occupation=value.occupation,
            at_crowd=value.at_crowd,
        )
    name = country_name(country.code) or country.code
    return participant(
        at,
        res.templates[value.kind].format(country=name),
        value.kind,
        country.code,
        True,
        at_crowd=value.at_crowd,
    )


def doer_countries(
    doc: Doc, res: Resources, country_name: CountryName, found: list[ParticipantMention]
) -> list[ParticipantMention]:
    """The forces of a country named right after a ``doer_links`` word that follows a trigger
    ("airstrikes by Israel", "غارات شنتها إسرائيل") or ends an actor cue ("carried out by
    Turkey"): a side told only by its country, as an accused one is (``owned``: weaker than its
    forces named outright). Not "condemned by France": what France did there is no attack."""
    if not res.doer_links or not doc.countries:
        return []
    taken = {i for p in found for i in range(p.at.token, p.at.last)}
    out: list[ParticipantMention] = []
    for ref in doc.countries:
        k = ref.at.token - 1
        if k > 0 and doc.tokens[k].norm in res.determiners:
            k -= 1  # "by the United States"
        if ref.is_demonym or ref.speaker or ref.person or k < 0 or ref.at.token in taken:
            continue
        if res.doer_links.isdisjoint(res.clitics.forms(doc.tokens[k].norm)):
            continue
        if doc.clause_of(k) != doc.clause_of(ref.at.token) or not _told_deed(doc, k):
            continue
        name = res.templates["state_forces"].format(country=country_name(ref.code) or ref.code)
        out.append(participant(ref.at, name, "state_forces", ref.code, True, owned=True))
    return out


def _told_deed(doc: Doc, link: int) -> bool:
    """Whether a trigger ends right before token ``link`` or an actor cue of several words
    ends with it ("carried out by")."""
    if any(t.at.last == link for t in doc.triggers):
        return True
    return any(m.last == link + 1 and m.first < link for m in doc.matches_of("cue:actor"))
