"""Attacked objects ("a police patrol", "a bar", "مقر الشرطة") as part of a target's words.

GTD-style reports name what was hit rather than who: the object noun joins the force next to
it ("Afghan Border Police (ABP) patrol"), stands for the forces of the country word beside it
("an Israeli base", "قاعدة عسكرية إسرائيلية"), or stands alone for civilians (a bar, a market)
or for the forces of the event's country (a checkpoint, a convoy).
"""

from __future__ import annotations

from app.extraction.doc import Doc, ParticipantMention, participant
from app.extraction.entry_info import ForceInfo
from app.extraction.lexicon import Match, longest
from app.extraction.resources import Resources
from app.extraction.steps.demonyms import Beside, CountryName, adjacent_country

GAP = 2  # words allowed between a force and its object (an acronym in brackets)
JOINABLE = ("state_forces", "police", "civilians", "external_force")  # "police patrol", "UN convoy"


def objects(doc: Doc, res: Resources, country_name: CountryName) -> Doc:
    """Join object nouns to the force next to them, or add them as participants of their own."""
    people = list(doc.participants)
    taken = {i for p in people for i in range(p.at.token, p.at.last)}
    taken |= {i for t in doc.triggers for i in range(t.at.token, t.at.last)}  # "car bomb"
    before = res.adjective_position == "before"
    by_edge = _by_edge(people, before)
    added: list[ParticipantMention] = []
    beside: Beside | None = None  # built for the first security object standing alone
    for match in longest(doc.matches_of("object")):
        if taken.intersection(range(match.first, match.last)):
            k = _inside(people, match)  # "police station": the force's own post
            if k is not None:
                people[k] = _extend(doc, people[k], match)
                by_edge = _by_edge(people, before)
            continue
        k = _neighbour(doc, people, by_edge, match, before)
        if k is None:
            k = _carried(doc, res, people, match)
        if k is not None:
            people[k] = _extend(doc, people[k], match)
            by_edge = _by_edge(people, before)
            continue
        h = _hosted(doc, res, people, match)
        if h is not None:
            at = doc.mention(match.first, match.last)
            added.append(people[h]._replace(at=at, site=True, thing=False))
            continue
        info = match.entry.value
        assert isinstance(info, ForceInfo)
        if info.kind != "civilians":
            beside = beside or Beside(doc, res)
            force = _national(doc, res, beside, match, info.kind, taken, country_name)
            if force is not None:
                added.append(force)
                continue
        at = doc.mention(match.first, match.last)
        resolved = info.kind == "civilians"
        name = res.templates[info.kind]
        added.append(participant(at, name, info.kind, None, resolved, thing=True))
    found = sorted([*people, *added], key=lambda p: p.at.start)
    return doc.evolve(participants=tuple(found))


def _national(
    doc: Doc,
    res: Resources,
    beside: Beside,
    match: Match,
    kind: str,
    taken: set[int],
    country_name: CountryName,
) -> ParticipantMention | None:
    """A security object with a country word on its adjective side, maybe past a qualifier
    ("an Israeli base", "دورية تركية", "قاعدة عسكرية إسرائيلية"): that country's forces, at the
    site; None without one, or when the country word belongs to another participant."""
    first, last = match.first, match.last
    if res.adjective_position == "after":
        if last < len(doc.tokens) and doc.tokens[last].norm in res.object_qualifiers:
            last += 1
    elif first > 0 and doc.tokens[first - 1].norm in res.object_qualifiers:
        first -= 1
    country = adjacent_country(doc, res, beside, first, last)
    if (
        country is None
        or country.person
        or taken.intersection(range(country.at.token, country.at.last))
    ):
        return None
    at = doc.mention(min(first, country.at.token), max(last, country.at.last))
    name = country_name(country.code) or country.code
    template = res.templates[kind]
    return participant(at, template.format(country=name), kind, country.code, True, site=True)


def _inside(people: list[ParticipantMention], match: Match) -> int | None:
    """The force whose words an object phrase contains ("police station", "army base"), if any."""
    return next(
        (
            k
            for k, p in enumerate(people)
            if p.kind in JOINABLE[:2]
            and not p.site
            and match.first <= p.at.token
            and p.at.last <= match.last
            and (p.at.token, p.at.last) != (match.first, match.last)
        ),
        None,
    )


def _by_edge(people: list[ParticipantMention], before: bool) -> dict[int, list[int]]:
    """The joinable participants by the token an object's distance is measured from: the token
    after them when objects follow their force (``before``: adjectives first), else their first."""
    out: dict[int, list[int]] = {}
    for k, p in enumerate(people):
        if p.kind in JOINABLE:
            out.setdefault(p.at.last if before else p.at.token, []).append(k)
    return out


def _neighbour(
    doc: Doc,
    people: list[ParticipantMention],
    by_edge: dict[int, list[int]],
    match: Match,
    before: bool,
) -> int | None:
    """The index of the force or civilians ``match`` is written right next to (or with only an
    acronym in brackets between), in its sentence; the first in ``people`` of several."""
    # "police patrol", "army (ANA) post"; "دورية للجيش", "مقر الشرطة"
    edges = (
        range(match.first - GAP, match.first + 1)
        if before
        else range(match.last, match.last + GAP + 1)
    )
    near = [k for edge in edges for k in by_edge.get(edge, ())]
    if not near:
        return None  # most objects stand alone: no need to know their sentence
    sentence = doc.sentence_of(match.first)
    for k in sorted(near):
        p = people[k]
        lo, hi = (p.at.last, match.first) if before else (match.last, p.at.token)
        if hi > lo and not _bracketed(doc, lo, hi):
            continue
        if doc.sentence_of(p.at.token) == sentence:
            return k
    return None


def _carried(
    doc: Doc, res: Resources, people: list[ParticipantMention], match: Match
) -> int | None:
    """ "a convoy of gold miners", "حافلة تقل مدنيين": the people an object is said to carry,
    after one link word, are those it belongs to (not the army a convoy stands for alone)."""
    link = match.last
    if link < len(doc.tokens) and doc.tokens[link].norm in res.object_qualifiers:
        link += 1  # "دورية عسكرية تابعة للجيش"
    if link >= len(doc.tokens) or doc.tokens[link].norm not in res.object_links:
        return None
    return next(
        (k for k, p in enumerate(people) if p.at.token == link + 1 and p.kind in JOINABLE),
        None,
    )


HOST_REACH = 12  # tokens from an object to the word that says whom it hosts
HOSTS = ("state_forces", "police", "external_force")


def _hosted(doc: Doc, res: Resources, people: list[ParticipantMention], match: Match) -> int | None:
    """ "قاعدة عين الأسد في محافظة الأنبار، التي تستضيف قوات أمريكية", "a base in Anbar, which
    hosts US troops": the force named right after a host word later in the object's sentence
    is the one whose object was hit."""
    if not res.host_links:
        return None
    sent = doc.sentences[doc.sentence_of(match.first)]
    end = min(sent.last, match.last + HOST_REACH)
    link = next((i for i in range(match.last, end) if doc.tokens[i].norm in res.host_links), None)
    if link is None:
        return None
    return next(
        (
            k
            for k, p in enumerate(people)
            if p.at.token == link + 1 and p.kind in HOSTS and p.resolved and not p.instrument
        ),
        None,
    )


def _bracketed(doc: Doc, lo: int, hi: int) -> bool:
    """Whether what stands between token ``lo - 1`` and token ``hi`` is in brackets: "(ANA)"."""
    between = doc.text[doc.tokens[lo - 1].end : doc.tokens[hi].start].strip()
    return between.startswith("(") and between.endswith(")")


def _extend(doc: Doc, p: ParticipantMention, match: Match) -> ParticipantMention:
    start = min(p.at.start, doc.tokens[match.first].start)
    end = max(p.at.end, doc.tokens[match.last - 1].end)
    if doc.text[end : end + 1] == ")" and doc.text[start:end].count("(") > doc.text[
        start:end
    ].count(")"):
        end += 1
    at = p.at._replace(
        start=start,
        end=end,
        text=doc.text[start:end],
        token=min(p.at.token, match.first),
        last=max(p.at.last, match.last),
    )
    return p._replace(at=at, site=True)
