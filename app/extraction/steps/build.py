"""Turn merged drafts into public events, with fallbacks and the evidence for every field."""

from __future__ import annotations

from dataclasses import replace

from app.extraction.doc import CasualtyRef, Doc, ParticipantMention
from app.extraction.geo import GazetteerLike
from app.extraction.resources import Resources
from app.extraction.steps.country_refs import context_countries
from app.extraction.steps.drafts import Draft
from app.extraction.steps.place_names import to_place
from app.extraction.steps.places import lead_place
from app.extraction.types import (
    NAMED_GROUPS,
    Count,
    EventDate,
    Evidence,
    ExtractedEvent,
    Participant,
    ParticipantKind,
    Place,
    Span,
)

KEEP_SCORE = 2


def keep(d: Draft, crowd_types: frozenset[str] = frozenset()) -> bool:
    """Keep drafts with enough substance: a toll, or two of where, when, who and to whom.

    Bare mentions ("the attacks", "clashes in Yemen", commentary on "the bombing in Casablanca")
    are background; a reported incident nearly always states a toll, a date or its parties.
    """
    place = d.place.place if d.place is not None else None
    # a natural feature the gazetteer lacks ("in the north of the Sinai Peninsula") is a vague where
    feature = place is not None and place.latitude is None and place.precision == "admin1"
    precise = d.place is not None and not d.place.country_only and not feature
    # a side only referred to again ("its forces") adds nothing the article did not say
    actor = (
        d.actor is not None
        and d.actor.resolved
        and d.actor.kind != "civilians"
        and not d.actor.owned
    )
    claimed = d.actor is not None and d.actor.claimed
    # a crowd acting at its own protest (roles.crowd_side) counts as the people it was before
    crowd = d.actor is not None and d.actor.crowd
    target = (d.target is not None and not d.target.thing) or crowd
    toll = d.killed is not None or d.wounded is not None
    if not toll and _talked_about(d, crowd_types):
        return False
    # a word that is an attack in only one of its senses ("ضربة": also a blow, a setback) tells
    # one only with a toll, or beside another trigger
    if not toll and d.triggers and all(t.info.weak for t in d.triggers):
        return False
    # a claim of "the bombing" told on its own names the claimant of an incident told elsewhere
    # ("وأعلنت القاعدة مسؤوليتها عن التفجير"): the claimant counts as an actor, and it needs a
    # where, when or whom of its own
    strong = toll or (claimed and not d.anaphoric)
    # a protest's crowd, told acting and counted or demanding (``Draft.rally``), is its who
    # a verb in the perfect tells the act done ("انفجرت سيارة مفخخة قرب ..."), as a where or when
    told = any(t.info.finite for t in d.triggers)
    score = 2 * strong + precise + (d.date is not None) + actor + target + d.rally + told
    return score >= KEEP_SCORE


def _talked_about(d: Draft, crowd_types: frozenset[str]) -> bool:
    """Whether every trigger is a definite attack noun: plural ("the attacks", "الاعتداءات"),
    or, but for a crowd's event (``crowd_types``: "المتظاهرين" names the crowd, not a protest told
    before), singular ("الهجوم وقع في", "موقع التفجير") and so an incident told elsewhere."""
    if not d.triggers or not all(t.anaphoric for t in d.triggers):
        return False
    return d.event_type not in crowd_types or all(t.info.plural for t in d.triggers)


class Fallback:
    """The place of an article's events that have none of their own (``_fallback_place``):
    worked out on first need, once per article, not once per such event."""

    __slots__ = ("_doc", "_found", "_gaz", "_place")

    def __init__(self, doc: Doc, gaz: GazetteerLike | None) -> None:
        self._doc, self._gaz = doc, gaz
        self._found = False
        self._place: Place | None = None

    def place(self) -> Place | None:
        """The article's fallback place (None when it has none)."""
        if not self._found:
            self._place, self._found = _fallback_place(self._doc, self._gaz), True
        return self._place


def event(
    doc: Doc, res: Resources, d: Draft, gaz: GazetteerLike | None, fallback: Fallback | None = None
) -> ExtractedEvent:
    """Build the public event of one draft (``fallback``: the article's, shared by its events)."""
    if d.place:
        place: Place | None = d.place.place
    else:
        place = (fallback or Fallback(doc, gaz)).place()
    if place is None or place.country_code is None:
        place = _home_place(doc, d, place, gaz)
    country = place.country_code if place else None
    violent = res.taxonomy.carries_toll(d.event_type, d.sub_event_type)
    date = (
        EventDate(d.date.value, d.date.precision, _span(d.date.at.start, d.date.at.end, doc))
        if d.date
        else EventDate(doc.published, "day", None)
    )
    return ExtractedEvent(
        event_type=d.event_type,
        sub_event_type=d.sub_event_type,
        actor=_participant(doc, res, _at_crowd(res, d, d.actor, gaz), country, gaz),
        target=_participant(doc, res, _at_crowd(res, d, d.target, gaz), country, gaz)
        or _victims(doc, res, d),
        location=place,
        date=date,
        killed=_count(doc, d.killed) if violent else None,
        wounded=_count(doc, d.wounded) if violent else None,
        evidence=_evidence(doc, d),
    )


def _span(start: int, end: int, doc: Doc) -> Span:
    return Span(start, end, doc.text[start:end])


def _fallback_place(doc: Doc, gaz: GazetteerLike | None) -> Place | None:
    """The article's lead place (places.lead_place), else its most mentioned country."""
    lead = lead_place(doc)
    if lead is not None:
        return lead.place
    for code in context_countries(doc):
        cand = gaz.country(code) if gaz else None
        if cand is not None:
            return to_place(cand, cand.name, None, None)
    return None


def _home_place(doc: Doc, d: Draft, place: Place | None, gaz: GazetteerLike | None) -> Place | None:
    """With no country from the text, the home country of the group that did it, else of the
    first group the article names ("Boko Haram raided Kubuwa village": Nigeria)."""
    groups = [d.actor] if d.actor is not None else []
    groups += [p for p in doc.participants if not p.denied]
    code = next((p.country for p in groups if p.kind in NAMED_GROUPS and p.country), None)
    if code is None or gaz is None:
        return place
    if place is not None:
        return replace(place, country_code=code)
    cand = gaz.country(code)
    return to_place(cand, cand.name, None, None) if cand else None


def _victims(doc: Doc, res: Resources, d: Draft) -> Participant | None:
    """With no target named, the people counted in the toll of an attack on civilians
    ("26 killed in attack in South-West Cameroon"): by the type's definition, civilians."""
    toll = d.killed or d.wounded
    civilian = res.taxonomy.resolve(None, "civilians")
    if toll is None or civilian is None or d.event_type != civilian[0]:
        return None
    span = _span(_counted_from(toll), toll.at.end, doc)
    return Participant(res.templates["civilians"], span.text, "civilians", None, span)


def _counted_from(toll: CasualtyRef) -> int:
    """Where the people a toll counts are written: from its figure when the verb stands before
    it ("killed an Israeli man", "shot dead three", "قتل مسلح رجلا"), else the whole toll; an
    "at least"/"أكثر من" before the figure stays with it."""
    figure = toll.figure.span
    if figure is None or toll.figure.qualifier != "exact" or figure.start <= toll.at.start:
        return toll.at.start
    return figure.start


def _participant(
    doc: Doc,
    res: Resources,
    p: ParticipantMention | None,
    country: str | None,
    gaz: GazetteerLike | None,
) -> Participant | None:
    if p is None:
        return None
    name, code = p.name, p.country
    if not p.resolved:
        # an unqualified force noun ("security forces") belongs to the country of the event;
        # a weapon ("a drone strike") may be any country's (cross-border strikes)
        if p.occupation:
            country = _occupier(doc, res, country)
        if country is None or gaz is None or p.instrument:
            return None
        code = country
        name = res.templates[p.kind].format(country=gaz.country_name(country) or country)
    kind: ParticipantKind = p.kind  # type: ignore[assignment]
    return Participant(name, p.at.text, kind, code, _span(p.at.start, p.at.end, doc))


def _at_crowd(
    res: Resources, d: Draft, p: ParticipantMention | None, gaz: GazetteerLike | None
) -> ParticipantMention | None:
    """At a crowd's event (a protest, a riot) a force the language codes otherwise there
    ("security forces", "قوات الأمن": the state's forces policing the crowd) takes that kind,
    as ACLED codes a country's security forces at protests as its police; the army stays."""
    if p is None or not p.at_crowd or d.event_type not in res.taxonomy.crowd:
        return p
    kind = p.at_crowd
    if not p.resolved or p.country is None:
        return p._replace(kind=kind)
    name = (gaz.country_name(p.country) if gaz else None) or p.country
    return p._replace(kind=kind, name=res.templates[kind].format(country=name))


def _occupier(doc: Doc, res: Resources, country: str | None) -> str | None:
    """Whose an occupying force of no stated country is ("قوات الاحتلال"): never the event's
    country's; the language's occupier where the event lies in, or the text names, a country
    where the press means it, else unknown."""
    occupier = res.occupier
    if occupier is None:
        return None
    if country in res.occupied or any(c.code == occupier for c in doc.countries):
        return occupier
    return None


def _count(doc: Doc, ref: CasualtyRef | None) -> Count | None:
    if ref is None:
        return None
    count = ref.figure
    span = count.span or _span(ref.at.start, ref.at.end, doc)
    if count.qualifier == "approximate":
        # "Dozens" states no number: report none, keep the lower bound as the range.
        return Count(None, count.low, count.high, count.qualifier, span)
    if count.qualifier in ("exact", "zero"):
        return Count(count.best, count.best, count.best, count.qualifier, span)
    return Count(count.best, count.low, count.high, count.qualifier, span)


def _evidence(doc: Doc, d: Draft) -> tuple[Evidence, ...]:
    out = [Evidence("trigger", t.at.text, t.at.start, t.at.end) for t in d.triggers]
    if d.triggers:
        best = (
            d.triggers[0]  # nothing to rank
            if len(d.triggers) == 1
            else max(d.triggers, key=lambda t: (not t.info.generic, t.info.priority))
        )
        out.append(Evidence("event_type", best.at.text, best.at.start, best.at.end))
    for field, ref in (
        ("actor", d.actor),
        ("target", d.target),
        ("location", d.place),
        ("date", d.date),
        ("killed", d.killed),
        ("wounded", d.wounded),
    ):
        if ref is not None:
            at = ref.at
            out.append(Evidence(field, at.text, at.start, at.end))
    return tuple(out)
