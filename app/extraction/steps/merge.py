"""Merge event drafts (steps/drafts.py) that report the same incident.

Headline and lead usually report one attack twice; a later sentence adds the toll or the
claim. Two drafts merge when nothing they state contradicts: compatible type, place, date,
actor and toll.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from app.extraction.doc import CasualtyRef, DateRef
from app.extraction.steps.combine import attackers_dead, combine
from app.extraction.steps.drafts import Draft
from app.extraction.steps.where import place_relation

REPORT_DAYS = 7  # a figure reported on the publication day may sum up the past week's incident


def merge(drafts: list[Draft], published: date, violent: frozenset[str]) -> list[Draft]:
    """Merge each draft into the latest earlier draft it is compatible with."""
    out: list[Draft] = []
    facts: list[Facts] = []  # of each draft in ``out``, asked for in every comparison
    for d in drafts:
        fd = Facts.of(d)
        # most pairs are of two types and neither refers back (``Facts.open``): ``compatible``
        # would rule them out, so they are not asked
        etype, open_ = d.event_type, fd.open
        fits = [
            i
            for i, a in enumerate(out)
            if (open_ or facts[i].open or a.event_type == etype or _same_side_again(a, d, violent))
            and compatible(a, facts[i], d, fd, published, violent)
        ]
        if not fits:
            out.append(d)
            facts.append(fd)
            continue
        # prefer the latest of the same type, then the latest with a toll (a claim or "the
        # attack" refers back to the deadly incident), then the latest violent one
        same = [i for i in fits if out[i].event_type == d.event_type and out[i].typed > 0]
        hurt = [i for i in fits if out[i].killed or out[i].wounded]
        typed = [i for i in fits if out[i].typed > 1]
        # a running total updates the latest toll, whatever the type of the words around it
        first = (hurt or same) if d.update else (same or hurt)
        i = (first or typed or fits)[-1]
        out[i] = combine(out[i], d, published)
        facts[i] = Facts.of(out[i])
    return out


class Facts(NamedTuple):
    """What every comparison asks of a draft, worked out once per draft (a named tuple: one is
    built per draft and per merge)."""

    vague: bool  # _vague
    claim: bool  # _claim_only
    # vague, a claim or anaphoric: it may join a draft of another type (``compatible``
    # rules out every other pair of two types)
    open: bool

    @classmethod
    def of(cls, d: Draft) -> Facts:
        """The facts of ``d``."""
        vague, claim = _vague(d), _claim_only(d)
        return tuple.__new__(cls, (vague, claim, vague or claim or d.anaphoric))  # in C (refs.py)


def compatible(
    a: Draft, fa: Facts, b: Draft, fb: Facts, published: date, violent: frozenset[str]
) -> bool:
    """Return True when nothing stated by ``a`` and ``b`` (with their facts) contradicts.

    Every draft is compared with every earlier one, so the tests that rule out most pairs
    (type, then place) come first and ``_reply``, which rules out few, last.
    """
    if b.anaphoric and attackers_dead(a, b):  # the attribute first: few drafts refer back
        return True
    # a running total told on its own ("by Monday the number of wounded had risen to 31")
    # restates the toll of the incident before it, a protest's too, on a day since
    if b.update and not b.triggers and (a.killed or a.wounded):
        return not (a.date and b.date and b.date.value < a.date.value)
    # generic words ("the attack", "the incident") and claims refer back to any incident
    claim = fa.claim or fb.claim
    loose = fa.vague or fb.vague
    same_type = a.event_type == b.event_type
    if not same_type:
        # "… were killed in the attack": a definite generic word refers back, whoever it names;
        # and one side's violence told with another word ("مواجهات", then "أطلقوا النار")
        if (
            not claim
            and (not loose or (_other_targets(a, b) and not (b.anaphoric and fb.vague)))
            and not _same_side_again(a, b, violent)
        ):
            return False
        tolls = a.killed or a.wounded or b.killed or b.wounded
        if tolls and not (a.event_type in violent and b.event_type in violent):
            return False  # a toll never joins a protest or an arrest
    relation = place_relation(a.place, b.place) if a.place and b.place else None
    if b.other and relation is not None and _elsewhere(relation, b):
        return False  # "another strike hit Khiam": not the strike on Bint Jbeil
    anaphoric = b.anaphoric and (same_type or loose)
    if relation == "" and not anaphoric:
        return False
    if a.date and b.date and not anaphoric and not _same_date(a.date, b.date, published):
        return False
    # a running total ("the toll rose to 12") restates the toll at that incident's place, as
    # does a figure told of "the attack" naming no place or side ("قتل خمسة جنود فقط في الهجوم")
    restated = a.update or b.update or (b.anaphoric and b.place is None and b.actor is None)
    if _tolls_clash(a, b, relation == "same" or restated):
        return False
    # "غارة إسرائيلية على صور وحزب الله يقصف تجمعا للجنود": two sides acting in one sentence
    # are two incidents, as a sequel's other side is
    told_apart = b.sequel or a.sentence == b.sentence >= 0
    return not ((told_apart and _other_actors(a, b)) or _reply(a, b))


def _elsewhere(relation: str, b: Draft) -> bool:
    """Whether ``b``'s place, given its ``relation`` to the other's, is another place: not the
    same, not near, not a quarter or site read at the town's point ("غارتان أخريان على منطقة
    الظهر الحمر جنوبي درنة"), but a village only known to lie in the same province."""
    located = b.place is not None and b.place.place.latitude is not None
    return relation not in ("same", "near", "within") or not located


def _tolls_clash(a: Draft, b: Draft, same_place: bool) -> bool:
    """Both drafts state a figure of one kind and the figures differ: two incidents, unless
    they are at the same place (a toll rises between headline and body) or a headline counts
    fewer than the body ("Strike kills commander": the commander and two guards). "No
    losses" against a toll never agree ("strikes killed 7 in Idlib; Russian raids elsewhere
    in Idlib caused no losses")."""
    fewer = a.headline and not b.headline
    # two calls, not a loop over pairs: this runs for most pairs that get this far
    return _figures_clash(a.killed, b.killed, same_place, fewer) or _figures_clash(
        a.wounded, b.wounded, same_place, fewer
    )


def _figures_clash(
    x: CasualtyRef | None, y: CasualtyRef | None, same_place: bool, fewer: bool
) -> bool:
    """Two figures of one kind that differ (see ``_tolls_clash``); ``fewer``: ``x`` may
    count fewer than ``y``, or vaguely (a headline's)."""
    if x is None or y is None or x.figure.best == y.figure.best:
        return False
    if 0 in (x.figure.best, y.figure.best):
        return True
    # a headline's vague figure ("مقتل متظاهر وإصابة العشرات") sums up the body's as well
    if fewer and (
        (x.figure.best or 0) < (y.figure.best or 0) or x.figure.qualifier == "approximate"
    ):
        return False
    return not same_place


def _reply(a: Draft, b: Draft) -> bool:
    """ "Israel struck Hezbollah; Hezbollah fired rockets at Israel": the side one draft names
    as hit strikes in the other, so they are two incidents (a strike and the reply)."""
    if a.actor is None or b.actor is None or a.target is None or b.target is None:
        return False
    # the names first: they rule out nearly every pair
    if not (a.actor.name == b.target.name and b.actor.name == a.target.name != a.actor.name):
        return False
    return a.actor.resolved and b.actor.resolved and a.target.resolved and b.target.resolved


def _same_side_again(a: Draft, b: Draft, violent: frozenset[str]) -> bool:
    """ "Troops shot a man dead during clashes in Beita. ... Witnesses said the soldiers
    opened fire on the youths", "... 12 were hurt by the live fire": a violent draft of a
    later sentence, with no place of its own, whose attacker is the earlier one's (named, not
    by a claim), or that refers back with a toll naming no side, tells the same incident in
    other words."""
    if b.place is not None or b.sentence <= a.sentence:
        return False  # in one sentence two words of two types tell two acts
    if not (a.event_type in violent and b.event_type in violent):
        return False
    x, y = a.actor, b.actor
    if y is None:
        return b.anaphoric and b.target is None and b.hurt
    if x is None or x.name != y.name or not (x.resolved and y.resolved):
        return False
    return not (x.claimed or y.claimed)


def _other_actors(a: Draft, b: Draft) -> bool:
    """Both name a different side as the attacker, neither by a claim: after "hours later"
    (``Draft.sequel``), "Israeli jets struck a town; hours later Hezbollah fired rockets at a
    base" are two incidents, while "hours later the toll rose to 12" adds to the one before."""
    x, y = a.actor, b.actor
    if x is None or y is None or x.name == y.name or x.claimed or y.claimed:
        return False
    # a crowd acting at its protest is no other attacker than the force that acted on it
    return x.resolved and y.resolved and not (x.crowd or y.crowd)


def _other_targets(a: Draft, b: Draft) -> bool:
    """Return True when both name targets of different kinds (civilians vs soldiers); a named
    person of no stated side ("other") may be either."""
    named = [
        d.target for d in (a, b) if d.target and not d.target.vague and not d.target.thing
    ]  # "people" and "a car" may be anyone's
    kinds = {t.kind for t in named if t.kind not in ("unidentified_armed_group", "other")}
    return len(named) == 2 and len(kinds) > 1


def _vague(d: Draft) -> bool:
    """Only generic words ("an attack"), or a definite one ("this incident") whatever its victims."""
    if d.typed == 0:
        return True
    # a loop, not all() over a generator (which costs more than the one or two triggers it
    # reads): this runs for every draft and again after every merge
    specific = False
    for t in d.triggers:
        if not t.info.generic:
            specific = True
            break
    return not specific


def _claim_only(d: Draft) -> bool:
    """A claim ("X claimed the attack") refers back to an incident and adds only its actor."""
    precise = d.place is not None and not d.place.country_only
    return bool(d.actor and d.actor.claimed) and not (precise or d.killed or d.wounded)


def _same_date(a: DateRef, b: DateRef, published: date) -> bool:
    if a.value == b.value:
        return True
    for report, other in ((a, b), (b, a)):
        # "the toll rose to 55 on Wednesday" (the publication day) vs "clashes erupted on Monday"
        if report.value == published and 0 <= (published - other.value).days <= REPORT_DAYS:
            return True
    coarse, fine = (a, b) if a.precision != "day" else (b, a)
    if coarse.precision == "day":
        return False
    days = {"week": 7, "month": 31, "year": 366}[coarse.precision]
    return 0 <= (fine.value - coarse.value).days < days
