"""Combine two drafts of one incident (steps/merge.py decided they are one): each field from
the draft that tells it better.

The more specific type and the finer place win; an actor the other draft saw as the side hit
does not take over; a named victim replaces "people"; the finer date and the larger toll win.
"""

from __future__ import annotations

from datetime import date

from app.extraction.doc import CasualtyRef, DateRef, ParticipantMention
from app.extraction.steps.drafts import Draft, new_draft
from app.extraction.steps.where import finer

VICTIM_KINDS = ("civilians", "state_forces", "police")  # who "people" may turn out to be
COUNTED = 3  # how sure a target counted in its toll is (steps/roles.py)


def attackers_dead(a: Draft, b: Draft) -> bool:
    """ "The Taliban stormed a checkpoint, killing five policemen. 13 Taliban were also killed in
    the attack": a draft that refers back to ``a``'s deadly incident and counts the dead of the
    side ``a`` names as the attacker tells of the attackers' losses, which are not victims."""
    return (
        b.anaphoric
        and a.killed is not None
        and a.actor is not None
        and b.target is not None
        and b.target_sure >= COUNTED
        and a.actor.resolved
        and b.target.name == a.actor.name
        and (b.actor is None or b.actor.name == a.actor.name)  # not the reply (merge._reply)
    )


def combine(a: Draft, b: Draft, published: date) -> Draft:
    """Fill what ``a`` lacks from ``b``; the more specific type and place win."""
    etype, sub, typed = a.event_type, a.sub_event_type, a.typed
    if b.typed > a.typed or (b.typed == a.typed and _priority(b) > _priority(a)):
        etype, sub, typed = b.event_type, b.sub_event_type, b.typed
    place = a.place
    if b.place and (place is None or finer(b.place, place, b.hurt)):
        place = b.place
    actor, sure = (b.actor, b.actor_sure) if _better_actor(b, a) else (a.actor, a.actor_sure)
    if _hit_side(a, b, actor):
        actor, sure = a.actor, a.actor_sure
    target, target_sure, target_sentence = _target(a, b, actor)
    return new_draft(
        etype,
        sub,
        typed,
        a.triggers + b.triggers,
        actor,
        sure,
        target,
        target_sure,
        target_sentence,
        place,
        _finer_date(a.date, b.date, published),
        *((a.killed, a.wounded) if attackers_dead(a, b) else _tolls(a, b)),
        a.token,
        a.anaphoric,
        a.hurt,
        max(a.rally, b.rally),
        sentence=a.sentence,
    )


def _hit_side(a: Draft, b: Draft, actor: ParticipantMention | None) -> bool:
    """Whether ``b``'s actor is the side ``a`` names as hit, and ``a`` is at least as sure of
    it ("two Iraqi soldiers were killed ... the patrol belongs to the Iraqi army": the army is
    not the actor)."""
    return (
        actor is not None
        and actor is b.actor
        and a.target is not None
        and actor.name == a.target.name
        and a.target_sure >= b.actor_sure
    )


def _better_actor(b: Draft, a: Draft) -> bool:
    """Return True when ``b``'s actor should replace ``a``'s: surer, or named where ``a``'s is not."""
    if b.actor is None:
        return False
    if a.actor is None:
        return True
    if (b.actor.kind == "civilians") != (a.actor.kind == "civilians"):
        # "اتهمت الحكومة الدعم السريع باستهداف المدنيين": no side that did it; a crowd acting
        # at its protest gives way to the force that acted on it in another clause
        return a.actor.kind == "civilians"
    unnamed = ("unidentified_armed_group",)
    if a.actor.kind in unnamed and b.actor.kind not in unnamed and b.actor.resolved:
        return True
    if b.actor.branch_of == a.actor.name and b.actor_sure >= a.actor_sure:
        return True  # "Al-Qaeda claimed ..." then "AQAP claimed ...": the branch
    return b.actor_sure > a.actor_sure and not (
        b.actor.kind in unnamed and a.actor.kind not in unnamed
    )


def _target(
    a: Draft, b: Draft, actor: ParticipantMention | None
) -> tuple[ParticipantMention | None, int, int]:
    """``a``'s target (the lead names what was attacked) unless ``b`` names it better; with
    how sure and the sentence it stands in."""
    options = [
        (d.target, d.target_sure, d.target_sentence)
        for d in (a, b)
        if d.target and (actor is None or d.target.name != actor.name)
    ]
    # a crowd that acted at its protest in one clause, a force acting on it in the other: the
    # crowd is what the force acted on
    crowd = next((d for d in (a, b) if d.actor and d.actor.crowd and d.actor is not actor), None)
    if crowd is not None and crowd.actor is not None and actor is not None:
        return crowd.actor._replace(crowd=False), crowd.actor_sure, crowd.sentence
    if len(options) == 2:
        (ta, sa, na), (tb, sb, nb) = options
        if _better_target(tb, ta, na == nb) or _named_victim(ta, sa, tb, sb):
            return tb, sb, nb
        return _whose_post(ta, tb), sa, na
    return options[0] if options else (None, 0, -1)


def _whose_post(post: ParticipantMention, hit: ParticipantMention) -> ParticipantMention:
    """A security post of no stated force ("a checkpoint") is the post of the force whose
    members the other draft tells were hit ("three police officers were killed"): that force,
    in the post's words."""
    if not (post.thing and not post.resolved and hit.kind != post.kind):
        return post
    if post.kind not in FORCES or hit.kind not in FORCES or hit.thing:
        return post
    return post._replace(name=hit.name, kind=hit.kind, country=hit.country, resolved=hit.resolved)


FORCES = ("state_forces", "police")  # the kinds a security post may belong to


def _named_victim(a: ParticipantMention, sa: int, b: ParticipantMention, sb: int) -> bool:
    """ "Police officers" or "the market" over "people", when at least as sure."""
    return a.vague and not b.vague and sb >= sa and (b.thing or b.kind in VICTIM_KINDS)


def _better_target(
    b: ParticipantMention | None, a: ParticipantMention | None, same_sentence: bool = False
) -> bool:
    """Return True when ``b`` names the target better: a named group or force over "militants",
    or, in the same sentence, the post, vehicle or place of the side ``a`` names."""
    if b is None:
        return False
    if a is None:
        return True
    if (
        same_sentence
        and a.kind in VICTIM_KINDS
        and b.kind == a.kind
        and not (a.site or a.thing or a.vague)
        and (b.site or b.thing)
    ):
        return True  # "soldiers killed in an attack on a checkpoint": what of theirs was hit
    if a.kind == b.kind and not a.resolved and b.resolved:
        return True  # "a base" of no stated side, then "the base that hosts US troops"
    return (
        a.kind == "unidentified_armed_group" and b.kind != "unidentified_armed_group" and b.resolved
    )


def _finer_date(a: DateRef | None, b: DateRef | None, published: date) -> DateRef | None:
    """The more precise date; the incident's own day rather than the publication day."""
    if a is None or b is None:
        return a or b
    order = ("day", "week", "month", "year")
    if order.index(a.precision) != order.index(b.precision):
        return b if order.index(b.precision) < order.index(a.precision) else a
    return b if a.value == published and b.value < published else a


def _tolls(a: Draft, b: Draft) -> tuple[CasualtyRef | None, CasualtyRef | None]:
    return _larger(a.killed, b.killed), _larger(a.wounded, b.wounded)


def _larger(a: CasualtyRef | None, b: CasualtyRef | None) -> CasualtyRef | None:
    """Of two figures for one incident the larger: a later toll that "rose to nine" updates."""
    if a is None or b is None:
        return a or b
    # a count ("17 wounded") tells more than a vague figure ("dozens hurt") for the same people
    vague_a, vague_b = a.figure.qualifier == "approximate", b.figure.qualifier == "approximate"
    if vague_a != vague_b:
        return a if vague_b else b
    return b if (b.figure.best or 0) > (a.figure.best or 0) else a


def _priority(d: Draft) -> int:
    return max((t.info.priority for t in d.triggers if not t.info.generic), default=0)
