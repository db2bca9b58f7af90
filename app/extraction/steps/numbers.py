"""Find numbers in original text: digits, number words, vague quantities, qualifiers, ranges.

The language knowledge lives in ``data/<lang>/numbers.toml``; this module only knows how
to combine tokens. Text is normalised internally (see ``Normaliser``) and every offset
returned points into the text the caller passed in.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, cast, get_args

from app.extraction.types import Qualifier

NUMBERS_FILE = "numbers.toml"
_QUALIFIERS = frozenset(get_args(Qualifier))


class LexiconError(ValueError):
    """A language data file is missing, malformed or inconsistent."""


# ---------------------------------------------------------------- TOML helpers (shared)


def read_toml(path: Path) -> dict[str, Any]:
    """Read one data file, naming it in any error."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read: {exc}") from exc


def table(data: Mapping[str, Any], key: str, path: Path) -> Mapping[str, Any]:
    """Return the sub-table ``key`` (dotted), or fail naming the file."""
    node: Any = data
    for part in key.split("."):
        if not isinstance(node, Mapping) or part not in node:
            raise LexiconError(f"{path}: missing table [{key}]")
        node = node[part]
    if not isinstance(node, Mapping):
        raise LexiconError(f"{path}: [{key}] must be a table")
    return cast(Mapping[str, Any], node)


def str_list(data: Mapping[str, Any], key: str, path: Path, *, empty: bool = False) -> list[str]:
    """Return a list of distinct non-empty strings stored under ``key``."""
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise LexiconError(f"{path}: '{key}' must be a list of non-empty strings")
    if not value and not empty:
        raise LexiconError(f"{path}: '{key}' must not be empty")
    dupes = sorted({v for v in value if value.count(v) > 1})
    if dupes:
        raise LexiconError(f"{path}: '{key}' has duplicates: {dupes}")
    return list(value)


def int_map(
    data: Mapping[str, Any], path: Path, name: str, *, empty: bool = False
) -> dict[str, int]:
    """Return a table of word -> non-negative int."""
    if not data and not empty:
        raise LexiconError(f"{path}: [{name}] must not be empty")
    out: dict[str, int] = {}
    for key, value in data.items():
        if not key or isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise LexiconError(f"{path}: [{name}] '{key}' must map to an int >= 0")
        out[key] = value
    return out


def alternation(words: Iterable[str], *, spaces: bool = True) -> str:
    """Regex alternation of ``words``, longest first; a space matches any whitespace."""
    parts = sorted(set(words), key=lambda w: (-len(w), w))
    escaped = (re.escape(w) for w in parts)
    if spaces:
        escaped = (e.replace(r"\ ", r"\s+") for e in escaped)
    return "(?:" + "|".join(escaped) + ")" if parts else "(?!)"


# ---------------------------------------------------------------- normalisation


@dataclass(frozen=True, slots=True)
class Normalised:
    """Normalised text plus the map back to offsets of the original."""

    text: str
    original: str
    shifts: tuple[int, ...] = ()  # normalised positions after which chars were removed

    def orig(self, i: int) -> int:
        """Original offset of normalised position ``i`` (a start offset)."""
        return i + bisect_right(self.shifts, i)

    def orig_end(self, i: int) -> int:
        """Original offset of normalised end offset ``i``."""
        return self.orig(i - 1) + 1 if i > 0 else 0

    def span_text(self, start: int, end: int) -> tuple[int, int, str]:
        """Original (start, end, text) of a normalised half-open range."""
        s, e = self.orig(start), self.orig_end(end)
        return s, e, self.original[s:e]


@dataclass(frozen=True, slots=True)
class Normaliser:
    """Remove ``strip`` characters and map others one-to-one, remembering removals."""

    strip_re: re.Pattern[str] | None
    table: Mapping[int, str]

    def __call__(self, text: str) -> Normalised:
        mapped = text.translate(self.table)
        if self.strip_re is None or not self.strip_re.search(mapped):
            return Normalised(mapped, text)
        shifts = tuple(m.start() - k for k, m in enumerate(self.strip_re.finditer(mapped)))
        return Normalised(self.strip_re.sub("", mapped), text, shifts)

    def word(self, word: str) -> str:
        """Normalise one lexicon entry."""
        return self(word).text


def load_normaliser(data: Mapping[str, Any], path: Path) -> Normaliser:
    """Build the normaliser from a [normalise] table."""
    node = table(data, "normalise", path)
    strip = node.get("strip", "")
    mapping = node.get("map", {})
    if not isinstance(strip, str) or not isinstance(mapping, Mapping):
        raise LexiconError(f"{path}: [normalise] needs strip = string and a [normalise.map]")
    if any(not isinstance(v, str) or len(k) != 1 or len(v) != 1 for k, v in mapping.items()):
        raise LexiconError(f"{path}: [normalise.map] must map one character to one character")
    strip_re = re.compile("[" + re.escape(strip) + "]") if strip else None
    return Normaliser(strip_re, MappingProxyType({ord(k): v for k, v in mapping.items()}))


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
    vague_re: re.Pattern[str]
    before_re: re.Pattern[str]
    after_re: re.Pattern[str]
    range_open_re: re.Pattern[str]
    range_join_re: re.Pattern[str]
    ignore_case: bool = field(default=False)
    tens_first: bool = field(default=True)


def _qualifier_re(
    node: Mapping[str, Any], path: Path, name: str, flags: int, norm: Normaliser, *, before: bool
) -> re.Pattern[str]:
    groups = []
    for qual in node:
        if qual not in _QUALIFIERS:
            raise LexiconError(f"{path}: [{name}] unknown qualifier '{qual}'")
        alts = alternation(norm.word(w) for w in str_list(node, qual, path))
        groups.append(f"(?P<{qual}>{alts})")
    body = "(?<!\\w)(?:" + "|".join(groups) + ")(?!\\w)"
    return re.compile(body + r"\s*$" if before else r"[\s,،]*" + body, flags)


def load_number_lexicon(lang_dir: Path) -> NumberLexicon:
    """Load and validate ``<lang_dir>/numbers.toml`` and compile its patterns."""
    path = lang_dir / NUMBERS_FILE
    data = read_toml(path)
    norm = load_normaliser(data, path)
    words = table(data, "words", path)
    flags = re.IGNORECASE if lang_dir.name == "en" else 0

    def nmap(name: str, *, empty: bool = False) -> dict[str, int]:
        raw = int_map(table(data, name, path), path, name, empty=empty)
        out = {norm.word(k).lower(): v for k, v in raw.items()}
        if len(out) != len(raw):
            raise LexiconError(f"{path}: [{name}] has entries equal after normalisation")
        return out

    values, scales = nmap("words.values"), nmap("words.scales")
    vague_alone, vague = nmap("words.vague_alone", empty=True), nmap("vague")
    clitics = alternation(str_list(words, "clitics", path, empty=True), spaces=False)
    articles = alternation(
        words.get("articles", []) if isinstance(words.get("articles"), list) else []
    )
    joiners = alternation(norm.word(w) for w in str_list(words, "joiners", path))
    number_words = alternation([*values, *scales])
    token = (
        r"(?P<d>(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d]))"
        rf"|(?<!\w)(?:{clitics})?(?P<w>{number_words})(?!\w)"
        rf"|(?<!\w)(?P<a>{articles})(?=\s+{alternation(scales)}(?!\w))"
    )
    ranges = table(data, "ranges", path)
    quals = table(data, "qualifiers", path)
    return NumberLexicon(
        lang=lang_dir.name,
        normalise=norm,
        values=MappingProxyType(values),
        scales=MappingProxyType(scales),
        vague_alone=MappingProxyType(vague_alone),
        vague=MappingProxyType(vague),
        teen_only=frozenset(norm.word(w) for w in str_list(words, "teen_only", path, empty=True)),
        token_re=re.compile(token, flags),
        gap_re=re.compile(rf"\s*-\s*|\s+(?:(?P<j>{joiners})\s+)?|\s+(?P<k>{joiners})", flags),
        vague_re=re.compile(rf"(?<!\w)(?:{clitics})?(?P<v>{alternation(vague)})(?!\w)", flags),
        before_re=_qualifier_re(
            table(quals, "before", path), path, "qualifiers.before", flags, norm, before=True
        ),
        after_re=_qualifier_re(
            table(quals, "after", path), path, "qualifiers.after", flags, norm, before=False
        ),
        range_open_re=re.compile(
            rf"(?<!\w){alternation(norm.word(w) for w in str_list(ranges, 'openers', path))}\s*$",
            flags,
        ),
        range_join_re=re.compile(
            rf"\s*(?:{alternation(norm.word(w) for w in str_list(ranges, 'joiners', path))}|-)\s*",
            flags,
        ),
        ignore_case=bool(flags),
        tens_first=_flag(words, "tens_before_units", path),
    )


def _flag(data: Mapping[str, Any], key: str, path: Path) -> bool:
    value = data.get(key)
    if not isinstance(value, bool):
        raise LexiconError(f"{path}: '{key}' must be true or false")
    return value


# ---------------------------------------------------------------- finding numbers


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # "d" digits, "v" value word, "s" scale word, "a" article
    value: float
    word: str
    start: int
    end: int
    lead: int  # start including a glued clitic ("و" of "وعشرين")


@dataclass(frozen=True, slots=True)
class NumberItem:
    """A number in *normalised* coordinates; other steps build on these."""

    start: int
    end: int
    value: int
    low: int | None
    high: int | None
    qualifier: Qualifier
    phrase_start: int


def _tokens(text: str, lex: NumberLexicon) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in lex.token_re.finditer(text):
        if m.group("d") is not None:
            toks.append(
                _Tok("d", float(m.group("d").replace(",", "")), "", *m.span("d"), m.start())
            )
        elif m.group("w") is not None:
            word = m.group("w").lower() if lex.ignore_case else m.group("w")
            if word in lex.scales:
                toks.append(_Tok("s", lex.scales[word], word, *m.span("w"), m.start()))
            else:
                toks.append(_Tok("v", lex.values[word], word, *m.span("w"), m.start()))
        else:
            toks.append(_Tok("a", 1, "", *m.span("a"), m.start()))
    return toks


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


def _groups(text: str, lex: NumberLexicon) -> list[list[_Tok]]:
    toks = _tokens(text, lex)
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
    m = lex.before_re.search(text, max(0, item.start - 40), item.start)
    if m is None or m.lastgroup is None:
        return item
    qual = cast(Qualifier, m.lastgroup)
    low = item.value if qual in ("at_least", "more_than") else None
    return NumberItem(item.start, item.end, item.value, low, None, qual, m.start())


def qualifier_after(norm: Normalised, pos: int, lex: NumberLexicon) -> tuple[Qualifier, int] | None:
    """Qualifier written at ``pos`` ("على الأقل", "at least") and the offset after it."""
    m = lex.after_re.match(norm.text, pos)
    if m is None or m.lastgroup is None:
        return None
    return cast(Qualifier, m.lastgroup), m.end()


def scan_numbers(norm: Normalised, lex: NumberLexicon) -> list[NumberItem]:
    """Numbers of text already normalised with ``lex.normalise``, in normalised offsets."""
    text = norm.text
    vague = [
        NumberItem(*m.span("v"), low, low, None, "approximate", m.start("v"))
        for m in lex.vague_re.finditer(text)
        for low in [lex.vague[m.group("v").lower() if lex.ignore_case else m.group("v")]]
    ]
    items = [it for g in _groups(text, lex) if (it := _item(g, lex)) is not None]
    items = [it for it in items if not any(v.start < it.end and it.start < v.end for v in vague)]
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
