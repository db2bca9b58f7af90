"""Find numbers in original text: digits, number words, vague quantities, qualifiers, ranges.

The language knowledge lives in ``data/<lang>/numbers.toml``; this module only knows how
to combine tokens. Text is normalised internally (see ``Normaliser``) and every offset
returned points into the text the caller passed in.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple, cast, get_args

from app.extraction.datafile import DataError, alternation, int_map, read_toml, str_list, table
from app.extraction.text import Normalised, Normaliser, load_normaliser
from app.extraction.types import Qualifier

NUMBERS_FILE = "numbers.toml"
_QUALIFIERS = frozenset(get_args(Qualifier))


# ---------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number as written: ``value`` is the best value, low/high bound ranges and vagueness."""

    start: int
    end: int
    text: str
    value: int
    low: int | None
    high: int | None
    qualifier: Qualifier
    phrase_start: int = -1  # start of a qualifier written before the number, else ``start``


@dataclass(frozen=True, slots=True)
class NumberLexicon:
    """Compiled number words of one language; build with ``load_number_lexicon``."""

    lang: str
    normalise: Normaliser
    values: Mapping[str, int]
    scales: Mapping[str, int]
    vague_alone: Mapping[str, int]
    vague: Mapping[str, int]
    teen_only: frozenset[str]
    token_re: re.Pattern[str]
    gap_re: re.Pattern[str]
    before_re: re.Pattern[str]
    before_tails: frozenset[str]  # last words of the qualifiers written before a number
    after_re: re.Pattern[str]
    range_open_re: re.Pattern[str]
    range_join_re: re.Pattern[str]
    tens_first: bool = field(default=True)


def _qualifier_re(
    node: Mapping[str, Any], path: Path, name: str, norm: Normaliser, clitics: str, *, before: bool
) -> re.Pattern[str]:
    groups = []
    for qual in node:
        if qual not in _QUALIFIERS:
            raise DataError(f"{path}: [{name}] unknown qualifier '{qual}'")
        alts = alternation(norm.word(w) for w in str_list(node, qual, path))
        groups.append(f"(?P<{qual}>{alts})")
    body = "(?<!\\w)(?:" + "|".join(groups) + ")(?!\\w)"
    if before:  # "ونحو 50": a clitic may be glued to the qualifier
        return re.compile(f"(?<!\\w)(?:{clitics})?(?:" + "|".join(groups) + r")(?!\w)\s*$")
    # after the number or after up to two words of its noun: "11 مدنيا على الأقل"
    return re.compile(r"(?:[\s,،]+[^\s\d.,;:،؛]+){0,2}?[\s,،]*" + body)


def _word_map(
    data: Mapping[str, Any], name: str, path: Path, norm: Normaliser, *, empty: bool = False
) -> dict[str, int]:
    raw = int_map(table(data, name, path), path, name, empty=empty)
    out = {norm.word(k): v for k, v in raw.items()}
    if len(out) != len(raw):
        raise DataError(f"{path}: [{name}] has entries equal after normalisation")
    return out


def _alt(node: Mapping[str, Any], key: str, path: Path, norm: Normaliser) -> str:
    return alternation(norm.word(w) for w in str_list(node, key, path))


def load_number_lexicon(lang_dir: Path) -> NumberLexicon:
    """Load and validate ``<lang_dir>/numbers.toml`` and compile its patterns."""
    path = lang_dir / NUMBERS_FILE
    data = read_toml(path)
    norm = load_normaliser(data, path)
    words = table(data, "words", path)
    values, scales = (
        _word_map(data, "words.values", path, norm),
        _word_map(data, "words.scales", path, norm),
    )
    vague = _word_map(data, "vague", path, norm)
    clitics = alternation(str_list(words, "clitics", path, empty=True), spaces=False)
    joiners = _alt(words, "joiners", path, norm)
    ranges, quals = table(data, "ranges", path), table(data, "qualifiers", path)
    return NumberLexicon(
        lang=lang_dir.name,
        normalise=norm,
        values=MappingProxyType(values),
        scales=MappingProxyType(scales),
        vague_alone=MappingProxyType(_word_map(data, "words.vague_alone", path, norm, empty=True)),
        vague=MappingProxyType(vague),
        teen_only=frozenset(norm.word(w) for w in str_list(words, "teen_only", path, empty=True)),
        token_re=_token_re(words, path, clitics, (values, scales), vague),
        gap_re=re.compile(rf"\s*-\s*|\s+(?:(?P<j>{joiners})\s+)?|\s+(?P<k>{joiners})"),
        before_re=_qualifier_re(
            table(quals, "before", path), path, "qualifiers.before", norm, clitics, before=True
        ),
        before_tails=frozenset(
            norm.word(w).split()[-1] for ws in table(quals, "before", path).values() for w in ws
        ),
        after_re=_qualifier_re(
            table(quals, "after", path), path, "qualifiers.after", norm, clitics, before=False
        ),
        range_open_re=re.compile(rf"(?<!\w){_alt(ranges, 'openers', path, norm)}\s*$"),
        range_join_re=re.compile(rf"\s*(?:{_alt(ranges, 'joiners', path, norm)}|-)\s*"),
        tens_first=_flag(words, "tens_before_units", path),
    )


def _token_re(
    words: Mapping[str, Any],
    path: Path,
    clitics: str,
    value_words: tuple[Collection[str], Collection[str]],
    vague_words: Collection[str],
) -> re.Pattern[str]:
    """One pass over the text for digits, number words, articles and vague quantities; the
    guard in front (each alternative's own leading words, in one trie) rules most positions
    out at their first letter, and an article ("a") where no scale word ("hundred") follows."""
    articles = alternation(
        str_list(words, "articles", path, empty=True) if "articles" in words else []
    )
    vague, numerals = alternation(vague_words), alternation([*value_words[0], *value_words[1]])
    scales = alternation(value_words[1])
    wordy = alternation([*vague_words, *value_words[0], *value_words[1]])
    return re.compile(
        rf"(?=\d|(?<!\w)(?:(?:{clitics})?{wordy}|{articles}\s+{scales}))"
        r"(?:(?P<d>\d+(?:,\d{3})*(?:\.\d+)?)"
        rf"|(?<!\w)(?:(?:{clitics})?(?:(?P<v>{vague})|(?P<w>{numerals}))"
        rf"|(?P<a>{articles})(?=\s+{scales}))(?!\w))"
    )


def _flag(data: Mapping[str, Any], key: str, path: Path) -> bool:
    value = data.get(key)
    if not isinstance(value, bool):
        raise DataError(f"{path}: '{key}' must be true or false")
    return value


# ---------------------------------------------------------------- finding numbers


class _Tok(NamedTuple):  # named tuples: built for every number, several times faster
    kind: str  # "d" digits, "v" value word, "s" scale word, "a" article
    value: float
    word: str
    start: int
    end: int
    lead: int  # start including a glued clitic ("و" of "وعشرين")


class NumberItem(NamedTuple):
    """A number in *normalised* coordinates; other steps build on these (a named tuple: one
    per number and qualifier step, built several times faster than a frozen dataclass)."""

    start: int
    end: int
    value: int
    low: int | None
    high: int | None
    qualifier: Qualifier
    phrase_start: int


def _tokens(text: str, lex: NumberLexicon) -> tuple[list[_Tok], list[NumberItem]]:
    """Number tokens, and vague quantities as finished items."""
    toks: list[_Tok] = []
    vague: list[NumberItem] = []
    for m in lex.token_re.finditer(text):
        kind = m.lastgroup
        if kind == "d":
            if m.start() and text[m.start() - 1] in ".,":  # "5,6": not a second number
                continue
            toks.append(_Tok("d", float(m.group().replace(",", "")), "", *m.span(), m.start()))
        elif kind == "w":
            word = m.group("w")
            kind, value = ("s", lex.scales[word]) if word in lex.scales else ("v", lex.values[word])
            toks.append(_Tok(kind, value, word, *m.span("w"), m.start()))
        elif kind == "a":
            toks.append(_Tok("a", 1, "", *m.span("a"), m.start()))
        else:
            low = lex.vague[m.group("v")]
            vague.append(NumberItem(*m.span("v"), low, low, None, "approximate", m.start("v")))
    return toks, vague


def _can_follow(prev: _Tok, tok: _Tok, joined: bool, tens_first: bool) -> bool:
    """Whether ``tok`` continues the compound that ends with ``prev`` (``joined``: by "and")."""
    if tok.kind == "s":
        return not joined and (prev.kind != "s" or prev.value < tok.value)
    if tok.kind != "v" or prev.kind in ("d", "a"):
        return False
    p, v = prev.value, tok.value
    if 0 < p < 10 and v == 10 and prev.kind == "v":  # teens: ثلاثة عشر
        return not joined
    if not tens_first and not joined:  # Arabic adds every other part with "و"
        return False
    if prev.kind == "s":
        return v < p
    if tens_first:  # twenty-two
        return 20 <= p < 100 and p % 10 == 0 and 0 < v < 10
    return (
        (0 < p < 10 and 20 <= v < 100 and v % 10 == 0)  # خمسة وعشرون
        or (p >= 100 and p % 100 == 0 and v < p and (v < 100 or p % 1000 == 0))
    )


def _groups(text: str, toks: list[_Tok], lex: NumberLexicon) -> list[list[_Tok]]:
    groups: list[list[_Tok]] = []
    for i, tok in enumerate(toks):
        if tok.word in lex.teen_only:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is None or nxt.value != 10 or not lex.gap_re.fullmatch(text, tok.end, nxt.lead):
                continue
        prev = groups[-1][-1] if groups else None
        gap = lex.gap_re.fullmatch(text, prev.end, tok.lead) if prev else None
        joined = gap is not None and bool(gap.group("j") or gap.group("k") or tok.start > tok.lead)
        if prev and gap and _can_follow(prev, tok, joined, lex.tens_first):
            groups[-1].append(tok)
        else:
            groups.append([tok])
    return groups


def _item(group: list[_Tok], lex: NumberLexicon) -> NumberItem | None:
    start, end = group[0].start, group[-1].end
    if len(group) == 1 and group[0].word in lex.vague_alone:
        low = lex.vague_alone[group[0].word]
        return NumberItem(start, end, low, low, None, "approximate", start)
    total, current = 0.0, 0.0
    for tok in group:
        if tok.kind != "s":
            current += tok.value
        elif tok.value < 1000:
            current = (current or 1) * tok.value
        else:
            total, current = total + (current or 1) * tok.value, 0.0
    value = total + current
    if value != int(value):  # "1.5" with no scale after it is no count
        return None
    return NumberItem(start, end, int(value), None, None, "exact", start)


def _with_ranges(items: list[NumberItem], text: str, lex: NumberLexicon) -> list[NumberItem]:
    out: list[NumberItem] = []
    i = 0
    while i < len(items):
        a = items[i]
        b = items[i + 1] if i + 1 < len(items) else None
        if b and a.qualifier == b.qualifier == "exact" and a.value < b.value:
            opener = lex.range_open_re.search(text, max(0, a.start - 20), a.start)
            if opener and lex.range_join_re.fullmatch(text, a.end, b.start):
                out.append(
                    NumberItem(a.start, b.end, a.value, a.value, b.value, "range", opener.start())
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _with_qualifier(item: NumberItem, text: str, lex: NumberLexicon) -> NumberItem:
    if item.qualifier != "exact":
        return item
    before = text[max(0, item.start - 40) : item.start].split()  # cheap test first:
    word = before[-1] if before else ""  # is the word before the last word of a qualifier?
    if word not in lex.before_tails and word[1:] not in lex.before_tails:
        return item
    m = lex.before_re.search(text, max(0, item.start - 40), item.start)
    if m is None or m.lastgroup is None:
        return item
    qual = cast(Qualifier, m.lastgroup)
    low = item.value if qual in ("at_least", "more_than") else None
    return NumberItem(item.start, item.end, item.value, low, None, qual, m.start(qual))


def qualifier_after(norm: Normalised, pos: int, lex: NumberLexicon) -> tuple[Qualifier, int] | None:
    """Qualifier written at ``pos`` or up to two words later ("11 مدنيا على الأقل")."""
    m = lex.after_re.match(norm.text, pos)
    if m is None or m.lastgroup is None:
        return None
    return cast(Qualifier, m.lastgroup), m.end()


def scan_numbers(norm: Normalised, lex: NumberLexicon) -> list[NumberItem]:
    """Numbers of text already normalised with ``lex.normalise``, in normalised offsets."""
    text = norm.text
    toks, vague = _tokens(text, lex)
    items = [it for g in _groups(text, toks, lex) if (it := _item(g, lex)) is not None]
    items = [_with_qualifier(it, text, lex) for it in _with_ranges(items, text, lex)]
    return sorted([*items, *vague], key=lambda x: x.start)


def find_numbers(text: str, lex: NumberLexicon) -> tuple[NumberMention, ...]:
    """Every number in ``text`` with its value, bounds and qualifier, in text order."""
    norm = lex.normalise(text)
    out = []
    for it in scan_numbers(norm, lex):
        start, end, words = norm.span_text(it.start, it.end)
        phrase = norm.orig(it.phrase_start)
        out.append(
            NumberMention(start, end, words, it.value, it.low, it.high, it.qualifier, phrase)
        )
    return tuple(out)
