"""Service startup: the rule extractor is loaded once and kept out of the collector's scans."""

from __future__ import annotations

import gc

import pytest
from fastapi.testclient import TestClient

import app.main
from app.extraction import RuleExtractor
from app.settings import Settings
from tests.factories import ScriptedExtractor


def test_startup_loads_the_rule_extractor_then_freezes_it_from_gc(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    loaded = ScriptedExtractor()

    def load() -> ScriptedExtractor:
        calls.append("load")
        return loaded

    monkeypatch.setattr(RuleExtractor, "load", staticmethod(load))
    monkeypatch.setattr(gc, "collect", lambda: calls.append("collect"))
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    with TestClient(app.main.create_app(Settings(database_url=database_url))) as client:
        assert client.app.state.extractor is loaded  # type: ignore[attr-defined]
    assert calls == ["load", "collect", "freeze"]
