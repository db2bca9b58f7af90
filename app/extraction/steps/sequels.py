"""An incident told as following another on the same day ("Hours later the group said it had
fired rockets", "وبعد ساعات أطلقت الجماعة صواريخ") is a sequel: given no date of its own, it
happened on the day of the incident told before it, not on the day the article was published,
and it is another incident when another side carries it out (steps/merge.py)."""

from __future__ import annotations

from app.extraction.doc import Doc
from app.extraction.resources import Resources
from app.extraction.steps.cues import Cues
from app.extraction.steps.drafts import Draft

CATEGORY = "cue:same_day"


def same_day(doc: Doc, res: Resources, cues: Cues, drafts: list[Draft]) -> list[Draft]:
    """The drafts (in text order, before merging), each one a same-day cue of its sentence
    introduces marked as a sequel and, if undated, dated as the nearest dated draft before
    that cue."""
    window = res.cue_windows.get(CATEGORY[4:])
    if window is None or not doc.matches_of(CATEGORY):
        return drafts
    reach = cues.reaching(CATEGORY, window)
    # where each cue ends (the longest), by where it starts: the word after it may make it no
    # sequel's ("بعد ساعات قليلة من")
    ends: dict[int, int] = {}
    for m in doc.matches_of(CATEGORY):
        ends[m.first] = max(m.last, ends.get(m.first, 0))
    out = []
    for d in drafts:
        cue = reach.get(d.token)
        if cue is not None and _introduces(doc, res, cue, ends[cue], d.token):
            before = [p for p in drafts if p.date is not None and p.token < cue]
            date = d.date or (max(before, key=_token).date if before else None)
            d = d._replace(date=date, sequel=True)
        out.append(d)
    return out


def _introduces(doc: Doc, res: Resources, first: int, last: int, token: int) -> bool:
    """Whether the cue at tokens ``first``-``last`` introduces the incident at ``token``: in its
    sentence, and not followed by a word that makes what comes next the earlier incident."""
    if doc.sentence_of(first) != doc.sentence_of(token):
        return False
    return last >= len(doc.tokens) or doc.tokens[last].norm not in res.same_day_stops


def _token(d: Draft) -> int:
    return d.token
