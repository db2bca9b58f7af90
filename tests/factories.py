"""Factories with realistic defaults for extraction results, and a scripted test extractor."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from app.extraction.types import (
    Count,
    EventDate,
    Evidence,
    ExtractedEvent,
    ExtractionResult,
    Participant,
    Place,
)


def place(**kw: Any) -> Place:
    defaults: dict[str, Any] = dict(
        name="Mogadishu", text="Mogadishu", country_code="SO", admin1="Banaadir",
        admin1_code="SO-BN", latitude=2.0371, longitude=45.3438, precision="place",
    )  # fmt: skip
    return Place(**(defaults | kw))


def party(**kw: Any) -> Participant:
    defaults: dict[str, Any] = dict(name="Al-Shabaab", text="al-Shabaab", kind="rebel_group")
    return Participant(**(defaults | kw))


def count(best: int, **kw: Any) -> Count:
    defaults: dict[str, Any] = dict(best=best, low=best, high=best, qualifier="exact")
    return Count(**(defaults | kw))


def event(**kw: Any) -> ExtractedEvent:
    """An extracted event; override any field by keyword."""
    defaults: dict[str, Any] = dict(
        event_type="Explosions/Remote violence",
        sub_event_type="Suicide bomb",
        actor=party(),
        target=party(name="Civilians", text="shoppers", kind="civilians"),
        location=place(),
        date=EventDate(date(2024, 3, 2), "day"),
        killed=count(12),
        wounded=count(20),
        evidence=(Evidence("killed", "killed 12 people", 20, 37),),
    )
    return ExtractedEvent(**(defaults | kw))


@dataclass
class ScriptedExtractor:
    """A test double: returns the events scripted for a text, none for any other text."""

    script: dict[str, tuple[ExtractedEvent, ...]] = field(default_factory=dict)
    language: str = "en"
    calls: int = 0

    def extract(
        self, text: str, *, published: date, language: str | None = None
    ) -> ExtractionResult:
        self.calls += 1
        lang = language or self.language
        events = self.script.get(text, ())
        if lang not in ("ar", "en"):
            return ExtractionResult(lang, (), ("language not supported",))
        return ExtractionResult(lang, tuple(replace(e) for e in events))
