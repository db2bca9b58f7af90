"""Casualty figures and dates, found by the number/casualty/date finders of ``steps``."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app.extraction.doc import CasualtyRef, DateRef, Doc
from app.extraction.types import Count, Span


@dataclass(frozen=True, slots=True)
class Finders:
    """The loaded lexicons of the casualty and date finders for one language (None: not available)."""

    numbers: Any = None
    casualties: Any = None
    dates: Any = None


def _module(name: str) -> Any:
    try:
        return importlib.import_module(f"app.extraction.steps.{name}")
    except ImportError:
        return None


def load_finders(lang_dir: Path) -> Finders:
    """Load the number, casualty and date lexicons of one language folder."""
    numbers, casualties, dates = _module("numbers"), _module("casualties"), _module("dates")
    num_lex = numbers.load_number_lexicon(lang_dir) if numbers else None
    cas_lex = casualties.load_casualty_lexicon(lang_dir) if casualties and num_lex else None
    date_lex = dates.load_date_lexicon(lang_dir) if dates else None
    return Finders(num_lex, cas_lex, date_lex)


def casualty_mentions(doc: Doc, finders: Finders) -> Doc:
    """Find killed/wounded figures in the whole text."""
    mod = _module("casualties")
    if finders.casualties is None or mod is None:
        return doc
    refs: list[CasualtyRef] = []
    for cm in mod.find_casualties(doc.text, finders.casualties, finders.numbers):
        count: Count = cm.count
        if count.span is None:
            count = replace(count, span=Span(cm.start, cm.end, doc.text[cm.start : cm.end]))
        at = doc.mention_at(min(cm.start, cm.cue.start), max(cm.end, cm.cue.end))
        refs.append(CasualtyRef(at, cm.kind, count, bool(cm.combined)))
    return replace(doc, casualties=tuple(sorted(refs, key=lambda r: r.at.start)))


def date_mentions(doc: Doc, finders: Finders) -> Doc:
    """Find dates in the whole text, resolved against the publication date."""
    mod = _module("dates")
    if finders.dates is None or mod is None:
        return doc
    refs = [
        DateRef(doc.mention_at(dm.start, dm.end), dm.value, dm.precision, bool(dm.relative))
        for dm in mod.find_dates(doc.text, doc.published, finders.dates)
    ]
    return replace(doc, dates=tuple(sorted(refs, key=lambda r: r.at.start)))
