"""A long article tells one day's incidents and recalls older ones: an incident recalled by its
month alone, months before the incidents the article reports, is background ("In July, a
rocket on a football pitch killed 12"), and an incident it tells with no date of its own
after a dated one ("In Odesa, a drone hit the port") happened on that day, not on the day the
article was published."""

from __future__ import annotations

from datetime import date

from app.extraction.doc import DateRef, Doc
from app.extraction.steps.build import keep
from app.extraction.steps.dating import RECENT_DAYS, report_date
from app.extraction.steps.drafts import Draft
from app.extraction.steps.incident import Incident

STALE_MONTHS = 2  # "last month" is still news; the month before it is background
PLACE_OPENS = 3  # "In Zaporizhzhia", "وفي محافظة البقاع": the words before a sentence's place


def recent_only(doc: Doc, found: list[Incident]) -> list[Incident]:
    """The incidents of ``found`` but those dated only by a month or a year at least
    ``STALE_MONTHS`` before the report's, when an incident of another sentence is dated within
    a month of it."""
    now = report_date(doc)
    current = {inc.sentence for inc in found if inc.dates and _age(now, inc) < RECENT_DAYS}
    if not current:
        return found
    # only an undated incident may hang on background
    hung = _hung_on_background(doc, now) if any(not inc.dates for inc in found) else {}
    # told in a sentence of its own: in one with the news it may be its setting ("protests
    # began in May; yesterday police fired on them")
    return [
        inc
        for inc in found
        if inc.sentence in current or not (_stale(now, inc) or _hung(inc, hung))
    ]


def _hung_on_background(doc: Doc, now: date) -> dict[int, int]:
    """Where a relative clause hanging on background opens, by sentence: "when" after
    "since" or after a date months back ("since last year, when a blast killed 300")."""
    out: dict[int, int] = {}
    relatives = doc.matches_of("cue:relative")
    if not relatives:
        return out
    opens: dict[int, list[int]] = {}  # the relative words of each sentence, in text order
    for m in relatives:
        opens.setdefault(doc.sentence_of(m.first), []).append(m.first)
    back = [m.first for m in doc.matches_of("cue:background")]
    back += [d.at.token for d in doc.dates if _months(now, d.value) >= STALE_MONTHS]
    for t in back:
        sentence = doc.sentence_of(t)
        after = [r for r in opens.get(sentence, ()) if r > t]
        if after:
            out[sentence] = min(after[0], out.get(sentence, after[0]))
    return out


def _hung(inc: Incident, hung: dict[int, int]) -> bool:
    """Whether ``inc``, undated, is told after the relative clause of its sentence opens."""
    opens = hung.get(inc.sentence)
    return not inc.dates and opens is not None and inc.token > opens


def kept(doc: Doc, drafts: list[Draft], crowd: frozenset[str]) -> list[Draft]:
    """The drafts ``keep`` keeps (``crowd``: the crowd event types), dated by ``lead_dated``,
    and those that with the lead's day tell the lead's kind of event at one more place ("In
    Zaporizhzhia, a missile hit an industrial site"): an inherited date is no substance of
    its own, a place of the lead's kind of event given that day is."""
    keeps = [keep(d, crowd) for d in drafts]
    if len(drafts) < 2:
        return [d for d, k in zip(drafts, keeps, strict=True) if k]
    dated = lead_dated(doc, drafts)
    lead = next((d for d, k in zip(drafts, keeps, strict=True) if k and d.date is not None), None)
    body = {
        _kind(d) for d, k in zip(drafts, keeps, strict=True) if k and not d.headline and d.place
    }
    out = []
    for before, after, k in zip(drafts, dated, keeps, strict=True):
        if before.headline and _sums_up(before, body):
            continue
        more = lead is not None and before.date is None and _more_of(doc, after, lead.event_type)
        if more and after.actor is None and lead is not None:
            # "Russia attacked three cities … In Odesa, a drone hit the port": the lead's side
            after = after._replace(actor=lead.actor, actor_sure=lead.actor_sure)
        if k or (more and keep(after, crowd)):
            out.append(after)
    return out


def _kind(d: Draft) -> tuple[str, str | None]:
    return d.event_type, d.place.place.country_code if d.place else None


def _sums_up(d: Draft, body: set[tuple[str, str | None]]) -> bool:
    """Whether ``d`` is a headline's incident with no toll at a whole region ("غارات إسرائيلية
    على جنوب لبنان والبقاع") of which the body tells an event of its type in that country."""
    if not d.headline or d.killed or d.wounded or d.place is None:
        return False
    region = d.place.country_only or d.place.place.precision == "admin1"
    return region and _kind(d) in body


def _more_of(doc: Doc, d: Draft, lead: str | None) -> bool:
    """Whether ``d`` is told with a specific word of the ``lead`` type in a sentence that opens
    with its place ("In Zaporizhzhia, …", "وفي البقاع، …"): one more place of the news, not
    the lead told again in detail ("the bomb struck the city's Kyivskyi district")."""
    if d.event_type != lead or d.typed < 2 or d.anaphoric or d.headline or d.sentence < 0:
        return False
    place = d.place
    if place is None or place.country_only:
        return False
    return place.at.token - doc.sentences[d.sentence].first <= PLACE_OPENS


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
    """Whether ``inc`` is recalled by a date relative to the report ("in July", "last April")
    months before it. A date written with its year ("December 2003") is how a chronology
    dates each incident it lists, news or not; a year back it is background anyway
    (attach._historical)."""
    if not inc.dates or not all(d.relative for d in inc.dates):
        return False
    return _months(now, max(d.value for d in inc.dates)) >= STALE_MONTHS


def _months(now: date, when: date) -> int:
    """How many calendar months ``when`` lies before ``now``."""
    return (now.year - when.year) * 12 + now.month - when.month
