"""Find dates and resolve them against the publication date.

Explicit dates ("May 26, 2017", "26 أيار/مايو 2017", "05/26/2017", "2017-05-26"), a month
or year alone after "in"/"في", weekdays ("مساء الجمعة", "last Tuesday"), relative days
("أمس", "yesterday") and periods ("الأسبوع الماضي", "last month"). Names and words live in
``data/<lang>/dates.toml``; a weekday or a date without a year is the most recent one on
or before publication ("last"/"الماضي" weekdays: strictly before).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app.extraction.steps.numbers import (
    NUMBERS_FILE,
    LexiconError,
    Normaliser,
    alternation,
    int_map,
    load_normaliser,
    read_toml,
    str_list,
    table,
)
from app.extraction.types import DatePrecision

DATES_FILE = "dates.toml"
_PERIODS = ("week", "month", "year", "weekend")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date in the text, resolved to a calendar date with its precision."""

    start: int
    end: int
    text: str
    value: date
    precision: DatePrecision
    relative: bool  # resolved against the publication date


@dataclass(frozen=True, slots=True)
class DateLexicon:
    """Compiled date patterns of one language; build with ``load_date_lexicon``."""

    lang: str
    normalise: Normaliser
    day_first: bool
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    relative_days: Mapping[str, int]
    periods: Mapping[str, tuple[str, int]]  # phrase -> (unit, offset)
    ignore_case: bool
    pattern: re.Pattern[str]  # one alternative per kind of date, named after it


def _cased(words: Iterable[str], sentence_case: bool) -> list[str]:
    """The words, plus their capitalised forms ("Yesterday") when the language has case."""
    out = list(words)
    return out + [w[:1].upper() + w[1:] for w in out] if sentence_case else out


def _key(words: str, lower: bool) -> str:
    key = " ".join(words.split())
    return key.lower() if lower else key


def _names(
    data: Mapping[str, Any], name: str, path: Path, norm: Normaliser, top: int
) -> dict[str, int]:
    raw = int_map(table(data, name, path), path, name)
    out = {_key(norm.word(k), False): v for k, v in raw.items()}
    if len(out) != len(raw):
        raise LexiconError(f"{path}: [{name}] has entries equal after normalisation")
    if any(v > top for v in out.values()):
        raise LexiconError(f"{path}: [{name}] values must be at most {top}")
    return out


def _signed(
    data: Mapping[str, Any], name: str, path: Path, norm: Normaliser, lower: bool
) -> dict[str, int]:
    node = table(data, name, path)
    if any(isinstance(v, bool) or not isinstance(v, int) for v in node.values()):
        raise LexiconError(f"{path}: [{name}] values must be ints")
    return {_key(norm.word(k), lower): int(v) for k, v in node.items()}


def _specs(
    data: Mapping[str, Any], path: Path, norm: Normaliser, cased: bool, names: Mapping[str, str]
) -> dict[str, str]:
    """One regex per kind of date; group names are prefixed with the kind ("iso_y")."""
    words = table(data, "words", path)

    def alt(key: str) -> str:
        return alternation(
            _cased((norm.word(w) for w in str_list(words, key, path, empty=True)), cased)
        )

    months, weekdays, rel = names["months"], names["weekdays"], names["rel"]
    suffix, join = alt("day_suffixes"), alt("day_month_joiners")
    dp_before, dp_after = rf"(?:{alt('day_parts_before')}\s+)", rf"(?:\s+{alt('day_parts_after')})"

    def month(p: str) -> str:
        # "أيار/مايو", "فبراير (شباط)": a second name of the same month; possessive, so
        # that a month alone never stops before it
        return rf"(?P<{p}_m>{months})(?:\s*[/-]\s*{months}|\s*\(\s*{months}\s*\))?+"

    def year(p: str) -> str:
        return rf"(?P<{p}_y>\d{{4}})(?![\d/.-]\d)"

    return {
        "iso": r"(?P<iso_y>\d{4})-(?P<iso_a>\d{1,2})-(?P<iso_b>\d{1,2})(?!\d)",
        "numeric": r"(?P<numeric_a>\d{1,2})(?P<numeric_s>[/.])(?P<numeric_b>\d{1,2})"
        r"(?P=numeric_s)(?P<numeric_y>\d{4}|\d{2})(?![\d/])",
        "day_month": rf"(?P<day_month_d>\d{{1,2}})(?:{suffix})?,?\s+(?:{join}\s+)?"
        rf"{month('day_month')}(?:,?\s+{year('day_month')})?(?!\w)",
        "month_day": rf"{month('month_day')}\s+(?P<month_day_d>\d{{1,2}})(?:{suffix})?(?!\d)"
        rf"(?:,?\s+{year('month_day')})?(?!\w)",
        "day_alone": rf"{alt('day_context')}\s+(?P<day_alone_d>\d{{1,2}})(?:{suffix})(?!\w)"
        rf"(?!,?\s+(?:{join}\s+)?{months})",
        "month_year": rf"{month('month_year')},?\s+{year('month_year')}",
        "month": rf"{alt('month_context')}\s+(?P<month_s>{month('month')})(?!\w)(?!\s*,?\s*\d)",
        "year": rf"{alt('year_context')}\s+{year('year')}",
        "weekday": (
            rf"(?:(?P<weekday_fut>{alt('future_before')})\s+|(?P<weekday_past>{alt('past_before')})\s+)?"
            rf"{dp_before}?(?:(?P<weekday_rel>{rel})\s+)?{dp_before}?(?P<weekday_wd>{weekdays})"
            rf"{dp_after}?(?:\s+(?:(?P<weekday_pasta>{alt('past_after')})"
            rf"|(?P<weekday_futa>{alt('future_after')})))?(?!\w)"
        ),
        "relative": rf"{dp_before}?(?P<relative_rel>{rel}){dp_after}?(?!\w)",
        "period": rf"(?P<period_p>{names['periods']})(?!\w)",
    }


def _periods(
    data: Mapping[str, Any], path: Path, norm: Normaliser, lower: bool
) -> dict[str, tuple[str, int]]:
    """Phrase -> (unit, offset) for every [periods.<unit>] table."""
    periods: dict[str, tuple[str, int]] = {}
    for unit in _PERIODS:
        for phrase, offset in _signed(data, f"periods.{unit}", path, norm, lower).items():
            if phrase in periods:
                raise LexiconError(f"{path}: '{phrase}' is listed under two periods")
            periods[phrase] = (unit, offset)
    return periods


def load_date_lexicon(lang_dir: Path) -> DateLexicon:
    """Load and validate ``<lang_dir>/dates.toml`` and compile its patterns."""
    path = lang_dir / DATES_FILE
    data = read_toml(path)
    # no case folding: "May" the month is not "may" the verb
    norm = load_normaliser(read_toml(lang_dir / NUMBERS_FILE), lang_dir / NUMBERS_FILE, fold=False)
    order = data.get("numeric_order")
    if order not in ("dmy", "mdy"):
        raise LexiconError(f"{path}: numeric_order must be 'dmy' or 'mdy'")
    # case-sensitive patterns (IGNORECASE is several times slower): month and weekday names
    # are listed as written, other words in lower case and found in sentence case too
    lower = data.get("sentence_case", False) is True
    months, weekdays = (
        _names(data, "months", path, norm, 12),
        _names(data, "weekdays", path, norm, 6),
    )
    rel = _signed(data, "relative_days", path, norm, lower)
    periods = _periods(data, path, norm, lower)

    def wrap(words: Mapping[str, Any], names: bool) -> str:
        return alternation(_cased(words, lower and not names))

    names = {
        "months": wrap(months, True),
        "weekdays": wrap(weekdays, True),
        "rel": wrap(rel, False),
        "periods": wrap(periods, False),
    }
    specs = _specs(data, path, norm, lower, names)
    return DateLexicon(
        lang=lang_dir.name,
        normalise=norm,
        day_first=order == "dmy",
        months=MappingProxyType(months),
        weekdays=MappingProxyType(weekdays),
        relative_days=MappingProxyType(rel),
        periods=MappingProxyType(periods),
        ignore_case=lower,
        pattern=re.compile(
            r"(?<!\w)(?:" + "|".join(f"(?P<{k}>{rx})" for k, rx in specs.items()) + ")"
        ),
    )


# ---------------------------------------------------------------- resolution

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
    return lex.months[_key(m.group(f"{kind}_m"), False)]


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
    found = _recent(published, _month(m, kind, lex), 1)
    return (found, "month", True) if found else None


def _year_alone(m: re.Match[str], kind: str, published: date, lex: DateLexicon) -> _Resolved:
    year = int(m.group("year_y"))
    return (date(year, 1, 1), "year", False) if 1900 <= year <= published.year + 1 else None


def _weekday(m: re.Match[str], kind: str, published: date, lex: DateLexicon) -> _Resolved:
    if m.group("weekday_fut") or m.group("weekday_futa"):
        return None
    if m.group("weekday_rel"):
        return _relative(m, "weekday", published, lex)
    back = (published.weekday() - lex.weekdays[_key(m.group("weekday_wd"), False)]) % 7
    if back == 0 and (m.group("weekday_past") or m.group("weekday_pasta")):
        back = 7
    return published - timedelta(days=back), "day", True


def _relative(m: re.Match[str], kind: str, published: date, lex: DateLexicon) -> _Resolved:
    offset = lex.relative_days[_key(m.group(f"{kind}_rel"), lex.ignore_case)]
    return published + timedelta(days=offset), "day", True


def _period(m: re.Match[str], kind: str, published: date, lex: DateLexicon) -> _Resolved:
    unit, offset = lex.periods[_key(m.group("period_p"), lex.ignore_case)]
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


def find_dates(text: str, published: date, lex: DateLexicon) -> tuple[DateMention, ...]:
    """Every date in ``text`` resolved against ``published``, in text order.

    Future weekdays ("next Friday", "الخميس المقبل") and impossible dates give nothing.
    """
    norm = lex.normalise(text)
    out: list[DateMention] = []
    for m in lex.pattern.finditer(norm.text):
        kind = m.lastgroup or ""
        resolved = _HANDLERS[kind](m, kind, published, lex)
        if resolved is not None:
            s, e, words = norm.span_text(m.start(_SPAN_GROUP.get(kind, kind)), m.end())
            if out and _restated(out[-1], resolved, text[out[-1].end : s]):
                out.pop()  # "Tuesday, 22 March 2016": the date itself, not the last Tuesday
            out.append(DateMention(s, e, words, *resolved))
    return tuple(out)


def _restated(previous: DateMention, resolved: tuple[date, DatePrecision, bool], gap: str) -> bool:
    """A weekday right before the full date it falls on ("الثلاثاء 28 مايو") names that date."""
    _, precision, relative = resolved
    return previous.relative and not relative and precision == "day" and not gap.strip(" ,،")
