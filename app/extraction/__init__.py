"""Conflict-event extraction: a pure Python pipeline (no web or database imports)."""

from app.extraction.collector import settle_collector
from app.extraction.extractor import RuleExtractor
from app.extraction.steps.language import detect_language

__all__ = ["RuleExtractor", "detect_language", "settle_collector"]
