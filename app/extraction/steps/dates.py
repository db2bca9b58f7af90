"""Find dates and resolve them against the publication date.

Explicit dates ("May 26, 2017", "26 أيار/مايو 2017", "05/26/2017", "2017-05-26"), a month
or year alone after "in"/"في", weekdays ("مساء الجمعة", "last Tuesday"), relative days
("أمس", "yesterday") and periods ("الأسبوع الماضي", "last month"). Names and words live in
``data/<lang>/dates.toml``; a weekday or a date without a year is the most recent one on
or before publication ("last"/"الماضي" weekdays: strictly before).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from types import MappingProxyType
from typing import NamedTuple

from app.extraction.normalised import Normalised
from app.extraction.openers import finditer
from app.extraction.steps.date_lexicon import DateLexicon, phrase_key
from app.extraction.text import TokenBounds, few_words
from app.extraction.types import DatePrecision


class DateMention(NamedTuple):
    """A date in the text, resolved to a calendar date with its precision."""

    start: int
    end: int
    text: str
    value: date
    precision: DatePrecision
    relative: bool  # resolved against the publication date


_Resolved = tuple[date, DatePrecision, bool] | None
_Handler = Callable[[re.Match[str], str, date, DateLexicon], _Resolved]


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _recent(published: date, month: int, day: int) -> date | None:
    """The date with this month and day on or before publication."""
    for year in (published.year, published.year - 1):
        found = _safe(year, month, day)
        if found is not None and found <= published:
            return found
    return None


def _year(m: re.Match[str], kind: str, published: date) -> int | None:
    raw = m.group(f"{kind}_y")
    if raw is None:
        return None
    year = int(raw)
    if len(raw) == 2:
        year += 2000 if year <= published.year % 100 + 1 else 1900
    return year


def _month(m: re.Match[str], kind: str, lex: DateLexicon) -> int:
    return lex.months[phrase_key(m.group(f"{kind}_m"), False)]


def _explicit(year: int | None, month: int, day: int, published: date) -> _Resolved:
    found = _safe(year, month, day) if year else _recent(published, month, day)
    return (found, "day", year is None) if found else None


def _iso(m: re.Match[str], kind: str, published: date, lex: DateLexicon) -> _Resolved:
    return _explicit(int(m.group("iso_y")), int(m.group("iso_a")), int(m.group("iso_b")), published)


def _numeric(m: re.Match[str], kind: str, published: date, lex: DateLexicon) -> _Resolved:
    a, b = int(m.group("numeric_a")), int(m.group("numeric_b"))
    day_first = (lex.day_first or a > 12) and b <= 12
    day, month = (a, b) if day_first else (b, a)
    return _explicit(_year(m, kind, published), month, day, published)


def _day_month(m: re.Match[str], kind: str, published: date, lex: DateLexicon) -> _Resolved:
    day = int(m.group(f"{kind}_d"))
    return _explicit(_year(m, kind, published), _month(m, kind, lex), day, published)


def _ordinal_month(m: re.Match[str], kind: str, published: date, lex: DateLexicon) -> _Resolved:
    day = lex.ordinal_days[phrase_key(m.group(f"{kind}_o"), lex.ignore_case)]
    return _explicit(_year(m, kind, published), _month(m, kind, lex), day, published)


def _day_alone(m: re.Match[str], kind: str, published: date, lex: DateLexicon) -> _Resolved:
    day = int(m.group("day_alone_d"))
    months = published.year * 12 + published.month - 1
    for back in range(3):  # the 31st before 30 May is 31 March
        year, month = divmod(months - back, 12)
        found = _safe(year, month + 1, day)
        if found and found <= published:
            return found, "day", True
    return None


def _month_year(m: re.Match[str], kind: str, published: date, lex: DateLexicon) -> _Resolved:
    year = _year(m, kind, published)
    return (date(year, _month(m, kind, lex), 1), "month", False) if year and year >= 1900 else None


def _month_alone(m: re.Match[str], kind: str, published: date, lex: DateLexicon) -> _Resolved:
    # "last April" written in April is a year back: the latest such month before this one
    past = m.group("month_past") or m.group("month_pasta")
    found = _recent(
        published - timedelta(days=published.day) if past else published, _month(m, kind, lex), 1
    )
    return (found, "month", True) if found else None


def _year_alone(m: re.Match[str], kind: str, published: date, lex: DateLexicon) -> _Resolved:
    year = int(m.group("year_y"))
    return (date(year, 1, 1), "year", False) if 1900 <= year <= published.year + 1 else None


def _weekday(m: re.Match[str], kind: str, published: date, lex: DateLexicon) -> _Resolved:
    if m.group("weekday_fut") or m.group("weekday_futa"):
        return None
    if m.group("weekday_rel"):
        return _relative(m, "weekday", published, lex)
    back = (published.weekday() - lex.weekdays[phrase_key(m.group("weekday_wd"), False)]) % 7
    if back == 0 and (m.group("weekday_past") or m.group("weekday_pasta")):
        back = 7
    return published - timedelta(days=back), "day", True


_EDGE = " \t\n،,.;:!?()«»\"'"


def _relative(m: re.Match[str], kind: str, published: date, lex: DateLexicon) -> _Resolved:
    if kind == "relative" and (_not_relative(m, lex) or _from_event(m, lex)):
        return None
    offset = lex.relative_days[phrase_key(m.group(f"{kind}_rel"), lex.ignore_case)]
    return published + timedelta(days=offset), "day", True


def _from_event(m: re.Match[str], lex: DateLexicon) -> bool:
    """ "قبل يومين من الانتخابات": a span back counted from an event the text names."""
    heads, after = lex.span_from_event
    if not after or m.group("relative_rel").split(" ", 1)[0] not in heads:
        return False
    text = m.string
    nxt = text[m.end() : m.end() + 24].split()[:1]
    return bool(nxt) and text[m.end() : m.end() + 1] == " " and nxt[0] in after


def _not_relative(m: re.Match[str], lex: DateLexicon) -> bool:
    """A relative day word that is "the day …", not a date: "في اليوم التالي", "ذلك اليوم"."""
    before, after = lex.not_relative
    if not (before or after):
        return False
    text = m.string
    prev = text[max(m.start() - 24, 0) : m.start()].split()[-1:]
    nxt = text[m.end() : m.end() + 24].split()[:1]
    alone = m.start() == m.start("relative_rel")  # "في صباح اليوم" is this morning
    return (alone and bool(prev) and prev[0].strip(_EDGE) in before) or (
        bool(nxt) and m.end() < len(text) and text[m.end()] == " " and nxt[0].strip(_EDGE) in after
    )


def _period(m: re.Match[str], kind: str, published: date, lex: DateLexicon) -> _Resolved:
    unit, offset = lex.periods[phrase_key(m.group("period_p"), lex.ignore_case)]
    if unit == "week":
        monday = published - timedelta(days=published.weekday())
        return monday + timedelta(weeks=offset), "week", True
    if unit == "weekend":  # the week (its Monday) of the last Saturday on or before publication
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        return saturday - timedelta(days=5), "week", True
    if unit == "year":
        return date(published.year + offset, 1, 1), "year", True
    months = published.year * 12 + published.month - 1 + offset
    return date(months // 12, months % 12 + 1, 1), "month", True


_HANDLERS: Mapping[str, _Handler] = MappingProxyType(
    {
        "iso": _iso,
        "numeric": _numeric,
        "day_month": _day_month,
        "month_day": _day_month,
        "ordinal_month": _ordinal_month,
        "day_alone": _day_alone,
        "month_year": _month_year,
        "month": _month_alone,
        "year": _year_alone,
        "weekday": _weekday,
        "relative": _relative,
        "period": _period,
    }
)
# the words that are the date itself; the context word before them is not
_SPAN_GROUP: Mapping[str, str] = MappingProxyType(
    {"month": "month_s", "year": "year_y", "day_alone": "day_alone_d"}
)


def find_dates(
    text: str,
    published: date,
    lex: DateLexicon,
    bounds: TokenBounds | None = None,
    norm: Normalised | None = None,
) -> tuple[DateMention, ...]:
    """Every date in ``text`` resolved against ``published``, in text order; ``bounds``: the
    tokens of ``text``, if already found; ``norm``: ``text`` as ``lex.normalise`` makes it, if
    already normalised so.

    Future weekdays ("next Friday", "الخميس المقبل") and impossible dates give nothing.
    """
    if norm is None:
        norm = lex.normalise(text)
    out: list[DateMention] = []
    weekday_last = False  # whether the last mention in ``out`` is a weekday
    for m in finditer(lex.pattern, lex.openers, norm, bounds):
        kind = m.lastgroup or ""
        resolved = _HANDLERS[kind](m, kind, published, lex)
        if resolved is not None:
            s, e, words = norm.span_text(m.start(_SPAN_GROUP.get(kind, kind)), m.end())
            if out and _restated(out[-1], weekday_last, resolved, text[out[-1].end : s]):
                out.pop()  # "Tuesday, 22 March 2016": the date itself, not the last Tuesday
            elif out and _month_of(out[-1], resolved, text[out[-1].end : s]):
                # "in March last year", "في أيار من العام الماضي": that year's month
                prev = out.pop()
                s, words = prev.start, text[prev.start : e]
                resolved = (prev.value.replace(year=resolved[0].year), "month", True)
            out.append(tuple.__new__(DateMention, (s, e, words, *resolved)))  # in C (refs.py)
            weekday_last = kind == "weekday"
    return tuple(out)


def _month_of(previous: DateMention, resolved: tuple[date, DatePrecision, bool], gap: str) -> bool:
    """Whether a year told a word or two after a month alone is that month's year ("March
    last year"; the month alone was put in the latest year)."""
    return (
        previous.precision == "month"
        and resolved[1] == "year"
        and few_words(gap, 1)
        and not any(c in gap for c in ".,;:!?،؛؟\n")
    )


RESTATED_GAP = 4  # words between a weekday and the full date it falls on ("Friday prayers on")


def _restated(
    previous: DateMention, weekday: bool, resolved: tuple[date, DatePrecision, bool], gap: str
) -> bool:
    """A weekday right before the full date it falls on ("الثلاثاء 28 مايو") names that date,
    and so does one a few words before a full date that is that weekday ("during Friday prayers
    on Nov. 24, 2017", "صلاة الجمعة في 24 نوفمبر 2017")."""
    value, precision, relative = resolved
    if not previous.relative or precision != "day":
        return False
    if not relative and not gap.strip(" ,،"):
        return True
    same_day = weekday and previous.value.weekday() == value.weekday()
    return same_day and few_words(gap, RESTATED_GAP) and not any(c in gap for c in ".;:!?؛؟\n")
