"""The ACLED-compatible event taxonomy and the canonical actor list (language independent)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, get_args

from app.extraction.types import ParticipantKind

KINDS = frozenset(get_args(ParticipantKind))


@dataclass(frozen=True, slots=True)
class ActorInfo:
    """A canonical actor: English name, participant kind, home country."""

    name: str
    kind: str
    country: str | None
    branch_of: str | None = None  # the movement a regional branch belongs to
    # its kind when it is the side hit: armed civilians ("settlers") attack as a militia and
    # are civilians when attacked; None: ``kind`` either way
    as_target: str | None = None


@dataclass(frozen=True, slots=True)
class ResolveRule:
    """Types a generic trigger ("attack") from the kinds of its actor and target."""

    actor: frozenset[str] | None  # None: any kind or none
    target: frozenset[str] | None
    event_type: str
    sub_event_type: str


@dataclass(frozen=True, slots=True)
class HurtRule:
    """The sub-type a non-violent type takes when people were hurt and the actor is one of these."""

    actor: frozenset[str]
    sub_event_type: str
    # types a stronger trigger gave an incident this type's trigger also tells ("Police shot and
    # wounded 12 protesters": the shooting, not the protest, typed it), taken over when the side
    # hurt is of one of these kinds or unnamed
    over: frozenset[str] = frozenset()
    victims: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Retype:
    """A type a trigger gives, corrected by the kind of side it hit (and of the side that hit it)."""

    event_type: str
    sub_event_type: str
    target: frozenset[str] | None  # None ("*"): any kind, or no target at all
    to: tuple[str, str]
    actor: frozenset[str] | None = None  # None: any kind or none
    counted: bool = False  # only when the toll counts the target ("killed five militants")
    # also before drafts merge: the draft's own words settle it, and drafts of the type it
    # gives then merge with it ("overran a camp ... killed 1,200 civilians"; "shooting residents")
    early: bool = False


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """Event types, their sub-types, which are violent, and the generic-trigger rules."""

    types: dict[str, tuple[str, ...]]
    violent: frozenset[str]
    rules: tuple[ResolveRule, ...]
    default: tuple[str, str]  # the type of an incident known only from a casualty figure
    hurt: dict[str, HurtRule]  # by event type
    retypes: tuple[Retype, ...] = ()
    crowd: frozenset[str] = frozenset()  # types whose events are a crowd's (protests, riots)

    def carries_toll(self, event_type: str, sub_event_type: str | None) -> bool:
        """Whether events of this type report killed and wounded."""
        rule = self.hurt.get(event_type)
        return event_type in self.violent or (
            rule is not None and rule.sub_event_type == sub_event_type
        )

    @property
    def may_hurt(self) -> frozenset[str]:
        """The types whose events may report killed and wounded (violent, or made so by a
        ``hurt`` rule: force used on protesters)."""
        return self.violent.union(self.hurt)

    def hurt_sub_type(self, event_type: str, actor_kind: str | None) -> str | None:
        """The sub-type of an incident of ``event_type`` with casualties, if a rule gives one."""
        rule = self.hurt.get(event_type)
        return rule.sub_event_type if rule and actor_kind in rule.actor else None

    def hurt_over(
        self, event_type: str, told: Iterable[str], actor_kind: str | None, target_kind: str | None
    ) -> tuple[str, str] | None:
        """The type and sub-type an incident of ``event_type`` with casualties takes when one
        of the types ``told`` by its other triggers has a hurt rule over it, if one fits."""
        for name in told:
            rule = self.hurt.get(name)
            if (
                rule is not None
                and event_type in rule.over
                and actor_kind in rule.actor
                and (target_kind is None or target_kind in rule.victims)
            ):
                return name, rule.sub_event_type
        return None

    def retype(
        self,
        event_type: str,
        sub_event_type: str | None,
        target_kind: str | None,
        actor_kind: str | None = None,
        counted: bool = False,
        early: bool = False,
    ) -> tuple[str, str | None]:
        """The type and sub-type an incident takes given the kinds of the sides it hit and that
        hit it, and whether its toll counts the side it hit (``early``: only by the rules that
        also apply before drafts merge)."""
        for r in self.retypes:
            if (
                (r.early or not early)
                and (r.event_type, r.sub_event_type) == (event_type, sub_event_type)
                and (r.target is None or target_kind in r.target)
                and _fits(r.actor, actor_kind)
                and (counted or not r.counted)
            ):
                return r.to
        return event_type, sub_event_type

    def valid(self, event_type: object, sub_event_type: object) -> bool:
        """Return True when the pair exists in the taxonomy (sub-type may be None)."""
        if not isinstance(event_type, str) or event_type not in self.types:
            return False
        return sub_event_type is None or sub_event_type in self.types[event_type]

    def resolve(self, actor_kind: str | None, target_kind: str | None) -> tuple[str, str] | None:
        """Return the type a generic trigger takes for these participant kinds, if any rule fits."""
        for rule in self.rules:
            if _fits(rule.actor, actor_kind) and _fits(rule.target, target_kind):
                return rule.event_type, rule.sub_event_type
        return None


def _fits(kinds: frozenset[str] | None, kind: str | None) -> bool:
    return kinds is None or (kind is not None and kind in kinds)


def _kinds(value: Any) -> frozenset[str] | None:
    if value == "*":
        return None
    kinds = frozenset(value)
    if not kinds <= KINDS:
        raise ValueError(f"taxonomy.toml: unknown participant kinds {sorted(kinds - KINDS)}")
    return kinds


def _hurt_rule(spec: dict[str, Any]) -> HurtRule:
    return HurtRule(
        _kinds(spec["actor"]) or KINDS,
        spec["sub_event_type"],
        frozenset(spec.get("over", ())),
        _kinds(spec.get("victims", [])) or KINDS,
    )


def load_taxonomy(doc: dict[str, Any]) -> Taxonomy:
    """Build the taxonomy from the parsed taxonomy.toml; raise on inconsistency."""
    types = {str(t["name"]): tuple(t["sub_event_types"]) for t in doc.get("event_type", [])}
    if not types:
        raise ValueError("taxonomy.toml defines no event type")
    violent = frozenset(str(t["name"]) for t in doc["event_type"] if t.get("violent", False))
    rules = tuple(
        ResolveRule(_kinds(r["actor"]), _kinds(r["target"]), r["event_type"], r["sub_event_type"])
        for r in doc.get("resolve", [])
    )
    for rule in rules:
        if rule.sub_event_type not in types.get(rule.event_type, ()):
            raise ValueError(f"taxonomy.toml: resolve rule to unknown type {rule.event_type!r}")
    hurt = {str(t["name"]): _hurt_rule(t["hurt"]) for t in doc["event_type"] if "hurt" in t}
    for name, hurt_rule in hurt.items():
        if hurt_rule.sub_event_type not in types[name] or not hurt_rule.over <= types.keys():
            raise ValueError(f"taxonomy.toml: hurt rule of {name!r} names an unknown type")
    retypes = tuple(
        Retype(r["event_type"], r["sub_event_type"], _kinds(r.get("target", "*")),
               (r["to_event_type"], r["to_sub_event_type"]), _kinds(r.get("actor", "*")),
               bool(r.get("counted", False)), bool(r.get("early", False)))
        for r in doc.get("retype", [])
    )  # fmt: skip
    for r in retypes:
        if not all(sub in types.get(t, ()) for t, sub in ((r.event_type, r.sub_event_type), r.to)):
            raise ValueError(
                f"taxonomy.toml: retype rule of {r.event_type!r} names an unknown type"
            )
    default = doc.get("default", {})
    pair = (str(default.get("event_type")), str(default.get("sub_event_type")))
    if pair[1] not in types.get(pair[0], ()):
        raise ValueError("taxonomy.toml: [default] must name a known event_type and sub_event_type")
    crowd = frozenset(str(t["name"]) for t in doc["event_type"] if t.get("crowd", False))
    return Taxonomy(types, violent, rules, pair, hurt, retypes, crowd)


def load_actors(doc: dict[str, Any]) -> dict[str, ActorInfo]:
    """Build the canonical actor table from the parsed actors.toml; raise on bad kinds or duplicates."""
    actors: dict[str, ActorInfo] = {}
    for spec in doc.get("actor", []):
        name, kind = str(spec["name"]), str(spec["kind"])
        as_target = spec.get("as_target")
        if (
            kind not in KINDS
            or name in actors
            or (as_target is not None and as_target not in KINDS)
        ):
            raise ValueError(f"actors.toml: bad kind or duplicate actor {name!r}")
        actors[name] = ActorInfo(name, kind, spec.get("country"), spec.get("branch_of"), as_target)
    for info in actors.values():
        if info.branch_of is not None and info.branch_of not in actors:
            raise ValueError(f"actors.toml: {info.name!r} is a branch of an unknown actor")
    return actors
