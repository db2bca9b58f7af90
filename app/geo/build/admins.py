"""Join GeoNames admin1 codes to ISO 3166-2 subdivisions, once, at build time.

GeoNames cities carry a GeoNames-specific admin1 code ("LY" "77"); ISO 3166-2 gives codes,
names and a representative point per subdivision. Each GeoNames unit (its cities) scores every
subdivision: the share of its cities nearest that subdivision's point, plus a bonus when its
largest city (its capital, as a rule) bears the subdivision's name. Only the capital's name
counts: small towns named like a neighbour ("Morelos" in Michoacán, "Hidalgo" in Coahuila) once
outvoted hundreds of cities. Two units on one code are then told apart: the unit that scores
lower there (Anbar, whose towns lie nearer Saladin's point than Anbar's desert one) gives way to
the neighbour's own unit and takes its best unclaimed code. Reviewed exceptions: app/geo/data/admin1_overrides.tsv.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

from app.geo.build.sources import City, Subdivision
from app.geo.normalize import normalize_key

NAME_WEIGHT = 2.0  # a unit's capital bearing a subdivision's name outweighs shapes
MIN_SCORE = 0.15  # below this a unit shares its best code rather than move to an unclaimed one
COARSE_RATIO = 0.5
CITY_KINDS = ("city", "municipality")  # ISO types of units that are one city
CITY_UNIT_SHARE = 0.5

Scores = dict[str, float]


def _dist2(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dx = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return dx * dx + (lat2 - lat1) ** 2


def _top_level(subs: list[Subdivision]) -> dict[str, list[Subdivision]]:
    by_cc: dict[str, list[Subdivision]] = defaultdict(list)
    for s in subs:
        if s.parent is None and s.lat is not None and s.lon is not None:
            by_cc[s.cc].append(s)
    return by_cc


def _nearest(city: City, subs: list[Subdivision]) -> str:
    return min(subs, key=lambda s: _dist2(city.lat, city.lon, s.lat or 0.0, s.lon or 0.0)).code


def _named(city: City, names: dict[str, set[str]]) -> list[str]:
    keys = {normalize_key(city.name)} | {normalize_key(a) for a in city.aliases}
    return [code for code, sub_keys in names.items() if keys & sub_keys]


def _weight(city: City) -> float:
    return 1.0 + math.log10(city.population + 1)


def _is_city(sub: Subdivision) -> bool:
    return any(w in sub.kind.lower().split() for w in CITY_KINDS)


def _capital_codes(group: list[City], subs: list[Subdivision]) -> list[str]:
    """Subdivisions named like the unit's largest city, its capital as a rule.

    A city subdivision (Pécs, a "city with county rights") named like the capital is the
    capital's own unit, not its county's, unless the capital is most of the unit.
    """
    capital = max(group, key=lambda c: (c.population, -c.geonameid))
    share = capital.population / (sum(c.population for c in group) or 1)
    names = {s.code: {normalize_key(a) for a in s.aliases} for s in subs}
    kinds = {s.code: _is_city(s) for s in subs}
    return [c for c in _named(capital, names) if not kinds[c] or share >= CITY_UNIT_SHARE]


def _score(group: list[City], subs: list[Subdivision]) -> tuple[Scores, dict[int, str] | None]:
    """Scores per ISO code, or the city-by-city table when the unit is coarser than ISO.

    A unit whose cities bear the names of two subdivisions, each city lying nearest its
    namesake's point, with comparable weight holds several subdivisions (GeoNames' West Bank):
    its cities take their own subdivision when they share its name, else the nearest point.
    """
    names = {s.code: {normalize_key(a) for a in s.aliases} for s in subs}
    total_w = sum(_weight(c) for c in group)
    scores: Scores = defaultdict(float)
    nearest: dict[int, str] = {}
    own: dict[int, str] = {}
    capitals: Scores = defaultdict(float)
    for city in group:
        near = nearest[city.geonameid] = _nearest(city, subs)
        scores[near] += _weight(city) / total_w
        for code in _named(city, names):
            own[city.geonameid] = code
            if code == near:
                capitals[code] += _weight(city)
    ranked = sorted(capitals.values(), reverse=True)
    if len(ranked) > 1 and ranked[1] >= COARSE_RATIO * ranked[0]:
        return scores, {**nearest, **own}
    for code in _capital_codes(group, subs):
        scores[code] += NAME_WEIGHT
    return scores, None


def _margin(scores: Scores, code: str) -> float:
    """How much a unit loses by giving up `code` (breaks ties between equal scores)."""
    rest = [v for c, v in scores.items() if c != code]
    return scores.get(code, 0.0) - max(rest, default=0.0)


def _assign(scored: dict[str, Scores], fixed: dict[str, str]) -> dict[str, str]:
    """Each unit takes its best code; where units share one, the best-scoring unit there keeps
    it and the others move to their best unclaimed code, if it has evidence enough (else they
    share it: ISO coarser than GeoNames, as Iraq's Kurdistan Region)."""
    out = dict(fixed)
    for a1, sc in scored.items():
        out.setdefault(a1, max(sc.items(), key=lambda kv: (kv[1], kv[0]))[0])
    claimants: dict[str, list[str]] = defaultdict(list)
    for a1 in sorted(out):
        claimants[out[a1]].append(a1)
    for code in sorted(claimants):
        units = [a1 for a1 in claimants[code] if a1 not in fixed]
        if len(claimants[code]) < 2 or not units:
            continue
        keeper = next((a1 for a1 in claimants[code] if a1 in fixed), None)
        keeper = keeper or max(
            units, key=lambda a1: (scored[a1][code], _margin(scored[a1], code), a1)
        )
        for a1 in units:
            used = set(out.values())
            free = [(v, c) for c, v in scored[a1].items() if c not in used and v >= MIN_SCORE]
            if a1 != keeper and free:
                out[a1] = max(free)[1]
    return out


def _country(
    groups: dict[str, list[City]], subs: list[Subdivision], fixed: dict[str, str]
) -> dict[int, str]:
    table: dict[int, str] = {}
    scored: dict[str, Scores] = {}
    for a1 in sorted(groups):
        group = groups[a1]
        if a1.startswith("?"):  # no admin1 code: the nearest point
            table.update({c.geonameid: _nearest(c, subs) for c in group})
            continue
        scores, by_city = _score(group, subs)
        if by_city is not None and a1 not in fixed:
            table.update(by_city)
        else:
            scored[a1] = scores
    codes = _assign(scored, {a1: iso for a1, iso in fixed.items() if a1 in scored})
    for a1, iso in codes.items():
        table.update(dict.fromkeys((c.geonameid for c in groups[a1]), iso))
    return table


def join_admin1(
    cities: Iterable[City], subs: list[Subdivision], overrides: dict[tuple[str, str], str]
) -> dict[int, str]:
    """Map each city (geonameid) to the ISO 3166-2 code of its first-level subdivision.

    `overrides` maps (country, GeoNames admin1) to a reviewed ISO code that wins outright.
    """
    top = _top_level(subs)
    by_cc: dict[str, dict[str, list[City]]] = defaultdict(lambda: defaultdict(list))
    for c in cities:
        if c.cc in top:
            a1 = c.admin1 if c.admin1 not in ("", "00") else f"?{c.geonameid}"
            by_cc[c.cc][a1].append(c)
    table: dict[int, str] = {}
    for cc in sorted(by_cc):
        fixed = {a1: iso for (occ, a1), iso in overrides.items() if occ == cc}
        table.update(_country(by_cc[cc], top[cc], fixed))
    return table
