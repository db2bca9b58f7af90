"""Golden cases: one JSON file per article under golden/cases/, expected events field by field.

Each expected event must be matched (greedily, by event type then location/country) by one
predicted event, and the number of predicted events must equal the number expected. Fields
absent from an expected event are not checked; null means the prediction must be null.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.extraction import RuleExtractor
from app.extraction.text import normalise
from app.extraction.types import ExtractedEvent

CASES = sorted((Path(__file__).parent / "golden" / "cases").glob("*.json"))


def _load(path: Path) -> dict[str, Any]:
    case: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return case


def _params() -> list[Any]:
    params = []
    for path in CASES:
        case = _load(path)
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
        params.append(pytest.param(path, id=case.get("id", path.stem), marks=marks))
    return params


def _fold(text: str | None) -> str:
    return " ".join(normalise(text or "").split())


def _same_location(expected: str, ev: ExtractedEvent, extractor: RuleExtractor) -> bool:
    loc = ev.location
    if loc is None:
        return False
    if _fold(expected) in (_fold(loc.name), _fold(loc.text)):
        return True
    gaz = extractor.gazetteer
    if gaz is None:
        return False
    cands = gaz.resolve(expected, context_countries=(loc.country_code,) if loc.country_code else ())
    return bool(cands) and (cands[0].name, cands[0].country_code) == (loc.name, loc.country_code)


def _value(ev: ExtractedEvent, field: str) -> Any:
    """Return the prediction for one golden field, in the golden file's representation."""
    getters: dict[str, Any] = {
        "event_type": lambda: ev.event_type,
        "sub_event_type": lambda: ev.sub_event_type,
        "actor": lambda: ev.actor.name if ev.actor else None,
        "target": lambda: ev.target.name if ev.target else None,
        "country": lambda: ev.location.country_code if ev.location else None,
        "location": lambda: ev.location.name if ev.location else None,
        "date": lambda: ev.date.value.isoformat() if ev.date else None,
        "date_precision": lambda: ev.date.precision if ev.date else None,
        "killed": lambda: ev.killed.best if ev.killed else None,
        "wounded": lambda: ev.wounded.best if ev.wounded else None,
    }
    return getters[field]()


def _mismatches(exp: dict[str, Any], ev: ExtractedEvent, extractor: RuleExtractor) -> list[str]:
    bad = []
    for field, want in exp.items():
        if field == "location" and want is not None:
            ok = _same_location(want, ev, extractor)
        else:
            ok = _value(ev, field) == want
        if not ok:
            bad.append(f"{field}: expected {want!r}, got {_value(ev, field)!r}")
    return bad


def _score(exp: dict[str, Any], ev: ExtractedEvent, extractor: RuleExtractor) -> tuple[int, int]:
    keyed = (
        exp.get("event_type") == ev.event_type,
        (
            "location" in exp
            and exp["location"] is not None
            and _same_location(exp["location"], ev, extractor)
        )
        or exp.get("country") == _value(ev, "country"),
    )
    return (sum(keyed), -len(_mismatches(exp, ev, extractor)))


def describe(ev: ExtractedEvent) -> dict[str, Any]:
    """Return a prediction in the golden file's representation."""
    fields = (
        "event_type",
        "sub_event_type",
        "actor",
        "target",
        "country",
        "location",
        "date",
        "date_precision",
        "killed",
        "wounded",
    )
    return {f: _value(ev, f) for f in fields}


@pytest.mark.parametrize("path", _params())
def test_golden_case(path: Path, extractor: RuleExtractor, request: pytest.FixtureRequest) -> None:
    case = _load(path)
    result = extractor.extract(
        case["text"], published=date.fromisoformat(case["published"]), language=case.get("language")
    )
    if request.config.getoption("--regen-golden", default=False):
        case["predicted"] = [describe(ev) for ev in result.events]
        path.write_text(json.dumps(case, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    predicted = list(result.events)
    problems: list[str] = []
    if len(predicted) != len(case["expected"]):
        problems.append(
            f"expected {len(case['expected'])} events, got {len(predicted)}: "
            f"{[describe(e) for e in predicted]}"
        )
    for i, exp in enumerate(case["expected"]):
        if not predicted:
            problems.append(f"event {i}: no prediction left for {exp}")
            continue
        best = max(predicted, key=lambda ev: _score(exp, ev, extractor))
        predicted.remove(best)
        problems += [f"event {i}: {m}" for m in _mismatches(exp, best, extractor)]
    assert not problems, "\n".join(problems)
