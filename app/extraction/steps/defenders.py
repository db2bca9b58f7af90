"""The side that fought off an attack: "Afghan forces repelled a Taliban attack, killing 17
militants" was an attack on the forces; the militants counted are the attacker's own."""

from __future__ import annotations

from collections.abc import Sequence

from app.extraction.doc import ParticipantMention

IRREGULAR = ("rebel_group", "militia", "unidentified_armed_group")  # sides no state fields
FORCES = ("state_forces", "police")

Side = tuple[ParticipantMention, int]  # a participant and how sure its role is


def defended(
    actor: ParticipantMention | None,
    target: Side,
    actors: Sequence[Side],
    targets: Sequence[Side],
) -> Side:
    """``target``, or, when unnamed fighters are the target of an irregular actor, the state
    force the text names beside them: the one they attacked (the force, else a post of it)."""
    if actor is None or actor.kind not in IRREGULAR:
        return target
    if target[0].kind != "unidentified_armed_group" or target[0].owned:
        return target
    forces = [
        s
        for s in (*actors, *targets)
        if s[0].kind in FORCES and s[0] is not actor and not (s[0].instrument or s[0].owned)
    ]
    return min(forces, key=lambda s: (s[0].thing, s[0].at.start), default=target)
