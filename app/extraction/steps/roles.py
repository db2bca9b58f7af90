"""Who did it and to whom: actor and target of an incident, and the event type they imply."""

from __future__ import annotations

from app.extraction.doc import Doc, ParticipantMention
from app.extraction.resources import Resources
from app.extraction.steps.acting import crowd_side, demonym_adjective, intervening
from app.extraction.steps.cues import Cues
from app.extraction.steps.headings import anchor
from app.extraction.steps.held import held
from app.extraction.steps.incident import Incident
from app.extraction.steps.role_cues import (
    RESPONDERS,
    SOURCES,
    counted,
    cue_before,
    lost_side,
    marked_attacker,
    modifier,
    only_reports,
    passive,
    range_cue,
    stopped_attacker,
)
from app.extraction.steps.sides import allied, between_sides, clashing_sides
from app.extraction.steps.targets import COUNTED, best_target, opponent
from app.extraction.steps.verb_first import (
    object_after_subject,
    subject_after_verb,
    subject_of_noun,
)

OWNED = 2  # how sure a side referred to again ("its jets", "the group") can be as the actor

# when several participants could be the actor, the most specific kind wins
ACTOR_RANK = {
    "rebel_group": 0,
    "militia": 0,
    "external_force": 1,
    "state_forces": 2,
    "police": 2,
    "political_group": 3,
    "unidentified_armed_group": 4,
    "other": 5,
    "civilians": 9,
}


def _role(
    doc: Doc, res: Resources, cues: Cues, inc: Incident, p: ParticipantMention
) -> tuple[str, int]:
    """Return the role and how sure it is (5 claim, 4 next to the trigger, 3 cue, 2 before, 1 after)."""
    role, sure = _position_role(doc, res, cues, inc, p)
    if p.instrument and role == "actor":
        return role, 1  # "a drone strike carried out by X": the weapon yields to whoever is named
    if p.owned and role == "actor" and not p.claimed:
        return role, min(sure, OWNED)  # "the Turkish army said its jets struck": the army
    return role, sure


def _position_role(
    doc: Doc, res: Resources, cues: Cues, inc: Incident, p: ParticipantMention
) -> tuple[str, int]:
    if p.claimed:
        return "actor", 5
    if p.accused:
        return "actor", 4  # "accused the Pakistani military of air strikes"
    if _counted_noun(inc, p):
        return "target", 3  # "Pakistan: policeman shot dead": the noun counts the victim
    if p.kind != "civilians" and not p.thing and cues.starting(FENDED, p.at.last, p.at.last):
        return "target", 4  # "Ukrainian troops repelled a Russian assault": they were attacked
    if res.lost_types and lost_side(doc, res, cues, inc, p):
        return "target", 3  # "recaptured the town from the RSF": the side that lost it
    if subject_of_noun(doc, res, p):
        return "actor", 4  # "خلال اقتحام قوات الاحتلال بلدة": as next to a trigger
    # an attacked object ("هجوم شنه مسلحون على نقطة تفتيش") is never the side that attacked
    if not p.thing and (
        (cue_before(doc, res, cues, p, "actor") and not range_cue(res, cues, inc, p))
        or marked_attacker(doc, res, inc, p)
        or subject_after_verb(doc, res, inc, p)
    ):
        if p.kind in RESPONDERS and stopped_attacker(doc, res, cues, inc, p):
            return "target", 0  # "the gunman was shot dead by police": they ended the attack
        return "actor", 3
    if held(doc, res, inc, p):
        return "target", 3
    if not p.thing and (modifier(res, inc, p) or demonym_adjective(doc, res, inc, p)):
        return "actor", 4
    if not p.thing and (_assault_by(doc, res, p) or _operation_by(doc, res, inc, p)):
        # "العدوان الإسرائيلي", "the Israeli aggression": whose the attack was, told less
        # surely than by a trigger (the noun is one of statements too) or a cue
        return "actor", ASSAULT
    if (
        cue_before(doc, res, cues, p, "target")
        or passive(doc, res, inc, p)
        or counted(doc, res, inc, p)
        or object_after_subject(doc, res, inc, p)
    ):
        # "killed two people" says who died, not who was attacked: a named victim wins
        return "target", 2 if p.vague else 3
    if p.thing:
        return "target", 1
    if p.site:
        return "target", 2  # "هاجم حاجزا عسكريا": the checkpoint was attacked, it did not attack
    if p.kind == "civilians":
        return "target", 2
    if _object_of_verb(doc, res, inc, p):
        return "target", 3  # "jets bombed Hamas targets": the object of the verb was struck
    if any(t.at.token - 1 <= p.at.last and p.at.token <= t.at.last for t in inc.triggers):
        # "Egyptian warplanes", "Russian missile strike", "Al-Shabab attack"; an unnamed
        # "suicide bomber" there still yields to a group named by a cue ("شنته حركة الشباب")
        return "actor", 3 if p.kind == "unidentified_armed_group" else 4
    if p.at.token <= anchor(doc, inc, p):
        return "actor", 2
    return "target", 1


def _object_of_verb(doc: Doc, res: Resources, inc: Incident, p: ParticipantMention) -> bool:
    """Whether ``p`` stands right after a trigger that ends in an attack verb (``struck_verbs``):
    what it struck ("Israeli jets bombed Hamas targets"), not the side of a noun's genitive
    ("هجوم الشباب")."""
    words = res.struck_verbs
    return bool(words) and any(
        t.at.last == p.at.token
        and doc.tokens[t.at.last - 1].norm in words
        and doc.text[t.at.end : p.at.start].isspace()  # "In the attack, a bomber rammed"
        for t in inc.triggers
    )


def _counted_noun(inc: Incident, p: ParticipantMention) -> bool:
    """Whether ``p`` is a victim noun that a toll counts by itself, right before the trigger: a
    headline's passive ("Policeman shot dead in Peshawar"), not the doer of the deed."""
    if not any(t.at.token == p.at.last for t in inc.triggers):
        return False
    for c in inc.casualties:
        span = c.figure.span
        if span is not None and span.start <= p.at.start < span.end:
            return True
    return False


FENDED = "cue:fended"  # "repelled": the side right before it was attacked
ASSAULT = 2  # how sure the side an assault noun's adjective names is as the actor


def _assault_by(doc: Doc, res: Resources, p: ParticipantMention) -> bool:
    """ "العدوان الإسرائيلي", "the Israeli aggression": ``p`` is the adjective of an assault noun
    (``assault_nouns``, no trigger), which tells whose the attack was as a trigger would."""
    if not res.assault_nouns:
        return False
    k = p.at.token - 1 if res.adjective_position == "after" else p.at.last
    if not 0 <= k < len(doc.tokens):
        return False
    return not res.assault_nouns.isdisjoint(res.clitics.forms(doc.tokens[k].norm))


def _operation_by(doc: Doc, res: Resources, inc: Incident, p: ParticipantMention) -> bool:
    """ "في عملية للجيش التركي": ``p``, written with an actor prefix, right after an operation
    noun (``operation_nouns``) ran the operation; not when the toll counts its own men ("قتل
    جنديان تركيان في عملية للجيش التركي": they fell in it, at another side's hands)."""
    k = p.at.token - 1
    if not res.operation_nouns or k < 0:
        return False
    if not doc.tokens[p.at.token].norm.startswith(res.actor_prefixes):
        return False
    if res.operation_nouns.isdisjoint(res.clitics.forms(doc.tokens[k].norm)):
        return False
    return not any(
        q.name == p.name and q is not p and counted(doc, res, inc, q) for q in inc.participants
    )


Roles = tuple[ParticipantMention | None, int, ParticipantMention | None, int]


def roles(doc: Doc, res: Resources, cues: Cues, inc: Incident) -> Roles:
    """Return (actor, how sure, target, how sure); a group that denied involvement is never the
    actor."""
    actors: list[tuple[ParticipantMention, int]] = []
    targets: list[tuple[ParticipantMention, int]] = []
    # "the LNA, whose forces ..., denied": no mention of a side that denied is the actor
    denied = {p.name for p in inc.participants if p.denied}
    for p in inc.participants:
        if p.denied or p.reporter or (denied and p.name in denied):
            continue
        if p.kind in SOURCES and only_reports(doc, res, cues, inc, p):  # most are no source
            continue
        if not inc.casualties and _assault_by(doc, res, p):
            continue  # "مساندة العدوان الإسرائيلي": an aggression talked of, with no toll told
        role, sure = _role(doc, res, cues, inc, p)
        if role == "actor":
            actors.append((p, sure))
        else:
            targets.append((p, sure))
    # one candidate: nothing to rank
    best = actors[0] if len(actors) == 1 else min(actors, key=_actor_rank, default=None)
    actor, sure = best if best else (None, 0)
    sides = between_sides(doc, res, cues, inc) if doc.matches_of("cue:between") else None
    sides = sides or clashing_sides(doc, res, inc)
    if sides is not None:
        # "clashes between the army and the RSF": the first side named is the actor and the
        # second the target, whatever their kinds
        return sides[0], max(sure, 3), sides[1], 3
    actor, sure, targets = crowd_side(res, inc, actor, sure, targets)
    if actor is None:
        actor = opponent(doc, res, cues, targets)
        sure = 1 if actor else 0
    force = intervening(res, inc, targets, COUNTED)
    if force is not None:
        # a force at a crowd's event acted on it: never what the crowd attacked
        targets = [t for t in targets if t[0] is not force]
        if actor is None and inc.casualties:
            actor, sure = force, 1
    targets = [
        t
        for t in targets
        if actor is None or (t[0].name != actor.name and not allied(doc, res, inc, actor, t[0]))
    ]
    if not targets and actor is not None:
        # "the army clashed with Houthi fighters": the other side; not a group that claimed,
        # nor one of the actor's kind standing beside it ("Al-Shabaab, an al-Qaeda affiliate")
        targets = [
            (p, 0)
            for p, _ in actors
            if p.name != actor.name
            and p.at.start > actor.at.start
            and not p.claimed
            and p.kind != actor.kind
        ]
    target, target_sure = best_target(doc, res, cues, actor, actors, targets)
    return actor, sure, target, target_sure


def _actor_rank(a: tuple[ParticipantMention, int]) -> tuple[int, bool, bool, int, int]:
    """The surest actor first; of equally sure ones a side named outright, one the lexicon
    lists, the most specific kind, the first written."""
    p, sure = a
    return -sure, p.owned, p.unlisted, ACTOR_RANK.get(p.kind, 5), p.at.start
