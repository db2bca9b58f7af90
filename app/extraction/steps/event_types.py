"""An incident's event type: from its most specific trigger, else from who did it to whom, and
the sub-type a toll gives (a protest a state force hurt people at)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.extraction.doc import ParticipantMention, TriggerMention
from app.extraction.entry_info import ARREST, CLASH
from app.extraction.resources import Resources
from app.extraction.steps.incident import Incident
from app.extraction.taxonomy import Taxonomy
from app.extraction.text import few_words

if TYPE_CHECKING:
    from app.extraction.steps.drafts import Draft


def event_type(
    res: Resources,
    inc: Incident,
    actor: ParticipantMention | None,
    target: ParticipantMention | None,
) -> tuple[str, str | None, int]:
    """Return (event_type, sub_event_type, how sure: 2 specific, 1 weak or by participants, 0 generic)."""
    specific = [t for t in inc.triggers if not t.info.generic]
    if inc.casualties and any(t.info.event_type in res.taxonomy.violent for t in inc.triggers):
        # a toll is the violence's: "raided a village, looted shops and killed three" is an
        # attack (a crowd's event and an arrest have rules of their own for a toll)
        specific = [t for t in specific if not _bystander(res, t)]
    if specific:
        # one trigger: nothing to rank
        best = specific[0] if len(specific) == 1 else max(specific, key=lambda t: t.info.priority)
        return best.info.event_type, best.info.sub_event_type, 1 if best.info.weak else 2
    resolved = res.taxonomy.resolve(actor.kind if actor else None, target.kind if target else None)
    if resolved is not None:
        return resolved[0], resolved[1], 1
    if inc.triggers:
        return inc.triggers[0].info.event_type, inc.triggers[0].info.sub_event_type, 0
    return res.taxonomy.default[0], res.taxonomy.default[1], 0


def _bystander(res: Resources, t: TriggerMention) -> bool:
    """Whether ``t`` tells a deed of no violence beside a violent one (looting, not an arrest
    nor a crowd's event)."""
    tax, info = res.taxonomy, t.info
    if info.event_type in tax.violent or info.event_type in tax.crowd:
        return False
    return (info.event_type, info.sub_event_type) != ARREST


def retype(taxonomy: Taxonomy, d: Draft, text: str, early: bool = False) -> Draft:
    """A draft whose type its target contradicts takes the type the taxonomy's ``retype`` rules
    give (an attack that killed soldiers is a clash with them, not violence against civilians;
    so is one where security forces killed five militants; territory taken by a force of the
    state is regained, by any other side overtaken). Applied after merging, when the roles are
    final; ``early``: before merging too, by the rules marked so."""
    actor_kind = _acting_kind(d)
    target_kind = d.target.kind if d.target else None
    etype, sub = taxonomy.retype(
        d.event_type, d.sub_event_type, target_kind, actor_kind, _toll_counts(d, text), early
    )
    changed = (etype, sub) != (d.event_type, d.sub_event_type)
    return d._replace(event_type=etype, sub_event_type=sub) if changed else d


FORCES = ("state_forces", "police")


def _acting_kind(d: Draft) -> str | None:
    """The kind of side the actor acts as: a state's force in another country (Turkish troops
    in Iraq) is an external force there, as ACLED counts a foreign army that takes a town."""
    actor = d.actor
    if actor is None:
        return None
    where = d.place.place.country_code if d.place else None
    if actor.kind in FORCES and actor.country and where and where != actor.country:
        return "external_force"
    return actor.kind


COUNTED_GAP = 2  # "five of the militants", "خمسة من المسلحين": words between figure and target


def _toll_counts(d: Draft, text: str) -> bool:
    """Whether a figure of the toll is written with the target ("killed five militants",
    "مسلحين اثنين"), not with other victims ("shot a gunman who had killed three worshippers")."""
    if d.target is None:
        return False
    at = d.target.at
    for c in (d.killed, d.wounded):
        span = c.figure.span if c else None
        if span is None:
            continue
        gap = text[span.end : at.start] if span.end <= at.start else text[at.end : span.start]
        if few_words(gap, COUNTED_GAP) and not any(ch in gap for ch in ".,;:،؛"):
            return True
    return False


def hurt(taxonomy: Taxonomy, d: Draft) -> Draft:
    """A draft with victims takes the sub-type its type's ``hurt`` rule gives for its actor
    (a protest where a state force wounded people: "Excessive force against protesters"), or
    the type of another trigger whose ``hurt`` rule takes over its own (``over``).
    Applied after merging: the toll and the force are often told in different clauses."""
    if not ((d.killed and d.killed.figure.best) or (d.wounded and d.wounded.figure.best)):
        return d
    actor = d.actor.kind if d.actor else None
    sub = taxonomy.hurt_sub_type(d.event_type, actor)
    if sub:
        return d._replace(sub_event_type=sub)
    told = dict.fromkeys(t.info.event_type for t in d.triggers)
    over = taxonomy.hurt_over(d.event_type, told, actor, d.target.kind if d.target else None)
    return d._replace(event_type=over[0], sub_event_type=over[1]) if over else d


def arrest_first(d: Draft) -> Draft:
    """An arrest told first, then an attack with no toll ("اعتقال ثلاثة يشتبه في مسؤوليتهم عن
    تفجيرات", "arrested two men driving a car bomb"): what they are held for or carried; the
    draft reports the arrest. Fighting stays: "arrested during clashes" tells both."""
    if d.killed is not None or d.wounded is not None or d.event_type in (ARREST[0], CLASH[0]):
        return d
    first = min(d.triggers, key=_token) if d.triggers else None
    if first is None or (first.info.event_type, first.info.sub_event_type) != ARREST:
        return d
    return d._replace(event_type=ARREST[0], sub_event_type=ARREST[1])


def _token(t: TriggerMention) -> int:
    return t.at.token
