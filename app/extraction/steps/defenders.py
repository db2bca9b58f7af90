"""The side that fought off an attack: "Afghan forces repelled a Taliban attack, killing 17
militants" was an attack on the forces; the militants counted are the attacker's own."""

from __future__ import annotations

from collections.abc import Sequence

from app.extraction.doc import Doc, ParticipantMention

IRREGULAR = ("rebel_group", "militia", "unidentified_armed_group")  # sides no state fields
FORCES = ("state_forces", "police")
REPEL = "cue:repel"  # "repelled", "fought off": the force in its clause stopped the attack

Side = tuple[ParticipantMention, int]  # a participant and how sure its role is


def defended(
    doc: Doc,
    actor: ParticipantMention | None,
    target: Side,
    actors: Sequence[Side],
    targets: Sequence[Side],
) -> Side:
    """``target``, or, when unnamed fighters are the target of an irregular actor, the state
    force told in a clause with a ``cue.repel`` word ("repelled", "صدت"): the one they attacked
    (the force, else a post of it)."""
    if actor is None or actor.kind not in IRREGULAR:
        return target
    if target[0].kind != "unidentified_armed_group" or target[0].owned:
        return target
    repel = {doc.clause_of(m.first) for m in doc.matches_of(REPEL)}
    if not repel:
        return target
    forces = [
        s
        for s in (*actors, *targets)
        if s[0].kind in FORCES
        and s[0] is not actor
        and not (s[0].instrument or s[0].owned)
        and doc.clause_of(s[0].at.token) in repel
    ]
    return min(forces, key=lambda s: (s[0].thing, s[0].at.start), default=target)
