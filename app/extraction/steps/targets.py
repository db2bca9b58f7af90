"""To whom: the target of an incident chosen among the participants that are no actor."""

from __future__ import annotations

from app.extraction.doc import Doc, ParticipantMention
from app.extraction.resources import Resources
from app.extraction.steps.cues import Cues
from app.extraction.steps.defenders import defended
from app.extraction.steps.role_cues import cue_before
from app.extraction.steps.verb_first import ARMED

COUNTED = 3  # how sure a target counted in the toll or named after a target cue is
PLACED = ("state_forces", "police", "civilians")  # kinds whose posts or places the lexicon names
Ranked = list[tuple[ParticipantMention, int]]


def best_target(
    doc: Doc,
    res: Resources,
    cues: Cues,
    actor: ParticipantMention | None,
    actors: Ranked,
    targets: Ranked,
) -> tuple[ParticipantMention | None, int]:
    """Return the target of ``targets`` (the participants of no actor's role, with how sure
    each is) and how sure it is; ``actors`` are the candidates for the actor."""
    # one candidate: nothing to rank
    target = targets[0] if len(targets) == 1 else min(targets, key=_target_rank, default=None)
    if target is None:
        return None, 0
    if target[0].kind == "unidentified_armed_group":
        # "struck positions of the movement's fighters, killing 17 militants": the militants
        # counted are those of the group referred back to, which names the target better; so
        # are those of a named group the text sets against the actor ("clashed with the ELN,
        # killing three guerrillas")
        target = next(
            (
                t
                for t in targets
                if not _unnamed(t[0])
                and (t[0].owned or cue_before(doc, res, cues, t[0], "opponent"))
            ),
            target,
        )
        target = defended(doc, actor, target, actors, targets)
    return _precise(_person_at(target, targets), targets), target[1]


def _target_rank(
    t: tuple[ParticipantMention, int],
) -> tuple[int, bool, bool, bool, bool, bool, int]:
    """The surest target first; people and forces before the things they were in ("a strike on
    a car ..."), and before "people" of no stated side; a force named with what of it was hit
    ("حاجز للجيش") before the bare force: the same side, told more precisely."""
    p, sure = t
    return -sure, p.thing, p.vague, _unnamed(p), p.owned, not p.site, p.at.start


def opponent(
    doc: Doc, res: Resources, cues: Cues, targets: list[tuple[ParticipantMention, int]]
) -> ParticipantMention | None:
    """ "Six militants were killed in an exchange of fire with police": with no actor named,
    the armed side the counted victims fought with did it."""
    counted = [(p, s) for p, s in targets if s >= COUNTED and not (p.thing or p.vague)]
    if not counted:
        return None
    victims, sure = counted[0]
    return next(
        (
            p
            for p, s in targets
            if s < sure
            and p.kind in ARMED
            and (p.kind != victims.kind or _other_country(p, victims))
            and not (p.thing or p.site or p.vague or p.instrument)
            and cue_before(doc, res, cues, p, "opponent")
        ),
        None,
    )


def _other_country(p: ParticipantMention, q: ParticipantMention) -> bool:
    """ "Two Indian soldiers were killed in an exchange of fire with Pakistani troops": forces
    of the same kind, each of a country named, and not the same country's."""
    return (
        p.resolved
        and q.resolved
        and p.country is not None
        and q.country is not None
        and (p.country != q.country)
    )


def _unnamed(p: ParticipantMention) -> bool:
    """ "militants" or "soldiers" say less than a named group ("the group's fighters")."""
    return p.kind not in ("rebel_group", "militia", "external_force")


def _precise(
    best: tuple[ParticipantMention, int], targets: list[tuple[ParticipantMention, int]]
) -> ParticipantMention:
    """ "Seven soldiers were killed in an attack on a checkpoint", "civilians at a market": of
    a side and one of its posts, vehicles or places, equally sure, the place says what was
    attacked (one of another side, "police killed at an army checkpoint", does not)."""
    p, sure = best
    if p.kind not in PLACED or p.thing or p.site or p.vague:
        return p
    posts = [t for t, s in targets if s == sure and t.thing and t.kind == p.kind]
    if not posts:
        return p
    if p.resolved and not posts[0].resolved:
        # "Chadian soldiers were killed in an attack on their post in Nigeria": the post is
        # theirs, not the event country's
        return posts[0]._replace(name=p.name, country=p.country, resolved=True)
    return posts[0]


def _person_at(
    best: tuple[ParticipantMention, int], targets: list[tuple[ParticipantMention, int]]
) -> tuple[ParticipantMention, int]:
    """ "opened fire on <Name> at the army camp": of a post or object and a person or
    institution the text names, equally sure, the named one was attacked there."""
    p, sure = best
    if not (p.site or p.thing):
        return best
    return next(((t, s) for t, s in targets if t.named and s == sure), best)
