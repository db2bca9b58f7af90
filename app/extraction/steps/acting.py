"""Who acts in an incident where the trigger's words alone do not say: a demonym written as the
trigger noun's adjective, a force of the state at a crowd's event, and the crowd itself."""

from __future__ import annotations

from app.extraction.doc import Doc, ParticipantMention
from app.extraction.resources import Resources
from app.extraction.steps.folds import FORCES
from app.extraction.steps.incident import Incident


def demonym_adjective(doc: Doc, res: Resources, inc: Incident, p: ParticipantMention) -> bool:
    """ "سبعة قتلى بغارة إسرائيلية": a demonym alone right after the trigger noun, where
    adjectives follow their noun, says whose the attack was, whatever target cue ("قتلى")
    stands before it."""
    if res.adjective_position != "after" or p.kind not in FORCES:
        return False
    # not at a crowd's event ("مظاهرات إيرانية": the nationality of the protesters; "احتجاجا
    # على العدوان الإسرائيلي": what the crowd protested)
    if any(t.info.event_type in res.taxonomy.crowd for t in inc.triggers):
        return False
    if not any(t.at.last == p.at.token for t in inc.triggers):
        return False
    return any(
        c.is_demonym and (c.at.start, c.at.end) == (p.at.start, p.at.end) for c in doc.countries
    )


def intervening(
    res: Resources, inc: Incident, targets: list[tuple[ParticipantMention, int]], counted: int
) -> ParticipantMention | None:
    """ "قتل متظاهر خلال تفريق قوات مكافحة الشغب احتجاجا", "a protester was killed as riot
    police dispersed the protest": a force of the state named at a crowd's event, not counted
    among its victims, acted on the crowd (where people were hurt, it hurt them: the taxonomy's
    ``hurt`` rule; with no one hurt the crowd remains the event's side)."""
    if not any(t.info.event_type in res.taxonomy.crowd for t in inc.triggers):
        return None
    return next(
        (
            p
            for p, s in targets
            if p.kind in FORCES
            and s < counted
            and not (p.thing or p.site or p.vague or p.instrument or p.owned)
        ),
        None,
    )


def crowd_side(
    res: Resources,
    inc: Incident,
    actor: ParticipantMention | None,
    sure: int,
    targets: list[tuple[ParticipantMention, int]],
) -> tuple[ParticipantMention | None, int, list[tuple[ParticipantMention, int]]]:
    """ "تظاهر مئات الطلاب تنديدا بالقصف التركي", "students protested against the strikes": at
    a crowd's event where no one was hurt, the people the crowd is made of act, and the side it
    protested against is the target; not when a force broke it up ("أطلقت الشرطة الغاز المسيل
    للدموع") or a side named before them acted on it ("police dispersed protesters").
    Returns (actor, how sure, targets)."""
    crowds = [t.info for t in inc.triggers if t.info.event_type in res.taxonomy.crowd]
    types = res.taxonomy.types
    # a crowd's event of its type's first sub-type (a peaceful protest, not one a force broke up)
    plain = all(
        i.sub_event_type is None or i.sub_event_type in types[i.event_type][:1] for i in crowds
    )
    if inc.casualties or not crowds or not plain:
        return actor, sure, targets
    crowd = next(
        (p for p, _ in targets if p.kind == "civilians" and not (p.thing or p.site or p.owned)),
        None,
    )
    if crowd is None or (actor is not None and actor.at.start < crowd.at.start):
        return actor, sure, targets
    against = [(actor, sure)] if actor is not None else []
    return crowd._replace(crowd=True), 1, [t for t in targets if t[0] is not crowd] + against
