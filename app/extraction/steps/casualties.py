"""Find killed / wounded counts: numbers attached to death and injury words, in either order.

A number is a casualty count when a cue from ``data/<lang>/casualties.toml`` follows it
("12 people were killed", "29 قتيلا") or precedes it ("killed 12", "مقتل 5 أشخاص").
Figures sharing one cue and joined by "and" are added; figures after "including" /
"من بينهم" are subsets and dropped; figures of attackers ("two assailants") are never
counted. Explicit "no casualties" phrases give zero counts (qualifier "zero"), one
mention per kind they cover. Vague quantities ("dozens", "عشرات") keep qualifier
"approximate" with best = low = the lower bound listed in numbers.toml. A total for both
kinds ("16 قتيلا وجريحا", "8 killed or wounded") has kind "killed" and ``combined`` set.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple, cast

from app.extraction.openers import finditer
from app.extraction.steps.casualty_lexicon import (
    CUE_KINDS,
    NOUN_GROUPS,
    CasualtyLexicon,
    Kind,
)
from app.extraction.steps.number_lexicon import NumberLexicon
from app.extraction.steps.numbers import NumberItem, qualifier_after, scan_numbers
from app.extraction.text import Normalised, TokenBounds, tokenise_bounds
from app.extraction.types import Count, Qualifier, Span


class CasualtyMention(NamedTuple):
    """A killed or wounded figure, the words it counts and the cue it attaches to."""

    kind: Kind
    figure: Count  # span = the number words (or the dual noun / singular victim phrase)
    cue: Span  # the death / injury words
    start: int  # the whole phrase
    end: int
    combined: bool = False  # one total for killed and wounded together (kind is "killed")


class _Cand(NamedTuple):
    """A figure in normalised offsets: a number, or a victim noun counting one or two (this and
    _Att are named tuples: built for every figure, several times faster than dataclasses)."""

    item: NumberItem
    noun: bool = False  # a victim noun, not number words
    perp: bool = False  # attackers ("two assailants"): linked like victims, never counted


class _Att(NamedTuple):
    kind: str  # "killed" | "wounded" | "combined"
    cue_start: int
    cue_end: int
    before: bool  # the cue precedes the number


def _kind_of_number(it: NumberItem, text: str, lex: CasualtyLexicon) -> str | None:
    """None for years, times, dates, ages, units and money; "perp" for attackers; else ""."""
    words = text[it.start : it.end]
    if it.qualifier == "exact" and words.isdigit() and len(words) == 4 and 1900 <= it.value <= 2100:
        return None
    before = text[max(0, it.start - 2) : it.start]
    after = text[it.end : it.end + 2]
    if (len(before) == 2 and before[1] in ":/-." and before[0].isdigit()) or (
        len(after) == 2 and after[0] in ":/-." and after[1].isdigit()
    ):
        return None
    if lex.not_before_re.search(text, max(0, it.phrase_start - 30), it.phrase_start):
        return None
    noun = lex.noun_after_re.match(text, it.end)
    if noun is None:
        return ""
    return "perp" if noun.group("perp") else None


def _lex(
    norm: Normalised, lex: CasualtyLexicon, bounds: TokenBounds | None
) -> tuple[list[re.Match[str]], list[tuple[int, int, int]]]:
    """One pass: "no casualties" phrases, and victim nouns as (start, end, value)."""
    text = norm.text
    zeros: list[re.Match[str]] = []
    nouns: list[tuple[int, int, int]] = []
    for m in finditer(lex.lexer_re, lex.lexer_openers, norm, bounds):
        if m.group("zero"):
            zeros.append(m)
        elif m.group("pas"):  # "Parvani was killed": the subject counts one
            subj = lex.subject_re.search(text, max(0, m.start() - 40), m.start())
            word = text[subj.start() : subj.end()].rstrip(", \t\n") if subj else ""
            fresh = not nouns or nouns[-1][1] <= subj.start() if subj else False  # "a man was"
            if subj and fresh and word not in lex.not_subjects:
                nouns.append((subj.start(), subj.start() + len(word), 1))
        else:  # the noun without a clitic ("وجريحين"), with its article ("a man")
            group = next(g for g in NOUN_GROUPS if m.group(g))
            start = m.start("art") if m.group("art") else m.start(group)
            nouns.append((start, m.end(), 1 if group in ("sing", "alone") else 2))
    return zeros, nouns


def _victims(
    text: str, nouns: list[tuple[int, int, int]], numbers: list[NumberItem]
) -> list[_Cand]:
    """Victim nouns that count by themselves: "a man", "مقتل جندي", "شخصين", "Parvani was"."""
    ends = sorted(n.end for n in numbers)
    starts = sorted(n.start for n in numbers)
    out = []
    for start, end, value in nouns:
        # "29 شخصا", "شخص واحد", "one man": the number words carry the count
        i, j = bisect_left(ends, start - 2), bisect_left(starts, start - 1)
        near = (i < len(ends) and ends[i] <= end and not text[ends[i] : start].strip()) or (
            j < len(starts) and starts[j] <= end + 2 and not text[end : starts[j]].strip()
        )
        if not near:
            item = NumberItem(start, end, value, None, None, "exact", start)
            out.append(_Cand(item, noun=True))
    return out


def _boundaries(text: str, marks: str) -> list[int]:
    """Offsets of the clause boundaries of ``text``, in order: its ``marks`` not followed by a
    digit ("3.5" has none). One ``str.find`` pass per mark: a regex would enter every offset."""
    found: list[int] = []
    for mark in marks:
        i = text.find(mark)
        while i >= 0:
            if not text[i + 1 : i + 2].isdecimal():  # what ``\d`` matches
                found.append(i)
            i = text.find(mark, i + 1)
    found.sort()
    return found


def _boundary_in(stops: list[int], text: str, start: int, end: int, marks: str) -> bool:
    """Whether a clause boundary lies in ``text[start:end]``; a mark just before ``end``
    counts whatever follows it, as when the window's text is searched alone."""
    i = bisect_left(stops, start)
    return (i < len(stops) and stops[i] < end) or (start < end and text[end - 1] in marks)


def _clause(bounds: list[int], pos: int, size: int) -> tuple[int, int]:
    i = bisect_left(bounds, pos)
    start = bounds[i - 1] + 1 if i > 0 else 0
    end = bounds[i] if i < len(bounds) else size
    return start, end


def _att(m: re.Match[str], before: bool) -> _Att:
    kind = next(k for k in CUE_KINDS if m.group(k) is not None)
    return _Att(kind, *m.span(kind), before)


def _attach(
    cands: list[_Cand], text: str, lex: CasualtyLexicon, stops: list[int]
) -> list[_Att | None]:
    atts: list[_Att | None] = []
    for i, c in enumerate(cands):
        it = c.item
        word = text[it.start : it.end]
        if c.noun and word in lex.dual_cues:
            atts.append(_Att(lex.dual_cues[word], it.start, it.end, False))
            continue
        cs, ce = _clause(stops, it.phrase_start, len(text))
        ws = max(cs, it.phrase_start - 150, cands[i - 1].item.end if i else 0)
        near = max(ws, it.phrase_start - 70)
        we = min(ce, it.end + 120, cands[i + 1].item.phrase_start if i + 1 < len(cands) else ce)
        a = lex.after_re.match(text, it.end, max(we, it.end))
        if a and i + 1 < len(cands) and not text[a.end() : cands[i + 1].item.phrase_start].strip():
            a = None  # "a man killed two": the cue is the verb of the next figure
        b = lex.before_re.search(text, near, it.phrase_start) if near < it.phrase_start else None
        if b is None and ws < near:
            b = lex.far_before_re.search(text, ws, it.phrase_start)
        if a and not a.group("fill").strip(" ,،\t\n"):
            atts.append(_att(a, False))
        elif b or a:
            atts.append(_att(b, True) if b else _att(cast(re.Match[str], a), False))
        else:
            atts.append(None)
    return atts


def _link(
    cands: list[_Cand],
    atts: list[_Att | None],
    text: str,
    lex: CasualtyLexicon,
    stops: list[int],
) -> None:
    """Coordinated figures share a neighbour's cue; subsets ("including 3 children") go."""
    for i in range(1, len(cands)):
        prev = atts[i - 1]
        if (
            atts[i] is None
            and prev
            and prev.before
            and _coordinated(cands[i - 1], cands[i], text, lex)
        ):
            # "wounding four others, two sources said": a bare comma only inside a list
            # that goes on ("killed 3 soldiers, 2 policemen and 5 civilians")
            comma = text[cands[i - 1].item.end : cands[i].item.phrase_start].rstrip()[-1:] in ",،"
            later = cands[i + 1] if i + 1 < len(cands) else None
            if not comma or (later and _coordinated(cands[i], later, text, lex)):
                atts[i] = prev
    for i in range(len(cands) - 2, -1, -1):
        nxt = atts[i + 1]
        if (
            atts[i] is None
            and nxt
            and not nxt.before
            and _coordinated(cands[i], cands[i + 1], text, lex)
        ):
            atts[i] = nxt
    _drop_subsets(cands, atts, text, lex, stops)


def _drop_subsets(
    cands: list[_Cand],
    atts: list[_Att | None],
    text: str,
    lex: CasualtyLexicon,
    stops: list[int],
) -> None:
    """Drop figures after "including"/"بينهم", handing their cue to the figure before."""
    # after sharing, so that "20 others, including nine officers and 11 attackers, were
    # hurt" hands the cue of "11 attackers" to "nine" and from there to "20 others"
    subset: _Att | None = None  # the cue of the subset being dropped
    # a figure after "including" -> the figure it is part of, so that a subset of a subset
    # ("eight people, among them three foreigners, two of them journalists, were killed")
    # hands its cue to the whole, not to the subset before it
    whole: dict[int, int] = {}
    for i, c in enumerate(cands):
        start = cands[i - 1].item.end if i else max(0, c.item.phrase_start - 60)
        if subset and atts[i] == subset and _coordinated(cands[i - 1], c, text, lex):
            atts[i] = None  # "including 5 children and 2 women": all of it is the subset
        elif (cue := atts[i]) and lex.subset_re.search(text, start, c.item.phrase_start):
            near = i and c.item.phrase_start - start < 80
            head = atts[i - 1] if i else None
            k = whole.get(i - 1, i - 1)
            if (
                near
                and head is None
                and atts[k] is None
                and not _boundary_in(stops, text, start, c.item.phrase_start, lex.boundary_marks)
            ):
                atts[k] = cue
            whole[i] = k
            subset, atts[i] = cue, None
            if head is not None and head.kind != cue.kind:
                # "nine killed, including two children, and 16 wounded": the subset borrowed
                # the cue of the figure after it, which is no part of it
                subset = None
        else:
            if i and cue is None and lex.subset_re.search(text, start, c.item.phrase_start):
                whole[i] = whole.get(i - 1, i - 1)
            subset = None


def _coordinated(a: _Cand, b: _Cand, text: str, lex: CasualtyLexicon) -> bool:
    """Whether ``b`` adds to ``a`` ("seven soldiers and five policemen"); vague figures never do."""
    if "approximate" in (a.item.qualifier, b.item.qualifier):
        return False
    start, end = a.item.end, b.item.phrase_start
    gap = text[start:end]
    if len(gap.split()) > lex.coord_words:
        return False  # most gaps are whole clauses: too many words, known without backtracking
    if not gap.rstrip().endswith(lex.coord_ends):
        return False  # no coordinator last (" civilians, including "): no backtracking either
    return bool(lex.coord_re.fullmatch(text, start, end))


def _postfix(c: _Cand, norm: Normalised, numbers: NumberLexicon) -> _Cand:
    """Apply a qualifier written after the number or its noun ("11 مدنيا على الأقل")."""
    it = c.item
    if it.qualifier != "exact" or c.noun:
        return c
    found = qualifier_after(norm, it.end, numbers)
    if found is None:
        return c  # most figures: no copy (``_replace`` costs a microsecond)
    low = it.value if found[0] in ("at_least", "more_than") else None
    item = NumberItem(it.start, it.end, it.value, low, None, found[0], it.phrase_start)
    return _Cand(item, c.noun, c.perp)


def _mention(members: list[_Cand], att: _Att, norm: Normalised) -> CasualtyMention | None:
    items = [m.item for m in members if not m.perp]
    if not items:
        return None
    if len(items) == 1:  # most figures: the number as it stands
        best, low, high, qualifier = items[0].value, items[0].low, items[0].high, items[0].qualifier
    else:
        best, low, high, qualifier = _total(items)
    s, e, words = norm.span_text(items[0].start, items[-1].end)
    cs, ce, cue_words = norm.span_text(att.cue_start, att.cue_end)
    start = norm.orig(min(items[0].phrase_start, att.cue_start))
    end = norm.orig_end(max(items[-1].end, att.cue_end))
    kind: Kind = "wounded" if att.kind == "wounded" else "killed"
    return CasualtyMention(
        kind,
        Count(best, low, high, qualifier, Span(s, e, words)),
        Span(cs, ce, cue_words),
        start,
        end,
        att.kind == "combined",
    )


def _total(items: list[NumberItem]) -> tuple[int, int | None, int | None, Qualifier]:
    """Best value, bounds and qualifier of coordinated figures added up ("7 soldiers and 5
    policemen"); a bound of one is that figure's value where only others have one."""
    quals = [it.qualifier for it in items if it.qualifier != "exact"]
    qualifier: Qualifier = quals[0] if quals else "exact"
    best = sum(it.value for it in items)
    low = (
        sum(it.value if it.low is None else it.low for it in items)
        if any(it.low is not None for it in items)
        else None
    )
    high = (
        sum(it.value if it.high is None else it.high for it in items)
        if any(it.high is not None for it in items)
        else None
    )
    return best, low, high, qualifier


def _zeros(norm: Normalised, zeros: list[re.Match[str]]) -> list[CasualtyMention]:
    out: list[CasualtyMention] = []
    for m in zeros:
        group = next(g for g in ("both", "killed", "wounded") if m.group(g))
        kinds: tuple[Kind, ...] = ("killed", "wounded") if group == "both" else (cast(Kind, group),)
        s, e, words = norm.span_text(m.start(), m.end())
        span = Span(s, e, words)
        out.extend(CasualtyMention(k, Count(0, 0, 0, "zero", span), span, s, e) for k in kinds)
    return out


def _candidates(
    norm: Normalised,
    lex: CasualtyLexicon,
    numbers: NumberLexicon,
    zeros: list[re.Match[str]],
    nouns: list[tuple[int, int, int]],
    bounds: TokenBounds | None = None,
) -> list[_Cand]:
    """Numbers that may be casualty figures, plus victim nouns that count by themselves."""
    text = norm.text
    cands: list[_Cand] = []
    for it in scan_numbers(norm, numbers, bounds):
        kind = _kind_of_number(it, text, lex)
        if kind is None:
            continue
        if not zeros or not any(z.start() < it.end and it.start < z.end() for z in zeros):
            cands.append(_Cand(it, False, kind == "perp"))
    found = [c.item for c in cands]
    cands = sorted([*cands, *_victims(text, nouns, found)], key=lambda c: c.item.start)
    return [
        _postfix(c, norm, numbers)
        for i, c in enumerate(cands)
        if not (lex.subset_after_re.match(text, c.item.end) and _partitive(cands, i, text))
        and not lex.subset_back_re.match(text, c.item.end)
    ]


def _partitive(cands: list[_Cand], i: int, text: str) -> bool:
    """ "eleven people, five of them children", "ثلاثة أجانب اثنان منهم": part of the figure
    before; not "killing three of them", which has no figure just before it."""
    start = cands[i].item.phrase_start
    if text[max(0, start - 4) : start].rstrip()[-1:] in ",،(":
        return True
    return i > 0 and len(text[cands[i - 1].item.end : start].split()) <= 2


def find_casualties(
    text: str, lex: CasualtyLexicon, numbers: NumberLexicon, bounds: TokenBounds | None = None
) -> tuple[CasualtyMention, ...]:
    """Killed and wounded figures stated in ``text``, in text order; ``bounds``: the tokens
    of ``text``, if already found.

    A figure of several coordinated numbers is their sum; ``combined`` marks one total
    for killed and wounded together. Vague quantities come with qualifier "approximate".
    """
    norm = lex.normalise(text)
    if bounds is None:
        bounds = tokenise_bounds(text)
    zeros, nouns = _lex(norm, lex, bounds)
    cands = _candidates(norm, lex, numbers, zeros, nouns, bounds)
    stops = _boundaries(norm.text, lex.boundary_marks)
    atts = _attach(cands, norm.text, lex, stops)
    _link(cands, atts, norm.text, lex, stops)
    groups: dict[_Att, list[_Cand]] = {}
    for c, att in zip(cands, atts, strict=True):
        if att is None:
            continue
        members = groups.setdefault(att, [])
        if not members or _coordinated(members[-1], c, norm.text, lex):
            members.append(c)
    out = [m for att, members in groups.items() if (m := _mention(members, att, norm))]
    return tuple(sorted([*out, *_zeros(norm, zeros)], key=lambda m: (m.start, m.kind)))
