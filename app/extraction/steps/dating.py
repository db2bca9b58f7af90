"""When a report is of: the day it tells, its dateline and headline, and incidents dated so
long before it that they are background."""

from __future__ import annotations

from datetime import date

from app.extraction.doc import Doc
from app.extraction.steps.incident import Incident

DATELINE_WORDS = 6
DATELINE_SENTENCES = 2  # a headline, then the body's first sentence
DASHES = ("-", "–", "—")
OLD_DAYS = 365
RECENT_DAYS = 31


def report_date(doc: Doc) -> date:
    """The day the article reports on: the full date it opens with, else its publication."""
    return _opening_date(doc) or doc.published


def dated_long_before(now: date, when: date | None) -> bool:
    """Whether an event dated ``when`` lies a year or more before ``now`` (background: "the
    kidnapping of a German citizen in 2003", even in a sentence dated "yesterday")."""
    return when is not None and (now - when).days >= OLD_DAYS


def _opening_date(doc: Doc) -> date | None:
    """The full date a text opens with ("07/17/2016: Assailants attacked ..."): the day the
    report is of, whenever it was published."""
    first = doc.dates[0] if doc.dates else None
    if first is None or first.at.token != 0 or first.relative or first.precision != "day":
        return None
    return first.value


def historical(now: date, inc: Incident, since: set[int]) -> bool:
    """An incident dated only a year or more before ``now`` (publication, or the date the text
    opens with) is background ("in 2002"), and so is one dated over a month before in a
    sentence that says "since" ("since the war began after Hamas attacked on Oct. 7"): one of
    the sentences ``since``."""
    if not inc.dates:
        return False
    age = min((now - d.value).days for d in inc.dates)
    return age >= OLD_DAYS or (age >= RECENT_DAYS and inc.sentence in since)


def recalls_old(doc: Doc, now: date, inc: Incident) -> bool:
    """An incident told only by definite words ("the attack", "الهجوم") and undated refers back
    to the incident told before it; when that one's sentence is dated a year or more back ("a
    court sentenced four over the 2017 attack on a checkpoint. The attack killed nine
    policemen"), so is it, and it is background."""
    if inc.dates or not inc.triggers or not all(t.anaphoric for t in inc.triggers):
        return False
    first = inc.triggers[0].at.token
    before = [t for t in doc.triggers if t.at.token < first]
    if not before:
        return False
    sentence = doc.sentence_of(before[-1].at.token)
    return any(
        doc.sentence_of(d.at.token) == sentence and dated_long_before(now, d.value)
        for d in doc.dates
    )


def dateline(doc: Doc) -> set[int]:
    """The dateline ("MOGADISHU, March 16 -"): a short first clause with no trigger; after a
    headline, also the one the body opens with before a dash ("بنغازي - لقي ...")."""
    if not doc.clauses:
        return set()
    inside = [t.at.token for t in doc.triggers] + [c.at.token for c in doc.casualties]
    found = set()
    for k, sent in enumerate(doc.sentences[:DATELINE_SENTENCES]):
        clause = doc.clause_of(sent.first)
        first = doc.clauses[clause]
        if (
            sent.last <= first.last
            or any(first.first <= i < first.last for i in inside)
            or first.last - first.first > DATELINE_WORDS
        ):
            continue
        if k == 0 or doc.text[first.end : doc.clauses[clause + 1].start].strip() in DASHES:
            found.add(clause)
    return found


def has_dateline(doc: Doc) -> bool:
    """Whether the first clause is a dateline: short, with no trigger or toll, and more
    sentence after it."""
    return 0 in dateline(doc)


def headline_end(doc: Doc) -> int:
    """The token the body starts at, when the text opens with a headline: a first sentence
    that a line break ends, with no full stop, and more text after it; else -1."""
    if len(doc.sentences) < 2:
        return -1
    first = doc.sentences[0]
    words = doc.text[first.start : first.end].rstrip()
    after = doc.text[first.end : doc.sentences[1].start]
    if "\n" not in words[-1:] + after or words[-1:] in HEADLINE_STOPS:
        return -1
    return first.last


HEADLINE_STOPS = ".!?؟"  # a sentence ending in one is the lead, not a headline
