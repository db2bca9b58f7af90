"""Find numbers in original text: digits, number words, vague quantities, qualifiers, ranges.

The language knowledge lives in ``data/<lang>/numbers.toml``; this module only knows how
to combine tokens. Text is normalised internally (see ``Normaliser``) and every offset
returned points into the text the caller passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple, cast

from app.extraction.normalised import Normalised
from app.extraction.openers import finditer
from app.extraction.steps.number_lexicon import NumberLexicon
from app.extraction.text import TokenBounds
from app.extraction.types import Qualifier


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


# A compiled module calling a named tuple class runs the class's Python-level ``__new__`` (some
# 2,700 instructions); ``tuple.__new__`` builds the same tuple in C for a fraction of that. The
# finders build one of each per number, so they call these instead of the classes.


def _tok(kind: str, value: float, word: str, start: int, end: int, lead: int) -> _Tok:
    """``_Tok(...)``, built in C."""
    return tuple.__new__(_Tok, (kind, value, word, start, end, lead))


def number_item(
    start: int,
    end: int,
    value: int,
    low: int | None,
    high: int | None,
    qualifier: Qualifier,
    phrase_start: int,
) -> NumberItem:
    """``NumberItem(...)``, built in C."""
    return tuple.__new__(NumberItem, (start, end, value, low, high, qualifier, phrase_start))


def _tokens(
    norm: Normalised, lex: NumberLexicon, bounds: TokenBounds | None
) -> tuple[list[_Tok], list[NumberItem]]:
    """Number tokens, and vague quantities as finished items."""
    text = norm.text
    toks: list[_Tok] = []
    vague: list[NumberItem] = []
    for m in finditer(lex.token_re, lex.token_openers, norm, bounds):
        kind = m.lastgroup
        if kind == "d":
            if m.start() and text[m.start() - 1] in ".,":  # "5,6": not a second number
                continue
            start, end = m.span()
            toks.append(_tok("d", float(m.group().replace(",", "")), "", start, end, start))
        elif kind == "w":
            word = m.group("w")
            kind, value = ("s", lex.scales[word]) if word in lex.scales else ("v", lex.values[word])
            start, end = m.span("w")
            toks.append(_tok(kind, value, word, start, end, m.start()))
        elif kind == "a":
            start, end = m.span("a")
            toks.append(_tok("a", 1, "", start, end, m.start()))
        else:
            low = lex.vague[m.group("v")]
            start, end = m.span("v")
            vague.append(number_item(start, end, low, low, None, "approximate", start))
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
        if tok.word in lex.teen_only and not _teen_or_compound(text, tok, toks, i, lex):
            continue
        prev = groups[-1][-1] if groups else None
        gap = lex.gap_re.fullmatch(text, prev.end, tok.lead) if prev else None
        joined = gap is not None and bool(gap.group("j") or gap.group("k") or tok.start > tok.lead)
        if prev and gap and _can_follow(prev, tok, joined, lex.tens_first):
            groups[-1].append(tok)
        else:
            groups.append([tok])
    return groups


def _teen_or_compound(text: str, tok: _Tok, toks: list[_Tok], i: int, lex: NumberLexicon) -> bool:
    """A teen-only word ("أحد", "إحدى") counts before "عشر" (a teen) or a tens word joined by
    "و" ("إحدى وعشرين": 21); alone it means "someone"."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    gap = lex.gap_re.fullmatch(text, tok.end, nxt.lead) if nxt else None
    if nxt is None or gap is None or nxt.kind != "v":
        return False
    if nxt.value == 10:
        return True
    joined = bool(gap.group("j") or gap.group("k") or nxt.start > nxt.lead)
    return joined and 20 <= nxt.value < 100 and nxt.value % 10 == 0


def _item(group: list[_Tok], lex: NumberLexicon) -> NumberItem | None:
    start, end = group[0].start, group[-1].end
    if len(group) == 1 and group[0].word in lex.vague_alone:
        low = lex.vague_alone[group[0].word]
        return number_item(start, end, low, low, None, "approximate", start)
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
    return number_item(start, end, int(value), None, None, "exact", start)


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
                    number_item(a.start, b.end, a.value, a.value, b.value, "range", opener.start())
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _with_qualifier(item: NumberItem, text: str, lex: NumberLexicon) -> NumberItem:
    if item.qualifier != "exact":
        return item
    # cheap test first: is the word before the last word of a qualifier? (``rsplit`` cuts
    # off that word alone, not every word of the 40 characters)
    before = text[max(0, item.start - 40) : item.start].rsplit(maxsplit=1)
    word = before[-1] if before else ""
    if word not in lex.before_tails and word[1:] not in lex.before_tails:
        return item
    m = lex.before_re.search(text, max(0, item.start - 40), item.start)
    if m is None or m.lastgroup is None:
        return item
    qual = cast(Qualifier, m.lastgroup)
    low = item.value if qual in ("at_least", "more_than") else None
    return number_item(item.start, item.end, item.value, low, None, qual, m.start(qual))


def qualifier_after(norm: Normalised, pos: int, lex: NumberLexicon) -> tuple[Qualifier, int] | None:
    """Qualifier written at ``pos`` or up to two words later ("11 مدنيا على الأقل")."""
    if not lex.after_heads.begin(norm.text, pos):
        return None  # most figures: none of the first words is a qualifier's first
    m = lex.after_re.match(norm.text, pos)
    if m is None or m.lastgroup is None:
        return None
    return cast(Qualifier, m.lastgroup), m.end()


def scan_numbers(
    norm: Normalised, lex: NumberLexicon, bounds: TokenBounds | None = None
) -> list[NumberItem]:
    """Numbers of text already normalised with ``lex.normalise``, in normalised offsets;
    ``bounds``: the tokens of the original text, if already found."""
    text = norm.text
    toks, vague = _tokens(norm, lex, bounds)
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
