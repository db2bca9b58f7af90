"""Casualty figures and dates, found by the number/casualty/date finders of ``steps``."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from app.extraction.doc import CasualtyRef, DateRef, Doc
from app.extraction.normalised import Normalised
from app.extraction.resources import Resources
from app.extraction.steps.casualties import find_casualties
from app.extraction.steps.casualty_lexicon import CasualtyLexicon, load_casualty_lexicon
from app.extraction.steps.date_lexicon import DateLexicon, load_date_lexicon
from app.extraction.steps.dates import find_dates
from app.extraction.steps.dating import has_dateline
from app.extraction.steps.number_lexicon import NumberLexicon, load_number_lexicon
from app.extraction.steps.verb_first import may_be_subject, subject_start
from app.extraction.types import Span

KILLERS = ("state_forces", "police", "external_force")
TARGET_CUE = "cue:target"


class _LastText:
    """The last article's text as the casualty finder normalised it, for the date finder to
    reuse when it normalises alike (Arabic: both strip harakat and map letters the same way;
    English folds case for casualties only): some 500,000 instructions an Arabic article. One
    tuple, replaced whole, so that threads sharing it never pair one text with another's."""

    last: tuple[str, Normalised] | None = None


@dataclass(frozen=True, slots=True)
class Finders:
    """The loaded lexicons of the casualty and date finders for one language."""

    numbers: NumberLexicon
    casualties: CasualtyLexicon
    dates: DateLexicon
    shared: bool = False  # whether the casualty and date finders normalise text alike
    last: _LastText = field(default_factory=_LastText, compare=False, repr=False)


def load_finders(lang_dir: Path) -> Finders:
    """Load the number, casualty and date lexicons of one language folder; raise on bad data."""
    casualties, dates = load_casualty_lexicon(lang_dir), load_date_lexicon(lang_dir)
    return Finders(
        load_number_lexicon(lang_dir),
        casualties,
        dates,
        casualties.normalise == dates.normalise,
    )


def casualty_mentions(doc: Doc, finders: Finders, res: Resources) -> Doc:
    """Find killed/wounded figures in the whole text (``res``: to read the sides written
    after a verb, as in ``verb_first``)."""
    refs: list[CasualtyRef] = []
    bounds = doc.token_bounds()
    # a side that may be the subject of a verb before it: "قتلت قوات الأمن العراقية خمسة"
    subjects = [
        (bounds.starts[subject_start(doc, res, p)], p.at.end)
        for p in doc.participants
        if may_be_subject(p)
    ]
    # a force whose killing of attackers is a toll: "troops killed five terrorists"
    killers = [
        (p.at.start, p.at.end)
        for p in doc.participants
        if p.kind in KILLERS and not p.thing and not p.site
    ]
    lex = finders.casualties
    strikes = [
        t.at.end
        for t in doc.triggers
        if t.blocked is None and t.info.sub_event_type in lex.strike_types
    ]
    norm = lex.normalise(doc.text)
    if finders.shared:
        finders.last.last = (doc.text, norm)
    for cm in find_casualties(
        doc.text, lex, finders.numbers, bounds, subjects, killers, norm, strikes
    ):
        count = cm.figure
        if count.span is None:
            count = replace(count, span=Span(cm.start, cm.end, doc.text[cm.start : cm.end]))
        at = doc.mention_at(min(cm.start, cm.cue.start), max(cm.end, cm.cue.end))
        ref = (at, cm.kind, count, cm.combined, cm.part)
        refs.append(tuple.__new__(CasualtyRef, ref))  # in C (refs.py)
    return doc.evolve(casualties=tuple(sorted(refs, key=lambda r: r.at.start)))


def date_mentions(doc: Doc, finders: Finders) -> Doc:
    """Find dates in the whole text, resolved against the publication date, or against the
    day of the dateline when there is one ("KYIV, June 3 (Reuters) - ... on Monday"): the day
    the report was filed, which an undated incident ("overnight") takes too."""
    refs = _dates(doc, finders)
    filed = refs[0].value if refs and _dated_line(doc, refs[0]) else doc.published
    if filed != doc.published:
        doc = doc.evolve(published=filed)
        refs = _dates(doc, finders)
    return _dating_cues(doc.evolve(dates=tuple(refs)))


def _dates(doc: Doc, finders: Finders) -> list[DateRef]:
    last = finders.last.last
    norm = last[1] if last is not None and last[0] is doc.text else None  # normalised alike
    refs = [
        tuple.__new__(
            DateRef, (doc.mention_at(dm.start, dm.end), dm.value, dm.precision, dm.relative)
        )
        for dm in find_dates(doc.text, doc.published, finders.dates, doc.token_bounds(), norm)
    ]
    return sorted(refs, key=lambda r: r.at.start)


def _dated_line(doc: Doc, ref: DateRef) -> bool:
    """Whether ``ref`` is the day of the article's dateline, before its publication."""
    return (
        ref.precision == "day"
        and ref.value < doc.published
        and ref.at.last <= doc.clauses[0].last
        and has_dateline(doc)
    )


def _dating_cues(doc: Doc) -> Doc:
    """Drop the target cues that introduce a date ("ON 3 March, gunmen attacked"): they say
    when, and the side after the date is no one attacked."""
    dated = {d.at.token for d in doc.dates}
    cues = doc.matches_of(TARGET_CUE)
    kept = tuple(m for m in cues if m.last not in dated)
    if len(kept) == len(cues):
        return doc
    return doc.evolve(by_category={**doc.by_category, TARGET_CUE: kept})
