"""ISO 3166-1 country names and codes, read once from app/data/iso3166.tsv."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "iso3166.tsv"


@dataclass(frozen=True, slots=True)
class Country:
    """One ISO 3166-1 country."""

    alpha2: str
    alpha3: str
    numeric: int
    name: str


@cache
def countries() -> dict[str, Country]:
    """Return every country keyed by alpha-2 code; fail loudly on a malformed file."""
    table: dict[str, Country] = {}
    for number, line in enumerate(DATA.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 4 or len(fields[0]) != 2 or not fields[2].isdigit():
            raise ValueError(f"{DATA}:{number}: expected alpha-2, alpha-3, numeric, name")
        table[fields[0]] = Country(fields[0], fields[1], int(fields[2]), fields[3])
    return table
