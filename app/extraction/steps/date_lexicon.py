"""Compile a language's date words (``data/<lang>/dates.toml``) into one pattern with a named
group per kind of date, plus the name tables (months, weekdays, relative days, periods) that
the resolvers in ``dates`` look the matched words up in."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app.extraction.datafile import DataError, alternation, int_map, read_toml, str_list, table
from app.extraction.normalised import Normaliser, load_normaliser
from app.extraction.openers import Openers, openers
from app.extraction.steps.number_lexicon import NUMBERS_FILE

DATES_FILE = "dates.toml"
_PERIODS = ("week", "month", "year", "weekend")


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
    ordinal_days: Mapping[str, int]  # "الرابع عشر" -> 14 (a day of the month written as a word)
    # words before / after a relative day that make it "the day …", not today ("اليوم التالي")
    not_relative: tuple[frozenset[str], frozenset[str]]
    # a span back ("قبل يومين") then one of these counts from an event, not from publication
    # ("قبل يومين من الانتخابات"): (the spans' first words, the words after)
    span_from_event: tuple[frozenset[str], frozenset[str]]
    ignore_case: bool
    pattern: re.Pattern[str]  # one alternative per kind of date, named after it
    openers: Openers  # the tokens a match may begin at


def _cased(words: Iterable[str], sentence_case: bool) -> list[str]:
    """The words, plus their capitalised forms ("Yesterday") when the language has case."""
    out = list(words)
    return out + [w[:1].upper() + w[1:] for w in out] if sentence_case else out


def phrase_key(words: str, lower: bool) -> str:
    """The lookup key of a name or phrase as matched: single spaces, lower case if asked."""
    key = " ".join(words.split())
    return key.lower() if lower else key


def _names(
    data: Mapping[str, Any], name: str, path: Path, norm: Normaliser, top: int
) -> dict[str, int]:
    raw = int_map(table(data, name, path), path, name)
    out = {phrase_key(norm.word(k), False): v for k, v in raw.items()}
    if len(out) != len(raw):
        raise DataError(f"{path}: [{name}] has entries equal after normalisation")
    if any(v > top for v in out.values()):
        raise DataError(f"{path}: [{name}] values must be at most {top}")
    return out


def _signed(
    data: Mapping[str, Any], name: str, path: Path, norm: Normaliser, lower: bool
) -> dict[str, int]:
    node = table(data, name, path)
    if any(isinstance(v, bool) or not isinstance(v, int) for v in node.values()):
        raise DataError(f"{path}: [{name}] values must be ints")
    return {phrase_key(norm.word(k), lower): int(v) for k, v in node.items()}


def _specs(
    data: Mapping[str, Any], path: Path, norm: Normaliser, cased: bool, names: Mapping[str, str]
) -> dict[str, str]:
    """One regex per kind of date; group names are prefixed with the kind ("iso_y")."""
    words = table(data, "words", path)

    def alt(key: str) -> str:
        return alternation(
            _cased((norm.word(w) for w in str_list(words, key, path, empty=True)), cased)
        )

    months, weekdays, rel, ordinals = (
        names["months"], names["weekdays"], names["rel"], names["ordinals"]
    )  # fmt: skip
    suffix, join = alt("day_suffixes"), alt("day_month_joiners")
    # "مارس (آذار) من العام 2003": a word (after a joiner) that may stand before a month's year
    before_year = rf"(?:(?:{join}\s+)?{alt('year_joiners')}\s+)?"
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
        rf"{month('day_month')}(?:,?\s+{before_year}{year('day_month')})?(?!\w)",
        "month_day": rf"{month('month_day')}\s+(?P<month_day_d>\d{{1,2}})(?:{suffix})?(?!\d)"
        rf"(?:,?\s+{before_year}{year('month_day')})?(?!\w)",
        "day_alone": rf"{alt('day_context')}\s+(?P<day_alone_d>\d{{1,2}})(?:{suffix})(?!\w)"
        rf"(?!,?\s+(?:{join}\s+)?{months})",
        "ordinal_month": rf"(?P<ordinal_month_o>{ordinals})\s+(?:{join}\s+)?"
        rf"{month('ordinal_month')}(?:,?\s+(?:{alt('year_context')}\s+)?{year('ordinal_month')})?"
        r"(?!\w)",  # "الرابع من يونيو (حزيران) عام 1989"
        "month_year": rf"{month('month_year')},?\s+{before_year}{year('month_year')}",
        # "last April", "أبريل الماضي": the month strictly before publication's
        "month": rf"(?:(?P<month_past>{alt('past_before')})\s+|{alt('month_context')}\s+)"
        rf"(?P<month_s>{month('month')})(?:\s+(?P<month_pasta>{alt('past_after')}))?(?!\w)"
        rf"(?!\s*,?\s*{before_year}\d)",
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


# the word lists a date may begin with (every kind of date that does not begin with a digit
# begins with a month or weekday name, a relative day, a period or a phrase of these lists),
# and what must follow a context word of its kind of date ("in" only opens "in May", "in 2017")
_HEAD_WORDS = ("future_before", "past_before", "day_parts_before")
_CONTEXTS = (("month_context", "month"), ("year_context", "digit"), ("day_context", "digit"))


def _heads(
    data: Mapping[str, Any],
    path: Path,
    norm: Normaliser,
    cased: bool,
    names: Mapping[str, Any],
    months: Iterable[str],
) -> tuple[str, list[str], list[str]]:
    """A cheap guard tried before the kinds of date (a digit, a whole phrase some date may
    begin with: "the day before yesterday", not just "the"; a context word with what must
    follow it), the phrases it begins with, and the context words a number follows. Most positions fail it at their first letter,
    where trying every kind of date in turn costs more."""
    words = table(data, "words", path)

    def listed(key: str) -> list[str]:
        return _cased((norm.word(w) for w in str_list(words, key, path, empty=True)), cased)

    plain = [*names["leads"], *(w for key in _HEAD_WORDS for w in listed(key))]
    after = {"month": names["months"], "digit": r"\d"}
    contexts = [(listed(key), what) for key, what in _CONTEXTS]
    guard = "|".join(
        [r"\d", alternation(plain), *(rf"{alternation(ws)}\s+{after[w]}" for ws, w in contexts)]
    )
    # a context word begins a match only before a month's name ("in May") or a number
    heads = [
        *plain,
        *(f"{w} {m}" for ws, what in contexts if what == "month" for w in ws for m in months),
        *(f"{w} " for ws, what in contexts if what == "digit" for w in ws),
    ]
    return guard, heads, [w for ws, what in contexts if what == "digit" for w in ws]


def _periods(
    data: Mapping[str, Any], path: Path, norm: Normaliser, lower: bool
) -> dict[str, tuple[str, int]]:
    """Phrase -> (unit, offset) for every [periods.<unit>] table."""
    periods: dict[str, tuple[str, int]] = {}
    for unit in _PERIODS:
        for phrase, offset in _signed(data, f"periods.{unit}", path, norm, lower).items():
            if phrase in periods:
                raise DataError(f"{path}: '{phrase}' is listed under two periods")
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
        raise DataError(f"{path}: numeric_order must be 'dmy' or 'mdy'")
    # case-sensitive patterns (IGNORECASE is several times slower): month and weekday names
    # are listed as written, other words in lower case and found in sentence case too
    lower = data.get("sentence_case", False) is True
    months, weekdays = (
        _names(data, "months", path, norm, 12),
        _names(data, "weekdays", path, norm, 6),
    )
    rel = _signed(data, "relative_days", path, norm, lower)
    ordinals = _signed(data, "ordinal_days", path, norm, lower) if "ordinal_days" in data else {}
    if any(not 1 <= day <= 31 for day in ordinals.values()):
        raise DataError(f"{path}: [ordinal_days] values must be days of a month (1-31)")
    periods = _periods(data, path, norm, lower)
    words = table(data, "words", path)
    not_relative = (
        frozenset(norm.word(w) for w in str_list(words, "relative_not_before", path, empty=True)),
        frozenset(norm.word(w) for w in str_list(words, "relative_not_after", path, empty=True)),
    )
    from_event = (
        frozenset(norm.word(w) for w in str_list(words, "span_heads", path, empty=True)),
        frozenset(norm.word(w) for w in str_list(words, "span_from_event", path, empty=True)),
    )

    def wrap(words: Mapping[str, Any], names: bool) -> str:
        return alternation(_cased(words, lower and not names))

    names = {
        "months": wrap(months, True),
        "weekdays": wrap(weekdays, True),
        "rel": wrap(rel, False),
        "periods": wrap(periods, False),
        "ordinals": wrap(ordinals, False) if ordinals else r"(?!)",  # (?!): never matches
    }
    specs = _specs(data, path, norm, lower, names)
    leads = [*months, *weekdays, *_cased([*rel, *periods, *ordinals], lower)]
    guard, heads, numbered = _heads(data, path, norm, lower, {**names, "leads": leads}, months)
    return DateLexicon(
        lang=lang_dir.name,
        normalise=norm,
        day_first=order == "dmy",
        months=MappingProxyType(months),
        weekdays=MappingProxyType(weekdays),
        relative_days=MappingProxyType(rel),
        periods=MappingProxyType(periods),
        ordinal_days=MappingProxyType(ordinals),
        not_relative=not_relative,
        span_from_event=from_event,
        ignore_case=lower,
        pattern=re.compile(
            rf"(?<!\w)(?={guard})(?:" + "|".join(f"(?P<{k}>{rx})" for k, rx in specs.items()) + ")"
        ),
        openers=openers(heads, [], norm, digits=True, numbered=numbered),
    )


# ---------------------------------------------------------------- resolution
