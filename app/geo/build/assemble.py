"""Assemble the artefact: one entry table (countries, admin units, places) plus lookup keys."""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.geo.build.admins import join_admin1
from app.geo.build.countries import CountryRow, build_countries
from app.geo.build.scripts import display_name, strip_harakat
from app.geo.build.sources import City, Subdivision, load_subdivisions, place_spellings
from app.geo.normalize import is_arabic, normalize_key

MAX_KEY_TOKENS = 4
MAX_IDS_PER_KEY = 40
PROMINENT = 100_000  # a place this large, an admin unit or a country owns its Arabic name
DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass(slots=True)
class Table:
    """Column-wise entries and the key index under construction."""

    cols: dict[str, list[Any]] = field(
        default_factory=lambda: {k: [] for k in ("gid", "name", "cc", "a1", "lat", "lon", "pop")}
    )
    kind: list[str] = field(default_factory=list)
    admin1: list[list[str | None]] = field(default_factory=list)
    keys: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))

    def add(self, kind: str, row: tuple[Any, ...], primary: str, aliases: list[str]) -> int:
        """Append one entry; index its primary name and aliases."""
        idx = len(self.kind)
        self.kind.append(kind)
        for col, value in zip(self.cols, row, strict=True):
            self.cols[col].append(value)
        pkey = normalize_key(primary)
        seen = set()
        for alias in [primary, *aliases]:
            key = normalize_key(alias)
            if len(key) < 2 or key.count(" ") >= MAX_KEY_TOKENS or key in seen:
                continue
            seen.add(key)
            self.keys[key].append(idx * 2 + (1 if key == pkey else 0))
        return idx


def _read_tsv(name: str) -> list[list[str]]:
    with (DATA / name).open(encoding="utf-8") as fh:
        rows = csv.reader(
            (ln for ln in fh if ln.strip() and not ln.startswith("#")), delimiter="\t"
        )
        return [r for r in rows]


def _admin_aliases(subs: list[Subdivision]) -> dict[str, list[str]]:
    """Extra names by ISO 3166-2 code (admin1_aliases.tsv); an unknown code fails the build."""
    extra: dict[str, list[str]] = defaultdict(list)
    for code, alias in _read_tsv("admin1_aliases.tsv"):
        extra[code].append(alias)
    unknown = set(extra) - {s.code for s in subs}
    if unknown:
        raise ValueError(f"admin1_aliases.tsv names unknown subdivisions: {sorted(unknown)}")
    return extra


def _add_admins(t: Table, subs: list[Subdivision]) -> dict[str, int]:
    """Admin1 then admin2 entries; returns ISO code → admin1 table index."""
    a1_index: dict[str, int] = {}
    extra = _admin_aliases(subs)
    for s in sorted(subs, key=lambda s: (s.parent is not None, s.code)):
        if s.lat is None or s.lon is None:
            continue
        top = s.code if s.parent is None else s.parent
        if top not in a1_index:
            if s.parent is not None:
                continue  # parent had no coordinates
            a1_index[top] = len(t.admin1)
            t.admin1.append([s.code, display_name(s.name_en), strip_harakat(s.name_ar)])
        kind = "1" if s.parent is None else "2"
        row = (None, display_name(s.name_en), s.cc, a1_index[top], s.lat, s.lon, 0)
        t.add(kind, row, s.name_en, s.aliases + extra.get(s.code, []))
    return a1_index


def _admin1_overrides(subs: list[Subdivision]) -> dict[tuple[str, str], str]:
    """Reviewed (country, GeoNames admin1) -> ISO code pairs; an unknown code fails the build."""
    top = {s.code for s in subs if s.parent is None}
    out: dict[tuple[str, str], str] = {}
    for cc, gn_code, iso, _note in _read_tsv("admin1_overrides.tsv"):
        if iso not in top or not iso.startswith(f"{cc}-") or (cc, gn_code) in out:
            raise ValueError(f"admin1_overrides.tsv: bad or repeated row {cc} {gn_code} {iso}")
        out[(cc, gn_code)] = iso
    return out


def _add_places(t: Table, cities: list[City], subs: list[Subdivision], a1: dict[str, int]) -> None:
    join = join_admin1(cities, subs, _admin1_overrides(subs))
    extra = defaultdict(list)
    for gid, alias in _read_tsv("aliases_extra.tsv"):
        extra[int(gid)].append(alias)
    for c in cities:
        iso = join.get(c.geonameid)
        row: tuple[Any, ...] = (
            c.geonameid,
            display_name(c.name),
            c.cc,
            a1.get(iso, -1) if iso else -1,
            c.lat,
            c.lon,
            c.population,
        )
        t.add("p", row, c.name, c.aliases + extra.pop(c.geonameid, []))
    if extra:
        raise ValueError(f"aliases_extra.tsv names unknown geonameids: {sorted(extra)}")
    for name, ar, cc, iso, lat, lon, pop, aliases in _read_tsv("places_extra.tsv"):
        row = (None, name, cc, a1[iso] if iso else -1, float(lat), float(lon), int(pop))
        t.add("p", row, name, [a for a in (ar + "|" + aliases).split("|") if a])


def _add_countries(t: Table, rows: list[CountryRow]) -> None:
    for r in rows:
        t.add("c", (None, r.name, r.cc, -1, r.lat, r.lon, r.population), r.name, r.names)


def _finish_keys(t: Table) -> dict[str, int | list[int]]:
    """Rank ids per key (primary first, then population) and cap ambiguous keys."""
    pops = t.cols["pop"]
    out: dict[str, int | list[int]] = {}
    for key in sorted(t.keys):
        ids = sorted(set(t.keys[key]), key=lambda i: (-(i & 1), -pops[i >> 1], i))
        ids = ids[:MAX_IDS_PER_KEY]
        out[key] = ids[0] if len(ids) == 1 else ids
    return out


def _owner_population(t: Table, codes: list[int], arab: set[str]) -> int:
    """Population of the largest Arab-world entry under a key if one of them is prominent
    (an admin unit, a country or a place of PROMINENT people), else -1."""
    kind, cc, pop = t.kind, t.cols["cc"], t.cols["pop"]
    own = [i >> 1 for i in codes if cc[i >> 1] in arab]
    if not any(kind[i] in "1c" or pop[i] >= PROMINENT for i in own):
        return -1
    return max(pop[i] for i in own)


def _drop_foreign_collisions(t: Table) -> int:
    """Drop an Arabic alias of a place outside the Arab world (arab_world.txt) where the same
    key names a prominent entry of the Arab world at least as populous: GeoNames' Arabic-script
    names abroad are transliterations or Persian/Urdu names ("قدس" Qods, Iran; "لبنان" Lebanon,
    Pennsylvania), and an Arabic text means the Arab-world place. Returns how many were dropped."""
    arab = {row[0] for row in _read_tsv("arab_world.txt")}
    kind, cc, pop = t.kind, t.cols["cc"], t.cols["pop"]
    dropped = 0
    for key, codes in t.keys.items():
        owner = _owner_population(t, codes, arab) if is_arabic(key) else -1
        if owner < 0:
            continue
        keep = [
            i for i in codes if cc[i >> 1] in arab or kind[i >> 1] != "p" or pop[i >> 1] > owner
        ]
        dropped += len(codes) - len(keep)
        codes[:] = keep
    return dropped


def _admin_population(t: Table) -> None:
    """Give admin entries the summed population of their places, so scores can compare them."""
    total: dict[int, int] = defaultdict(int)
    for kind, a1, pop in zip(t.kind, t.cols["a1"], t.cols["pop"], strict=True):
        if kind == "p" and a1 >= 0:
            total[a1] += pop
    for i, kind in enumerate(t.kind):
        if kind == "1":
            t.cols["pop"][i] = total[t.cols["a1"][i]]


def assemble(cities: list[City]) -> dict[str, Any]:
    """Build the artefact body (everything except the header)."""
    subs = load_subdivisions(place_spellings(cities))
    countries, forms = build_countries(cities, _read_tsv("countries_extra.tsv"))
    t = Table()
    _add_countries(t, countries)
    a1 = _add_admins(t, subs)
    _add_places(t, cities, subs, a1)
    _admin_population(t)
    _drop_foreign_collisions(t)
    return {
        "kind": "".join(t.kind),
        "entries": t.cols,
        "admin1": t.admin1,
        "keys": _finish_keys(t),
        "country_forms": forms,
    }
