"""Find killed / wounded counts: numbers attached to death and injury words, in either order.

A number is a casualty count when a cue from ``data/<lang>/casualties.toml`` follows it
("12 people were killed", "29 قتيلا") or precedes it ("killed 12", "مقتل 5 أشخاص").
Figures sharing one cue and joined by "and" are added; figures after "including" /
"من بينهم" are subsets and dropped; figures of attackers ("two assailants") are counted only
when a force the caller names killed them ("troops killed five terrorists": the toll of a clash). Explicit "no casualties" phrases give zero counts (qualifier "zero"), one
mention per kind they cover. Vague quantities ("dozens", "عشرات") keep qualifier
"approximate" with best = low = the lower bound listed in numbers.toml. A total for both
kinds ("16 قتيلا وجريحا", "8 killed or wounded") has kind "killed" and ``combined`` set.

Reading the figures is ``casualty_figures``; giving each its cue is ``casualty_cues``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple, cast

from app.extraction.normalised import Normalised
from app.extraction.steps.casualty_cues import Attachment, attach, boundaries, coordinated, link
from app.extraction.steps.casualty_figures import Candidate, candidate, candidates, zeros_and_nouns
from app.extraction.steps.casualty_lexicon import CasualtyLexicon, Kind
from app.extraction.steps.number_lexicon import NumberLexicon
from app.extraction.steps.numbers import NumberItem
from app.extraction.text import TokenBounds, few_words, tokenise_bounds
from app.extraction.types import Count, Qualifier, Span


class CasualtyMention(NamedTuple):
    """A killed or wounded figure, the words it counts and the cue it attaches to."""

    kind: Kind
    figure: Count  # span = the number words (or the dual noun / singular victim phrase)
    cue: Span  # the death / injury words
    start: int  # the whole phrase
    end: int
    combined: bool = False  # one total for killed and wounded together (kind is "killed")
    # a toll told at a place of its own after another's ("20 in Kidal and 11 in Gao"): the
    # cue of the figure before it is its own, the two add up unless the places are two
    part: bool = False


def _casualty_mention(
    kind: Kind, figure: Count, cue: Span, start: int, end: int, combined: bool, part: bool
) -> CasualtyMention:
    """``CasualtyMention(...)``, built in C (see ``numbers.number_item``)."""
    return tuple.__new__(CasualtyMention, (kind, figure, cue, start, end, combined, part))


def find_casualties(
    text: str,
    lex: CasualtyLexicon,
    numbers: NumberLexicon,
    bounds: TokenBounds | None = None,
    subjects: Iterable[tuple[int, int]] = (),
    killers: Iterable[tuple[int, int]] = (),
    norm: Normalised | None = None,
    strikes: Iterable[int] = (),
) -> tuple[CasualtyMention, ...]:
    """Killed and wounded figures stated in ``text``, in text order; ``bounds``: the tokens
    of ``text``, if already found; ``subjects``: (start, end) of the sides that may be the
    subject of a verb written before them ("قتل مسلحون من حركة طالبان ثلاثة جنود");
    ``killers``: (start, end) of the forces whose killing of attackers is a toll; ``norm``:
    ``text`` as ``lex.normalise`` makes it, if already normalised so; ``strikes``: where the
    strikes of a force (``lex.strike_types``) end, whose victims count even as attackers.

    A figure of several coordinated numbers is their sum; ``combined`` marks one total
    for killed and wounded together. Vague quantities come with qualifier "approximate".
    """
    if norm is None:
        norm = lex.normalise(text)
    if bounds is None:
        bounds = tokenise_bounds(text)
    zeros, nouns = zeros_and_nouns(norm, lex, bounds)
    cands = candidates(norm, lex, numbers, zeros, nouns, bounds)
    stops = boundaries(norm.text, lex.boundary_marks)
    ends: dict[int, int] = {}  # a subject's end -> its earliest start, normalised
    for s, e in subjects:
        e = norm.position(e)
        ends[e] = min(norm.position(s), ends.get(e, e))
    atts = attach(cands, norm.text, lex, stops, ends)
    link(cands, atts, norm.text, lex, stops)
    if killers:
        _killed_by_force(
            cands, atts, norm, [(norm.position(s), norm.position(e)) for s, e in killers]
        )
    _neutralised(cands, atts, norm.text, lex)
    if strikes:
        _struck(cands, atts, [norm.position(e) for e in strikes], stops)
    groups = _groups(cands, atts, norm.text, lex)
    out = [m for att, members in groups.items() if (m := _mention(members, att, norm))]
    return tuple(sorted([*out, *_zeros(norm, zeros)], key=lambda m: (m.start, m.kind)))


KILLER_GAP = 2  # words between a force and its verb or figure ("troops have killed", "العراقية")


def _killed_by_force(
    cands: list[Candidate],
    atts: list[Attachment | None],
    norm: Normalised,
    killers: list[tuple[int, int]],
) -> None:
    """Attackers a named force killed count: the force is the subject of the cue verb before
    them, written before the verb ("troops killed five terrorists") or after it ("قتلت قوات
    الأمن خمسة إرهابيين")."""
    text = norm.text
    for i, c in enumerate(cands):
        att = atts[i]
        if not (c.perp and att and att.before):
            continue
        for s, e in killers:
            if att.cue_end <= s and e <= c.item.phrase_start:
                gap = text[e : c.item.phrase_start]  # verb first: the force, then the figure
            elif e <= att.cue_start:
                gap = text[e : att.cue_start]  # the force, its verb, then the figure
            else:
                continue
            if few_words(gap, KILLER_GAP) and not any(ch in gap for ch in ".,;:،؛"):
                cands[i] = candidate(c.item, c.noun, False)
                break


def _neutralised(
    cands: list[Candidate], atts: list[Attachment | None], text: str, lex: CasualtyLexicon
) -> None:
    """Attackers a cue only a state's force does counts ("تم تحييد 5 إرهابيين", "five
    militants were neutralised") are a toll, whether or not the force is named."""
    for i, c in enumerate(cands):
        att = atts[i]
        if c.perp and att and lex.by_force_re.fullmatch(text, att.cue_start, att.cue_end):
            cands[i] = candidate(c.item, c.noun, False)


def _struck(
    cands: list[Candidate], atts: list[Attachment | None], strikes: list[int], stops: list[int]
) -> None:
    """Attackers a toll counts after a strike in its sentence ("غارة جوية أسفرت عن مقتل خمسة
    إرهابيين") were struck: a toll."""
    for i, c in enumerate(cands):
        att = atts[i]
        if not (c.perp and att and att.before):
            continue
        for end in strikes:
            if end <= att.cue_start and not any(end <= s < att.cue_start for s in stops):
                cands[i] = candidate(c.item, c.noun, False)
                break


def _groups(
    cands: list[Candidate], atts: list[Attachment | None], text: str, lex: CasualtyLexicon
) -> dict[Attachment, list[Candidate]]:
    """The figures counted under each cue: its first, and each later one coordinated with the
    last taken; a cue's other figures count nothing."""
    groups: dict[Attachment, list[Candidate]] = {}
    for c, att in zip(cands, atts, strict=True):
        if att is None:
            continue
        members = groups.setdefault(att, [])
        if not members or coordinated(members[-1], c, text, lex):
            members.append(c)
    return groups


def _mention(members: list[Candidate], att: Attachment, norm: Normalised) -> CasualtyMention | None:
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
    return _casualty_mention(
        kind,
        Count(best, low, high, qualifier, Span(s, e, words)),
        Span(cs, ce, cue_words),
        start,
        end,
        att.kind == "combined",
        att.before and att.cue_start == items[0].start,  # casualty_cues.link: a part
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
        out.extend(
            _casualty_mention(k, Count(0, 0, 0, "zero", span), span, s, e, False, False)
            for k in kinds
        )
    return out
