"""Language data: loaded and validated once; bad data fails at load time."""

from __future__ import annotations

import shutil
from dataclasses import fields
from pathlib import Path

import pytest

from app.extraction import RuleExtractor
from app.extraction.datafile import DataError
from app.extraction.resource_files import load_resources, load_shared
from app.extraction.resources import DATA_DIR, WORD_LISTS, Resources
from app.extraction.taxonomy import load_taxonomy


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def test_every_language_folder_is_loaded() -> None:
    assert {"ar", "en"} <= RuleExtractor.load(gazetteer=None).supported_languages


def test_unknown_event_type_in_triggers_fails_load(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    path = data / "en" / "triggers.toml"
    path.write_text(path.read_text().replace('event_type = "Riots"', 'event_type = "Riot"', 1))
    with pytest.raises(DataError, match="unknown event type"):
        RuleExtractor.load(data, gazetteer=None)


def test_alias_of_unknown_actor_fails_load(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    path = data / "ar" / "participants.toml"
    path.write_text(path.read_text().replace('"Hamas" =', '"Hamas Movement" =', 1))
    with pytest.raises(DataError, match="unknown actor"):
        RuleExtractor.load(data, gazetteer=None)


def test_data_file_without_licence_header_fails_load(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    path = data / "en" / "cues.toml"
    lines = path.read_text().splitlines()
    path.write_text("\n".join(line for line in lines if not line.startswith("#")))
    with pytest.raises(DataError, match="licence header"):
        RuleExtractor.load(data, gazetteer=None)


def test_a_third_language_is_a_folder(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    shutil.copytree(data / "en", data / "xx")
    lang = data / "xx" / "language.toml"
    lang.write_text(lang.read_text().replace('code = "en"', 'code = "xx"'))
    assert "xx" in RuleExtractor.load(data, gazetteer=None).supported_languages


def test_pipeline_imports_neither_web_nor_database_packages() -> None:
    import subprocess
    import sys

    code = (
        "import sys, app.extraction; "
        "bad = [m for m in ('fastapi', 'sqlmodel', 'sqlalchemy') if m in sys.modules]; "
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_a_retype_rule_to_an_unknown_type_fails_load() -> None:
    doc = {
        "event_type": [{"name": "Battles", "sub_event_types": ["Armed clash"]}],
        "default": {"event_type": "Battles", "sub_event_type": "Armed clash"},
        "retype": [
            {"event_type": "Battles", "sub_event_type": "Armed clash", "target": ["police"],
             "to_event_type": "Riots", "to_sub_event_type": "Mob violence"},
        ],
    }  # fmt: skip
    with pytest.raises(ValueError, match="retype"):
        load_taxonomy(doc)


def test_a_retype_rule_reads_its_actor_kinds_and_counted_flag() -> None:
    doc = {
        "event_type": [{"name": "Battles", "sub_event_types": ["Armed clash"]},
                       {"name": "Riots", "sub_event_types": ["Mob violence"]}],
        "default": {"event_type": "Battles", "sub_event_type": "Armed clash"},
        "retype": [
            {"event_type": "Riots", "sub_event_type": "Mob violence", "target": ["militia"],
             "actor": ["police"], "counted": True,
             "to_event_type": "Battles", "to_sub_event_type": "Armed clash"},
        ],
    }  # fmt: skip
    tax = load_taxonomy(doc)
    assert tax.retype("Riots", "Mob violence", "militia", "police", True)[0] == "Battles"
    assert tax.retype("Riots", "Mob violence", "militia", "police", False)[0] == "Riots"
    assert tax.retype("Riots", "Mob violence", "militia", "rebel_group", True)[0] == "Riots"
    doc["retype"][0]["actor"] = ["no_such_kind"]
    with pytest.raises(ValueError, match="unknown participant kinds"):
        load_taxonomy(doc)


def test_every_word_list_of_the_language_table_is_a_resources_field() -> None:
    # compiled (mypyc), a field's type is the bare class its annotation names
    words = {f.name for f in fields(Resources) if f.type in ("frozenset[str]", frozenset)}
    assert set(WORD_LISTS) <= words
    assert len(WORD_LISTS) == len(set(WORD_LISTS))


def test_a_word_list_of_the_language_table_is_read_normalised(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    path = data / "ar" / "language.toml"
    text = path.read_text(encoding="utf-8")
    written = 'water_nouns = ["خليج", "بحر", "مضيق"]'
    assert written in text
    path.write_text(text.replace(written, 'water_nouns = ["بُحيرة", "خليج"]'), encoding="utf-8")
    res = load_resources(data / "ar", *load_shared(data))
    assert res.water_nouns == frozenset({"بحيره", "خليج"})
