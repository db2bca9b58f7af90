"""Join GeoNames admin1 codes to ISO 3166-2 subdivisions by voting, once, at build time.

GeoNames cities carry a GeoNames-specific admin1 code ("LY" "77"); ISO 3166-2 gives codes,
names and a representative point per subdivision. Each city votes for the nearest top-level
subdivision point, and a city that shares a subdivision's name (usually its capital) votes
heavily, so irregular shapes are outvoted by the capital. The winner per (country, code) is kept.
"""

from __future__ import annotations

import math
from collections import defaultdict

from app.geo.build.sources import City, Subdivision
from app.geo.normalize import normalize_key

NAME_VOTE = 25.0
CLEAR_SHARE = 0.6
COARSE_RATIO = 0.5


def _dist2(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dx = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return dx * dx + (lat2 - lat1) ** 2


def _top_level(subs: list[Subdivision]) -> dict[str, list[Subdivision]]:
    by_cc: dict[str, list[Subdivision]] = defaultdict(list)
    for s in subs:
        if s.parent is None and s.lat is not None and s.lon is not None:
            by_cc[s.cc].append(s)
    return by_cc


def _vote(group: list[City], subs: list[Subdivision]) -> dict[int, str]:
    """One ISO code for the whole group when the vote is clear, else city by city.

    A group whose cities name two subdivisions with comparable weight is coarser than ISO
    (GeoNames' West Bank holds several governorates): its cities take their own subdivision
    when they share its name, else the nearest subdivision point.
    """
    names = {s.code: {normalize_key(a) for a in s.aliases} for s in subs}
    nearest: dict[int, str] = {}
    own: dict[int, str] = {}
    near_votes: dict[str, float] = defaultdict(float)
    name_votes: dict[str, float] = defaultdict(float)
    for city in group:
        near = min(subs, key=lambda s: _dist2(city.lat, city.lon, s.lat or 0.0, s.lon or 0.0))
        nearest[city.geonameid] = near.code
        near_votes[near.code] += 1.0
        city_keys = {normalize_key(city.name)} | {normalize_key(a) for a in city.aliases}
        for code, keys in names.items():
            if city_keys & keys:
                own[city.geonameid] = code
                name_votes[code] += 1.0 + math.log10(city.population + 1)
    ranked = sorted(name_votes.values(), reverse=True)
    if len(ranked) > 1 and ranked[1] >= COARSE_RATIO * ranked[0]:
        return {**nearest, **own}
    votes = {
        c: near_votes.get(c, 0.0) + NAME_VOTE * name_votes.get(c, 0.0)
        for c in near_votes | name_votes
    }
    code, top = max(votes.items(), key=lambda kv: (kv[1], kv[0]))
    if name_votes or top >= CLEAR_SHARE * len(group):
        return dict.fromkeys(nearest, code)
    return nearest


def join_admin1(cities: list[City], subs: list[Subdivision]) -> dict[int, str]:
    """Map each city (geonameid) to the ISO 3166-2 code of its first-level subdivision.

    GeoNames codes coarser than ISO (Palestine's West Bank/Gaza) fall back to nearest points.
    """
    groups: dict[tuple[str, str], list[City]] = defaultdict(list)
    top = _top_level(subs)
    for c in cities:
        if c.cc in top:
            groups[(c.cc, c.admin1 if c.admin1 not in ("", "00") else f"?{c.geonameid}")].append(c)
    table: dict[int, str] = {}
    for key in sorted(groups):
        table.update(_vote(groups[key], top[key[0]]))
    return table
