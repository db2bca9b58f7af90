"""Tolls told again with another figure for the same incident (steps/merge.py lets them merge,
and the larger wins): a running total ("the death toll rose to 12", "وارتفع عدد الشهداء إلى
12"), whose figure differs because time passed, and a headline, which counts fewer than the
body it sums up ("مقتل قيادي في الحشد بغارة" over "قتل قيادي واثنان من مرافقيه")."""

from __future__ import annotations

from app.extraction.doc import Doc
from app.extraction.steps.cues import Cues
from app.extraction.steps.dating import headline_end
from app.extraction.steps.drafts import Draft

CATEGORY = "cue:update"


def updates(doc: Doc, cues: Cues, drafts: list[Draft]) -> list[Draft]:
    """The drafts, each whose figure a cue of its sentence before it tells as a running total
    marked as an update, and those of the headline as such."""
    end = headline_end(doc)
    if end >= 0:
        drafts = [d._replace(headline=True) if d.token < end else d for d in drafts]
    if not doc.matches_of(CATEGORY):
        return drafts
    return [d._replace(update=True) if _updated(doc, cues, d) else d for d in drafts]


def _updated(doc: Doc, cues: Cues, d: Draft) -> bool:
    """Whether a cue stands between the start of a figure's sentence and its end."""
    for c in (d.killed, d.wounded):
        if c is not None:
            first = doc.sentences[doc.sentence_of(c.at.token)].first
            if cues.starting(CATEGORY, first, c.at.last - 1):
                return True
    return False
