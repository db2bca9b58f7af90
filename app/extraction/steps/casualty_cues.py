"""Give each casualty figure the death or injury cue it counts, or none.

A figure looks for a cue right after it ("12 people were killed") or before it ("killed 12"),
in a window cut at its clause's boundaries and at the neighbouring figures; a figure right
after a side the caller names as a possible subject may also take the verb written right before
that side ("قتل مسلحون من حركة طالبان ثلاثة جنود", however many words the side has). A figure with no
cue of its own shares that of a coordinated neighbour ("killed 3 soldiers and 2 policemen").
Then figures after "including" / "من بينهم" lose their cue: they are part of the figure
before, which takes the cue if it had none ("20 others, including nine officers, were hurt").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from typing import NamedTuple, cast

from app.extraction.steps.casualty_figures import Candidate, candidate
from app.extraction.steps.casualty_lexicon import CUE_KINDS, SUBSET_WORDS, CasualtyLexicon
from app.extraction.steps.numbers import NumberItem, number_item
from app.extraction.text import few_words

PARALLEL_WORDS = 8  # most words between two tolls each told at its own place


class Attachment(NamedTuple):
    """The cue a figure counts and on which side of it the cue stands."""

    kind: str  # "killed" | "wounded" | "combined"
    cue_start: int
    cue_end: int
    before: bool  # the cue precedes the number


def _attachment(kind: str, cue_start: int, cue_end: int, before: bool) -> Attachment:
    """``Attachment(...)``, built in C (see ``numbers.number_item``)."""
    return tuple.__new__(Attachment, (kind, cue_start, cue_end, before))


def boundaries(text: str, marks: str) -> list[int]:
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


def attach(
    cands: list[Candidate],
    text: str,
    lex: CasualtyLexicon,
    stops: list[int],
    subjects: Mapping[int, int] | None = None,
) -> list[Attachment | None]:
    """The cue of each figure in its own window (``stops``: the clause boundaries), or None;
    ``subjects``: the end -> start of each subject a verb may be written before."""
    atts: list[Attachment | None] = []
    for i, c in enumerate(cands):
        it = c.item
        word = text[it.start : it.end]
        if c.noun and word in lex.dual_cues:
            atts.append(_attachment(lex.dual_cues[word], it.start, it.end, False))
            continue
        cs, ce = _clause(stops, it.phrase_start, len(text))
        ws = max(cs, it.phrase_start - 150, cands[i - 1].item.end if i else 0)
        near = max(ws, it.phrase_start - 70)
        we = min(ce, it.end + 120, cands[i + 1].item.phrase_start if i + 1 < len(cands) else ce)
        a = lex.after_re.match(text, it.end, max(we, it.end))
        if a and i + 1 < len(cands) and not text[a.end() : cands[i + 1].item.phrase_start].strip():
            a = None  # "a man killed two": the cue is the verb of the next figure
        if a and c.noun and it.qualifier == "approximate" and _active(text, lex, a):
            a = None  # "Soldiers killed militants": the plural did the killing
        b = None
        # the search only where a cue's last word ends the window's last words: most do not
        if near < it.phrase_start and lex.before_tails.ends_in(
            text, near, it.phrase_start, lex.before_words
        ):
            b = lex.before_re.search(text, near, it.phrase_start)
        if b is None and subjects:
            b = _verb_before_subject(text, lex, subjects, ws, it)
        if b is None and ws < it.phrase_start:
            # "death toll … rose to": the long phrases, close ("the death toll from the
            # strikes rose to nine") or further back; their guard's word scan costs less than
            # a test of the window's last words, which end with "to" in many windows
            b = lex.far_before_re.search(text, ws, it.phrase_start)
        if a and not a.group("fill").strip(" ,،\t\n"):
            atts.append(_att(a, False))
        elif b or a:
            atts.append(_att(b, True) if b else _att(cast(re.Match[str], a), False))
        else:
            atts.append(None)
    return atts


def _active(text: str, lex: CasualtyLexicon, a: re.Match[str]) -> bool:
    """Whether the cue right after a bare plural has an object, so is its verb."""
    return not a.group("fill").strip(" ,،\t\n") and not lex.plural_next_re.match(text, a.end())


def _verb_before_subject(
    text: str, lex: CasualtyLexicon, subjects: Mapping[int, int], ws: int, it: NumberItem
) -> re.Match[str] | None:
    """ "قتل مسلحون من حركة طالبان ثلاثة جنود": the cue verb right before the subject the figure
    directly follows; not "ثلاثة منهم", a part of that side."""
    start = subjects.get(len(text[ws : it.phrase_start].rstrip()) + ws, -1)
    if start < ws or lex.subset_after_re.match(text, it.end):
        return None
    return lex.subject_verb_re.search(text, ws, start)


def _clause(bounds: list[int], pos: int, size: int) -> tuple[int, int]:
    i = bisect_left(bounds, pos)
    start = bounds[i - 1] + 1 if i > 0 else 0
    end = bounds[i] if i < len(bounds) else size
    return start, end


def _att(m: re.Match[str], before: bool) -> Attachment:
    kind = CUE_KINDS[-1]
    for k in CUE_KINDS:  # a loop, not ``next(generator)``: a compiled generator is an object
        if m.group(k) is not None:
            kind = k
            break
    start, end = m.span(kind)
    return _attachment(kind, start, end, before)


def link(
    cands: list[Candidate],
    atts: list[Attachment | None],
    text: str,
    lex: CasualtyLexicon,
    stops: list[int],
) -> None:
    """Coordinated figures share a neighbour's cue; subsets ("including 3 children") go."""
    for i in range(1, len(cands)):
        prev = atts[i - 1]
        if atts[i] is None and prev and _breakdown(cands, atts, i, text, lex):
            # "22 died in Gouari and 10 in Diallassagou": a toll of its own, at its own place
            atts[i] = _attachment(prev.kind, cands[i].item.start, cands[i].item.end, True)
        elif (
            atts[i] is None
            and prev
            and prev.before
            and coordinated(cands[i - 1], cands[i], text, lex)
        ):
            # "wounding four others, two sources said": a bare comma only inside a list
            # that goes on ("killed 3 soldiers, 2 policemen and 5 civilians")
            comma = text[cands[i - 1].item.end : cands[i].item.phrase_start].rstrip()[-1:] in ",،"
            later = cands[i + 1] if i + 1 < len(cands) else None
            if not comma or (later and coordinated(cands[i], later, text, lex)):
                atts[i] = prev
    for i in range(len(cands) - 2, -1, -1):
        nxt = atts[i + 1]
        if (
            atts[i] is None
            and nxt
            and not nxt.before
            and coordinated(cands[i], cands[i + 1], text, lex)
        ):
            atts[i] = nxt
    _drop_subsets(cands, atts, text, lex, stops)


def _breakdown(
    cands: list[Candidate], atts: list[Attachment | None], i: int, text: str, lex: CasualtyLexicon
) -> bool:
    """Whether figure ``i`` is told at a place of its own as the one before it is, or begins
    such a list after a total ("13 people, nine in Kharkiv and four in Sumy")."""
    if _parallel(cands[i - 1], cands[i], text, lex):
        return True
    later = i + 1 < len(cands) and atts[i + 1] is None
    return later and _parallel(cands[i], cands[i + 1], text, lex)


def _parallel(a: Candidate, b: Candidate, text: str, lex: CasualtyLexicon) -> bool:
    """Whether ``b`` is told at a place of its own as ``a`` is ("20 people in Gouari and 11
    in Diallassagou"): a place word after each, a coordinator right before ``b``."""
    gap = text[a.item.end : b.item.phrase_start]
    return (
        few_words(gap, PARALLEL_WORDS)
        and gap.rstrip().endswith(lex.coord_ends)
        and lex.place_word_re.search(gap) is not None
        and lex.place_next_re.match(text, b.item.end) is not None
    )


def _drop_subsets(
    cands: list[Candidate],
    atts: list[Attachment | None],
    text: str,
    lex: CasualtyLexicon,
    stops: list[int],
) -> None:
    """Drop figures after "including"/"بينهم", handing their cue to the figure before."""
    # after sharing, so that "20 others, including nine officers and 11 attackers, were
    # hurt" hands the cue of "11 attackers" to "nine" and from there to "20 others"
    subset: Attachment | None = None  # the cue of the subset being dropped
    # a figure after "including" -> the figure it is part of, so that a subset of a subset
    # ("eight people, among them three foreigners, two of them journalists, were killed")
    # hands its cue to the whole, not to the subset before it
    whole: dict[int, int] = {}
    for i, c in enumerate(cands):
        start = cands[i - 1].item.end if i else max(0, c.item.phrase_start - 60)
        if subset and atts[i] == subset and coordinated(cands[i - 1], c, text, lex):
            atts[i] = None  # "including 5 children and 2 women": all of it is the subset
        elif (cue := atts[i]) and _subset_before(text, start, c.item.phrase_start, lex):
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
            if i and cue is None and _subset_before(text, start, c.item.phrase_start, lex):
                whole[i] = whole.get(i - 1, i - 1)
            subset = None
    if whole:
        _less_attackers(cands, atts, whole, text, lex)


def _less_attackers(
    cands: list[Candidate],
    atts: list[Attachment | None],
    whole: dict[int, int],
    text: str,
    lex: CasualtyLexicon,
) -> None:
    """Take the attackers a subset counts out of the killed figure it is part of ("killing 12
    people, including the two bombers": ten victims, as the evaluation convention counts them).
    Only numbered attackers: "including the bomber" may be the source's own total. Never the
    wounded, which GTD-style summaries count with the injured attackers."""
    attackers: dict[int, int] = {}
    k = -1  # the whole the figure before belongs to, when it is part of a subset
    for j, c in enumerate(cands):
        if j in whole:
            k = whole[j]
        elif not (k >= 0 and atts[j] is None and coordinated(cands[j - 1], c, text, lex)):
            k = -1
        if k >= 0 and c.perp:
            attackers[k] = attackers.get(k, 0) + c.item.value
    for k, n in attackers.items():
        head, it = atts[k], cands[k].item
        if head is None or head.kind != "killed" or cands[k].perp or it.value <= n:
            continue
        low = None if it.low is None else max(0, it.low - n)
        high = None if it.high is None else it.high - n
        item = number_item(it.start, it.end, it.value - n, low, high, it.qualifier, it.phrase_start)
        cands[k] = candidate(item, cands[k].noun, False)


def _subset_before(text: str, start: int, end: int, lex: CasualtyLexicon) -> bool:
    """Whether "including" / "من بينهم" ends ``text[start:end]`` (with up to two more words):
    searched only where a subset phrase's last word is among the last words."""
    return lex.subset_tails.ends_in(text, start, end, SUBSET_WORDS) and bool(
        lex.subset_re.search(text, start, end)
    )


def _boundary_in(stops: list[int], text: str, start: int, end: int, marks: str) -> bool:
    """Whether a clause boundary lies in ``text[start:end]``; a mark just before ``end``
    counts whatever follows it, as when the window's text is searched alone."""
    i = bisect_left(stops, start)
    return (i < len(stops) and stops[i] < end) or (start < end and text[end - 1] in marks)


def coordinated(a: Candidate, b: Candidate, text: str, lex: CasualtyLexicon) -> bool:
    """Whether ``b`` adds to ``a`` ("seven soldiers and five policemen"); vague figures never do."""
    if "approximate" in (a.item.qualifier, b.item.qualifier):
        return False
    start, end = a.item.end, b.item.phrase_start
    gap = text[start:end]
    if not few_words(gap, lex.coord_words):
        return False  # most gaps are whole clauses: too many words, known without backtracking
    if not gap.rstrip().endswith(lex.coord_ends):
        return False  # no coordinator last (" civilians, including "): no backtracking either
    return bool(lex.coord_re.fullmatch(text, start, end))
