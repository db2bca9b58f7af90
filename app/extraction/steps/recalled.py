"""A long article tells one day's incidents and recalls older ones: an incident recalled by its
month alone, months before the incidents the article reports, is background ("In July, a
rocket on a football pitch killed 12"), and an incident it tells with no date of its own
after a dated one ("In Odesa, a drone hit the port") happened on that day, not on the day the
article was published."""

from __future__ import annotations

from datetime import date

from app.extraction.doc import DateRef, Doc
from app.extraction.steps.attach import RECENT_DAYS, Incident, report_date
from app.extraction.steps.drafts import Draft

STALE_MONTHS = 2  # "last month" is still news; the month before it is background


def recent_only(doc: Doc, found: list[Incident]) -> list[Incident]:
    """The incidents of ``found`` but those dated only by a month or a year at least
    ``STALE_MONTHS`` before the report's, when an incident of another sentence is dated within
    a month of it."""
    now = report_date(doc)
    current = {inc.sentence for inc in found if inc.dates and _age(now, inc) < RECENT_DAYS}
    if not current:
        return found
    # told in a sentence of its own: in one with the news it may be its setting ("protests
    # began in May; yesterday police fired on them")
    return [inc for inc in found if inc.sentence in current or not _stale(now, inc)]


def lead_dated(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """The drafts (in text order), each undated one given the date of the nearest dated draft
    before it (of the first after it, for a headline's or a lead's) when that is a day within
    a month of the report's."""
    now = report_date(doc)
    dates = [_recent(now, d.date) for d in drafts]
    # an undated incident told in the sentence of a dated one is told apart from it ("hours
    # after gunmen fired on a bus"), on a day the article does not give
    last = next(((d.sentence, w) for d, w in zip(drafts, dates, strict=True) if w), None)
    out: list[Draft] = []
    for d, when in zip(drafts, dates, strict=True):
        if d.date is not None:
            last = (d.sentence, when) if when is not None else None
        elif last is not None and last[0] != d.sentence:
            d = d._replace(date=last[1])
        out.append(d)
    return out


def _recent(now: date, when: DateRef | None) -> DateRef | None:
    """``when`` if it is a day within a month before ``now``, else None."""
    if when is None or when.precision != "day" or not 0 <= (now - when.value).days < RECENT_DAYS:
        return None
    return when


def _age(now: date, inc: Incident) -> int:
    return min((now - d.value).days for d in inc.dates)


def _stale(now: date, inc: Incident) -> bool:
    if not inc.dates or any(d.precision in ("day", "week") for d in inc.dates):
        return False
    newest = max(d.value for d in inc.dates)
    return (now.year - newest.year) * 12 + now.month - newest.month >= STALE_MONTHS
