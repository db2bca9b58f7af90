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
    patterns: tuple[tuple[str, re.Pattern[str]], ...]  # (handler name, pattern)


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


def _patterns(
    data: Mapping[str, Any],
    path: Path,
    norm: Normaliser,
    ci: str,
    months: str,
    weekdays: str,
    rel: str,
    periods: str,
) -> tuple[tuple[str, re.Pattern[str]], ...]:
    words = table(data, "words", path)

    def alt(key: str) -> str:
        inner = alternation(norm.word(w) for w in str_list(words, key, path, empty=True))
        return f"(?{ci}:{inner})" if ci else inner

    suffix, join = alt("day_suffixes"), alt("day_month_joiners")
    month = rf"(?P<m>{months})(?:\s*[/-]\s*{months})?"
    year = r"(?P<y>\d{4})(?!\d)"
    dp_before, dp_after = rf"(?:{alt('day_parts_before')}\s+)", rf"(?:\s+{alt('day_parts_after')})"
    specs = {
        "iso": r"(?<!\d)(?P<y>\d{4})-(?P<a>\d{1,2})-(?P<b>\d{1,2})(?!\d)",
        "numeric": r"(?<![\d/.])(?P<a>\d{1,2})([/.])(?P<b>\d{1,2})\2(?P<y>\d{4}|\d{2})(?![\d/])",
        "day_month": rf"(?<!\d)(?P<d>\d{{1,2}})(?:{suffix})?,?\s+(?:{join}\s+)?{month}(?:,?\s+{year})?(?!\w)",
        "month_day": rf"(?<!\w){month}\s+(?P<d>\d{{1,2}})(?:{suffix})?(?!\d)(?:,?\s+{year})?(?!\w)",
        "month_year": rf"(?<!\w){month},?\s+{year}",
        "month": rf"(?<!\w){alt('month_context')}\s+{month}(?!\w)",
        "year": rf"(?<!\w){alt('year_context')}\s+{year}",
        "weekday": (
            rf"(?<!\w)(?:(?P<fut>{alt('future_before')})\s+|(?P<past>{alt('past_before')})\s+)?"
            rf"{dp_before}?(?:(?P<rel>{rel})\s+)?{dp_before}?(?P<wd>{weekdays}){dp_after}?"
            rf"(?:\s+(?:(?P<pasta>{alt('past_after')})|(?P<futa>{alt('future_after')})))?(?!\w)"
        ),
        "relative": rf"(?<!\w){dp_before}?(?P<rel>{rel}){dp_after}?(?!\w)",
        "period": rf"(?<!\w)(?P<p>{periods})(?!\w)",
    }
    return tuple((name, re.compile(rx)) for name, rx in specs.items())


def load_date_lexicon(lang_dir: Path) -> DateLexicon:
    """Load and validate ``<lang_dir>/dates.toml`` and compile its patterns."""
    path = lang_dir / DATES_FILE
    data = read_toml(path)
    norm = load_normaliser(read_toml(lang_dir / NUMBERS_FILE), lang_dir / NUMBERS_FILE)
    order = data.get("numeric_order")
    if order not in ("dmy", "mdy"):
        raise LexiconError(f"{path}: numeric_order must be 'dmy' or 'mdy'")
    lower = lang_dir.name == "en"
    ci = "i" if lower else ""
    months, weekdays = (
        _names(data, "months", path, norm, 12),
        _names(data, "weekdays", path, norm, 6),
    )
    rel = _signed(data, "relative_days", path, norm, lower)
    periods: dict[str, tuple[str, int]] = {}
    for unit in _PERIODS:
        for phrase, offset in _signed(data, f"periods.{unit}", path, norm, lower).items():
            if phrase in periods:
                raise LexiconError(f"{path}: '{phrase}' is listed under two periods")
            periods[phrase] = (unit, offset)

    def wrap(words: Mapping[str, Any], names: bool) -> str:
        inner = alternation(words)
        return f"(?{ci}:{inner})" if ci and not names else inner

    return DateLexicon(
        lang=lang_dir.name,
        normalise=norm,
        day_first=order == "dmy",
        months=MappingProxyType(months),
        weekdays=MappingProxyType(weekdays),
        relative_days=MappingProxyType(rel),
        periods=MappingProxyType(periods),
        ignore_case=lower,
        patterns=_patterns(
            data,
            path,
            norm,
            ci,
            wrap(months, True),
            wrap(weekdays, True),
            wrap(rel, False),
            wrap(periods, False),
        ),
    )


# ---------------------------------------------------------------- resolution

_Resolved = tuple[date, DatePrecision, bool] | None
_Handler = Callable[[re.Match[str], date, DateLexicon], _Resolved]


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


def _year(m: re.Match[str], published: date) -> int | None:
    raw = m.group("y")
    if raw is None:
        return None
    year = int(raw)
    if len(raw) == 2:
        year += 2000 if year <= published.year % 100 + 1 else 1900
    return year


def _month(m: re.Match[str], lex: DateLexicon) -> int:
    return lex.months[_key(m.group("m"), False)]


def _explicit(year: int | None, month: int, day: int, published: date) -> _Resolved:
    found = _safe(year, month, day) if year else _recent(published, month, day)
    return (found, "day", year is None) if found else None


def _iso(m: re.Match[str], published: date, lex: DateLexicon) -> _Resolved:
    return _explicit(int(m.group("y")), int(m.group("a")), int(m.group("b")), published)


def _numeric(m: re.Match[str], published: date, lex: DateLexicon) -> _Resolved:
    a, b = int(m.group("a")), int(m.group("b"))
    day_first = (lex.day_first or a > 12) and b <= 12
    day, month = (a, b) if day_first else (b, a)
    return _explicit(_year(m, published), month, day, published)


def _day_month(m: re.Match[str], published: date, lex: DateLexicon) -> _Resolved:
    return _explicit(_year(m, published), _month(m, lex), int(m.group("d")), published)


def _month_year(m: re.Match[str], published: date, lex: DateLexicon) -> _Resolved:
    year = _year(m, published)
    return (date(year, _month(m, lex), 1), "month", False) if year and year >= 1900 else None


def _month_alone(m: re.Match[str], published: date, lex: DateLexicon) -> _Resolved:
    found = _recent(published, _month(m, lex), 1)
    return (found, "month", True) if found else None


def _year_alone(m: re.Match[str], published: date, lex: DateLexicon) -> _Resolved:
    year = int(m.group("y"))
    return (date(year, 1, 1), "year", False) if 1900 <= year <= published.year + 1 else None


def _weekday(m: re.Match[str], published: date, lex: DateLexicon) -> _Resolved:
    if m.group("fut") or m.group("futa"):
        return None
    if m.group("rel"):
        return _relative(m, published, lex)
    back = (published.weekday() - lex.weekdays[_key(m.group("wd"), False)]) % 7
    if back == 0 and (m.group("past") or m.group("pasta")):
        back = 7
    return published - timedelta(days=back), "day", True


def _relative(m: re.Match[str], published: date, lex: DateLexicon) -> _Resolved:
    offset = lex.relative_days[_key(m.group("rel"), lex.ignore_case)]
    return published + timedelta(days=offset), "day", True


def _period(m: re.Match[str], published: date, lex: DateLexicon) -> _Resolved:
    unit, offset = lex.periods[_key(m.group("p"), lex.ignore_case)]
    if unit == "week":
        monday = published - timedelta(days=published.weekday())
        return monday + timedelta(weeks=offset), "week", True
    if unit == "weekend":
        return published - timedelta(days=(published.weekday() - 5) % 7), "week", True
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
        "month_year": _month_year,
        "month": _month_alone,
        "year": _year_alone,
        "weekday": _weekday,
        "relative": _relative,
        "period": _period,
    }
)
# the words that are the date itself; the context word before them is not
_SPAN_GROUP: Mapping[str, str] = MappingProxyType({"month": "m", "year": "y"})


def find_dates(text: str, published: date, lex: DateLexicon) -> tuple[DateMention, ...]:
    """Every date in ``text`` resolved against ``published``, in text order.

    Overlapping matches keep the longest; future weekdays ("next Friday") give nothing.
    """
    norm = lex.normalise(text)
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for name, pattern in lex.patterns:
        group = _SPAN_GROUP.get(name, 0)
        found.extend((m.start(group), m.end(), name, m) for m in pattern.finditer(norm.text))
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    out: list[DateMention] = []
    last_end = -1
    for start, end, name, m in found:
        if start < last_end:
            continue
        last_end = end
        resolved = _HANDLERS[name](m, published, lex)
        if resolved is not None:
            s, e, words = norm.span_text(start, end)
            out.append(DateMention(s, e, words, *resolved))
    return tuple(out)
