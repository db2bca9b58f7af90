"""Who acts in an incident where the trigger's words alone do not say: a demonym written as the
trigger noun's adjective, and a force of the state at a crowd's event."""

from __future__ import annotations

from app.extraction.doc import Doc, ParticipantMention
from app.extraction.resources import Resources
from app.extraction.steps.attach import Incident
from app.extraction.steps.folds import FORCES


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
