"""Read the figures a casualty cue may count: numbers, and victim nouns that count themselves.

Years, times, dates, ages, units and money are no figures. Figures of attackers ("two
assailants") stay, flagged ``perp``, so that coordination links through them, but are never
counted. A victim noun counts one or two by itself ("a man", "مقتل جندي", "شخصين", "Parvani
was killed") unless number words stand beside it ("29 شخصا"). A figure that is part of the one
before it ("eleven people, five of them children") or of a toll stated earlier ("nine of the
wounded") is dropped here; subsets after "including" go later (``casualty_cues``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from app.extraction.normalised import Normalised
from app.extraction.openers import finditer
from app.extraction.steps.casualty_lexicon import CasualtyLexicon
from app.extraction.steps.casualty_victims import NATIONAL_GROUPS, NOUN_GROUPS, SOME
from app.extraction.steps.number_lexicon import NumberLexicon
from app.extraction.steps.numbers import NumberItem, number_item, qualifier_after, scan_numbers
from app.extraction.text import TokenBounds, few_words


class Candidate(NamedTuple):
    """A figure in normalised offsets: a number, or a victim noun counting one or two (this and
    ``Attachment`` are named tuples: built for every figure, several times faster than
    dataclasses)."""

    item: NumberItem
    noun: bool = False  # a victim noun, not number words
    perp: bool = False  # attackers ("two assailants"): linked like victims, never counted


def candidate(item: NumberItem, noun: bool, perp: bool) -> Candidate:
    """``Candidate(...)``, built in C (see ``numbers.number_item``)."""
    return tuple.__new__(Candidate, (item, noun, perp))


def zeros_and_nouns(
    norm: Normalised, lex: CasualtyLexicon, bounds: TokenBounds | None
) -> tuple[list[re.Match[str]], list[tuple[int, int, int]]]:
    """One pass: "no casualties" phrases, and victim nouns as (start, end, value)."""
    text = norm.text
    zeros: list[re.Match[str]] = []
    nouns: list[tuple[int, int, int]] = []
    for m in finditer(lex.lexer_re, lex.lexer_openers, norm, bounds):
        if m.group("zero"):
            # "no immediate word on casualties", "دون أن يشير إلى إصابات": nothing was said
            if lex.unstated.isdisjoint(text[m.start() : m.end()].split()):
                zeros.append(m)
        elif m.group("pas"):  # "Parvani was killed": the subject counts one
            subj = lex.subject_re.search(text, max(0, m.start() - 40), m.start())
            word = text[subj.start() : subj.end()].rstrip(", \t\n") if subj else ""
            fresh = not nouns or nouns[-1][1] <= subj.start() if subj else False  # "a man was"
            if subj and fresh and word not in lex.not_subjects:
                nouns.append((subj.start(), subj.start() + len(word), 1))
        else:  # the noun without a clitic ("وجريحين"), with its article ("a man")
            group = _noun_group(m)
            start = m.start("art") if m.group("art") else m.start(group)
            opens = _opens_line(text, start)  # "Policeman killed in Kandahar"
            if group in NATIONAL_GROUPS and not (opens or _after_cue_word(text, start, lex)):
                start = _after_cue(text, start, lex)
                if start < 0:
                    continue
            count = SOME if group == "plu" else 1 if group in ("sing", "alone", "nat") else 2
            nouns.append((start, m.end(), count))
    return zeros, nouns


# a headline's place or topic before a colon or a dash: "Chad: soldier killed in attack",
# "Kirkuk - policeman wounded"; at most a few words, so that no clause ends there
HEADING = re.compile(r"(?:^|\n)[^\n:.,;]{1,40}(?::|\s[-\u2013\u2014])\s+$")
HEADING_WORDS = 4


def _opens_line(text: str, start: int) -> bool:
    """Whether a bare noun opens its line, maybe after a headline's short heading."""
    if start == 0 or text[start - 1] == "\n":
        return True
    if text[start - 1] != " ":
        return False
    line = text.rfind("\n", 0, start) + 1
    head = text[line:start]
    return len(head.split()) <= HEADING_WORDS + 1 and HEADING.search(text, line, start) is not None


def _noun_group(m: re.Match[str]) -> str:
    """The victim-noun group of a lexer match (a loop: a compiled generator is an object)."""
    for group in NOUN_GROUPS:
        if m.group(group):
            return group
    raise ValueError(f"a lexer match with no group: {m.group()!r}")


def _after_cue(text: str, start: int, lex: CasualtyLexicon) -> int:
    """Where a bare noun's victim phrase starts when a cue of any length, and its fillers, stand
    before it ("shoot dead journalist", "killing the imam"), maybe past ``nationals_skip``
    words ("kill Catholic priest", "kill village chief"); -1 when no cue does."""
    for _ in range(lex.nationals_skip + 1):
        end = len(text[:start].rstrip())
        if end < start and lex.before_re.search(text, max(0, start - 40), start):
            return start
        word = text[text.rfind(" ", 0, end) + 1 : end]
        if not word.isalpha() or word in lex.not_before_noun:
            return -1
        start = end - len(word)
    return -1


def _after_cue_word(text: str, start: int, lex: CasualtyLexicon) -> bool:
    """Whether the word right before ``start`` is a one-word cue ("قتل فلسطيني")."""
    end = len(text[:start].rstrip())
    word = text[text.rfind(" ", 0, end) + 1 : end]
    return word in lex.cue_words or (len(word) > 1 and word[1:] in lex.cue_words and word[0] == "و")


def candidates(
    norm: Normalised,
    lex: CasualtyLexicon,
    numbers: NumberLexicon,
    zeros: list[re.Match[str]],
    nouns: list[tuple[int, int, int]],
    bounds: TokenBounds | None = None,
) -> list[Candidate]:
    """Numbers that may be casualty figures, plus victim nouns that count by themselves."""
    text = norm.text
    cands: list[Candidate] = []
    for it in scan_numbers(norm, numbers, bounds):
        kind = _kind_of_number(it, text, lex)
        if kind is None:
            continue
        if not zeros or not any(z.start() < it.end and it.start < z.end() for z in zeros):
            cands.append(candidate(it, False, kind == "perp"))
    found = [c.item for c in cands]
    cands = sorted([*cands, *_victims(text, nouns, found, lex)], key=lambda c: c.item.start)
    return [
        _postfix(c, norm, numbers)
        for i, c in enumerate(cands)
        if not (lex.subset_after_re.match(text, c.item.end) and _partitive(cands, i, text))
        and not lex.subset_back_re.match(text, c.item.end)
    ]


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
    start = max(0, it.phrase_start - 30)
    if lex.not_before_tails.ends_in(text, start, it.phrase_start, 1) and lex.not_before_re.search(
        text, start, it.phrase_start
    ):
        return None
    noun = lex.noun_after_re.match(text, it.end)
    if noun is None:
        return ""
    return "perp" if noun.group("perp") else None


def _victims(
    text: str, nouns: list[tuple[int, int, int]], numbers: list[NumberItem], lex: CasualtyLexicon
) -> list[Candidate]:
    """Victim nouns that count by themselves: "a man", "مقتل جندي", "شخصين", "Parvani was";
    not a noun a number counts a share of ("12 of its soldiers had been killed")."""
    ends = sorted(n.end for n in numbers)
    starts = sorted(n.start for n in numbers)
    out = []
    for start, end, value in nouns:
        # "29 شخصا", "شخص واحد", "one man": the number words carry the count
        i, j = bisect_left(ends, start - 2), bisect_left(starts, start - 1)
        near = (i < len(ends) and ends[i] <= end and not text[ends[i] : start].strip()) or (
            j < len(starts) and starts[j] <= end + 2 and not text[end : starts[j]].strip()
        )
        k = bisect_left(ends, start) - 1
        near = near or (k >= 0 and lex.share_re.fullmatch(text, ends[k], start) is not None)
        if near:
            continue
        if value == SOME:  # "soldiers killed": no number told, two at least (as "dozens")
            if k >= 0 and not any(m in text[ends[k] : start] for m in ".;!?\n"):
                continue  # "25 Malian soldiers", "9 people, including civilians": counted
            share = lex.share_re.search(text, max(0, start - 12), start)
            if share and share.end() == start:
                continue  # "a member of the security forces": one of them, the group named
            item = number_item(start, end, 2, 2, None, "approximate", start)
        else:
            item = number_item(start, end, value, None, None, "exact", start)
        out.append(candidate(item, True, False))
    return out


def _partitive(cands: list[Candidate], i: int, text: str) -> bool:
    """ "eleven people, five of them children", "ثلاثة أجانب اثنان منهم": part of the figure
    before; not "killing three of them", which has no figure just before it."""
    start = cands[i].item.phrase_start
    if text[max(0, start - 4) : start].rstrip()[-1:] in ",،(":
        return True
    return i > 0 and few_words(text[cands[i - 1].item.end : start], 2)


def _postfix(c: Candidate, norm: Normalised, numbers: NumberLexicon) -> Candidate:
    """Apply a qualifier written after the number or its noun ("11 مدنيا على الأقل")."""
    it = c.item
    if it.qualifier != "exact" or c.noun:
        return c
    found = qualifier_after(norm, it.end, numbers)
    if found is None:
        return c  # most figures: no copy (``_replace`` costs a microsecond)
    low = it.value if found[0] in ("at_least", "more_than") else None
    item = number_item(it.start, it.end, it.value, low, None, found[0], it.phrase_start)
    return candidate(item, c.noun, c.perp)
