"""Country entries (names in both languages, capital coordinates) and name/demonym forms."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from app.geo.build.sources import City, load_geonames_countries, pycountry_names
from app.geo.normalize import ARTICLE_AR, normalize_key

AR_DEMONYM_SUFFIXES = ("", "ة", "ون", "ين", "ان", "تان", "تين", "ات")
_EN_NO_PLURAL = ("s", "sh", "ch", "ese", "x", "z")
_HARAKAT = re.compile("[\u064b-\u0652\u0670]")


@dataclass(slots=True)
class CountryRow:
    """One country: canonical English name, Arabic name, capital point, names to index."""

    cc: str
    name: str
    name_ar: str
    lat: float
    lon: float
    population: int
    names: list[str]


def _capital(cc: str, capital: str, cities: list[City]) -> tuple[float, float] | None:
    mine = [c for c in cities if c.cc == cc]
    if not mine:
        return None
    named = [c for c in mine if c.name == capital or capital in c.aliases]
    best = max(named or mine, key=lambda c: c.population)
    return best.lat, best.lon


def _demonym_forms(lang: str, base: str) -> list[str]:
    if lang == "ar":  # also with the article: "الألمانية" keys apart from "ألمانية" (أل)
        forms = [base + s for s in AR_DEMONYM_SUFFIXES]
        return [*forms, *(ARTICLE_AR + f for f in forms)]
    plural = [] if base.lower().endswith(_EN_NO_PLURAL) else [base + "s"]
    return [base, *plural]


def _forms(derived: dict[str, list[str]], extra: list[list[str]]) -> dict[str, list[str | int]]:
    """Key → [cc, is_demonym]; hand-declared forms win, ambiguous derived forms are dropped."""
    declared: dict[str, tuple[str, int]] = {}
    dropped = {normalize_key(form) for _, _, kind, form in extra if kind == "drop"}
    for cc, lang, kind, form in extra:
        if kind == "demonym":
            for f in _demonym_forms(lang, form):
                declared.setdefault(normalize_key(f), (cc, 1))
        elif kind in ("name", "canonical"):
            declared.setdefault(normalize_key(form), (cc, 0))
    owners: dict[str, set[str]] = defaultdict(set)
    for cc, names in derived.items():
        for n in names:
            owners[normalize_key(n)].add(cc)
    out: dict[str, list[str | int]] = {}
    for key, ccs in sorted(owners.items()):
        if len(ccs) == 1 and key not in dropped and len(key) >= 2:
            out[key] = [next(iter(ccs)), 0]
    for key, (cc, dem) in sorted(declared.items()):
        out[key] = [cc, dem]
    for key in dropped:
        out.pop(key, None)
    return out


def build_countries(
    cities: list[City], extra: list[list[str]]
) -> tuple[list[CountryRow], dict[str, list[str | int]]]:
    """Country rows for the entry table and the country/demonym form index."""
    gn = load_geonames_countries()
    pyc = pycountry_names()
    canonical = {cc: form for cc, lang, kind, form in extra if kind == "canonical" and lang == "en"}
    hand_names: dict[str, list[str]] = defaultdict(list)
    for cc, _lang, kind, form in extra:
        if kind in ("name", "canonical"):
            hand_names[cc].append(form)
    dropped = {normalize_key(form) for _, _, kind, form in extra if kind == "drop"}
    rows, derived = [], {}
    for cc in sorted(set(gn) & set(pyc)):
        point = _capital(cc, gn[cc]["capital"], cities)
        if point is None:
            continue
        en, ar = pyc[cc]
        name = canonical.get(cc, gn[cc]["name"])
        hand_ar = [n for n in hand_names[cc] if normalize_key(n) and n[0] >= "\u0600"]
        name_ar = _HARAKAT.sub("", (hand_ar or ar or [""])[0])
        derived[cc] = sorted({name, gn[cc]["name"], *en, *ar})
        names = sorted(
            n for n in {*derived[cc], *hand_names[cc]} if normalize_key(n) not in dropped
        )
        rows.append(CountryRow(cc, name, name_ar, *point, int(gn[cc]["population"]), names))
    return rows, _forms(derived, extra)
