"""Tokens, lexicon matches, sentences and clauses."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence

from app.extraction.doc import Doc, Segment, segment
from app.extraction.entry_info import TriggerInfo
from app.extraction.lexicon import Match, longest
from app.extraction.resources import Resources
from app.extraction.text import char_offsets, tokenise_bounds

# A sentence ends at . ! ? ؟ (plus closing quotes) before a space and a non-lowercase letter,
# or at a line break; ";" ends a clause. (Written as "one of .!?؟ or a line break, then what
# follows the one it was": starting with a plain character class lets the regex engine skip
# to the next such character in C instead of trying both branches at every position.)
_SENTENCE_END = re.compile(r"[.!?؟\n](?:(?<=[.!?؟])[.!?؟]*[\"'”’»)]*\s+(?=[^a-z\s])|(?<=\n)\s*)")
# A clause ends at ";" or at a dash with whitespace on both sides, found at the dash itself
# (the same token follows it as follows the space before it) so that the pattern starts with
# one character class, as above.
_CLAUSE_PUNCT = re.compile(r"[;؛\-–—](?:(?<=[;؛])|(?<=\s.)(?=\s))")
# The characters each of those patterns starts with (see ``_char_breaks``).
_SENTENCE_CHARS = ".!?؟\n"
_CLAUSE_CHARS = ";؛-–—"


def tokens(doc: Doc, res: Resources) -> Doc:
    """Tokenise the text and find every lexicon phrase in it."""
    bounds = tokenise_bounds(doc.text)
    toks = bounds.tokens
    matches = res.index.scan(res.clitics.forms_of(bounds.words))  # in token order
    groups: defaultdict[str, list[Match]] = defaultdict(list)
    for m in matches:
        groups[m.entry.category].append(m)
    if "cue:actor" in groups and "cue:target" in groups:
        groups["cue:actor"] = _unshadowed(groups["cue:actor"], groups["cue:target"])
    by_category = {k: tuple(v) for k, v in groups.items()}
    return doc.evolve(
        tokens=toks,
        matches=tuple(matches),
        by_category=by_category,
        bounds=bounds,
    )


def _unshadowed(actors: list[Match], targets: list[Match]) -> list[Match]:
    """Actor cues that are not the words of a target cue as well: "بينهم" (among them, a
    target cue) is no "بين" (between) with a pronoun, "من بين" no "بين"."""
    return [m for m in actors if not any(t.first <= m.first and m.last <= t.last for t in targets)]


def segments(doc: Doc, res: Resources) -> Doc:
    """Split the document into sentences and the sentences into clauses."""
    starts = doc.token_bounds().starts
    ends = _char_breaks(doc.text, _SENTENCE_END, _SENTENCE_CHARS)
    if res.abbreviations:
        ends = [at for at in ends if _word_before(doc.text, at) not in res.abbreviations]
    sentences = _segments(doc, starts, ends)
    breaks = _char_breaks(doc.text, _CLAUSE_PUNCT, _CLAUSE_CHARS)
    clause_cues = longest(doc.matches_of("cue:clause"))
    cue_tokens = {m.first for m in clause_cues}
    cue_tokens |= _new_subjects(doc, res)
    # a clause break lies between two tokens: index the token each break precedes
    cue_tokens |= {bisect_left(starts, b) for b in breaks}
    cue_tokens |= _fronted_ends(doc, sentences, clause_cues)
    cue_list = sorted(cue_tokens)
    clauses: list[Segment] = []
    for sent in sentences:
        inside = cue_list[bisect_right(cue_list, sent.first) : bisect_left(cue_list, sent.last)]
        cuts = [sent.first, *inside, sent.last]
        for a, b in itertools.pairwise(cuts):
            if b > a:
                clauses.append(segment(doc.tokens[a].start, doc.tokens[b - 1].end, a, b))
    return doc.evolve(
        sentences=tuple(sentences),
        clauses=tuple(clauses),
        token_sentence=_owner(sentences, len(doc.tokens)),
        token_clause=_owner(clauses, len(doc.tokens)),
    )


FRONTED_REACH = 15  # tokens a fronted phrase may run before its comma


def _fronted_ends(doc: Doc, sentences: list[Segment], cues: list[Match]) -> set[int]:
    """Where a sentence's fronted phrase ends: a clause cue that opens a sentence ("In response
    to the ambush, troops killed ...", "بعد الهجوم، قصفت ...") ends at its first comma, so that
    what it tells (an earlier incident, background) stays out of the main clause."""
    opening = {m.first: m for m in cues}
    found: set[int] = set()
    for sent in sentences:
        cue = opening.get(sent.first)
        if cue is None:
            continue
        for k in range(cue.last, min(cue.last + FRONTED_REACH, sent.last - 1)):
            if doc.text[doc.tokens[k].end : doc.tokens[k + 1].start].strip() in (",", "،"):
                found.add(k + 1)
                break
    return found


def _word_before(text: str, at: int) -> str:
    """The letters right before offset ``at`` ("Nov" of "Nov. 24")."""
    first = at
    while first > 0 and text[first - 1].isalpha():
        first -= 1
    return text[first:at]


def _new_subjects(doc: Doc, res: Resources) -> set[int]:
    """The tokens where "and" joins a side acting in a verb of its own: "غارة إسرائيلية على صور
    وحزب الله يقصف تجمعا للجنود", "a strike on Tyre and Hezbollah shells troops" tell two
    incidents, so a clause starts at the "and" (a side, then a trigger right after it); not
    before a clash ("Taliban fighters and police exchanged fire": one fight, two subjects)."""
    starts = {m.first for m in doc.matches_of("trigger") if not _mutual(m)}
    if not starts:
        return set()
    out: set[int] = set()
    for m in doc.matches_of("actor") + doc.matches_of("force"):
        if m.last not in starts or m.first == 0:
            continue
        if doc.tokens[m.first - 1].norm in res.coordinators:
            out.add(m.first - 1)
        elif _conjoined(doc.tokens[m.first].norm, m.entry.tokens[0], res.clitics.conjunctions):
            out.add(m.first)
    return out


def _mutual(match: Match) -> bool:
    """Whether a trigger match tells two sides fighting each other (``TriggerInfo.mutual``)."""
    info = match.entry.value
    return isinstance(info, TriggerInfo) and info.mutual


def _conjoined(word: str, first: str, conjunctions: tuple[str, ...]) -> bool:
    """Whether ``word`` is the phrase's first word ``first`` with a conjunction on it ("وحزب")."""
    stem = first[:-1] if first.endswith("*") else first
    return not word.startswith(stem) and any(
        word.startswith(c) and word[len(c) :].startswith(stem) for c in conjunctions
    )


def _owner(segs: list[Segment], n: int) -> tuple[int, ...]:
    owner = [0] * n
    for k, seg in enumerate(segs):
        owner[seg.first : seg.last] = [k] * (seg.last - seg.first)
    return tuple(owner)


def _char_breaks(text: str, pattern: re.Pattern[str], chars: str) -> list[int]:
    """Start offsets of the matches of ``pattern``, which starts with one of ``chars``, as
    ``finditer`` finds them; but tried only where those characters stand: the regex engine
    checks its first character class at every offset of the text, ``str.find`` is much
    cheaper."""
    starts: list[int] = []
    end = 0
    for at in char_offsets(text, chars):
        if at >= end and (m := pattern.match(text, at)) is not None:
            starts.append(at)
            end = m.end()
    return starts


def _segments(doc: Doc, starts: Sequence[int], breaks: list[int]) -> list[Segment]:
    out: list[Segment] = []
    first = 0
    for brk in [*breaks, len(doc.text)]:
        last = bisect_left(starts, brk)
        if last > first:
            out.append(segment(doc.tokens[first].start, doc.tokens[last - 1].end, first, last))
            first = last
    if first < len(doc.tokens):
        out.append(segment(doc.tokens[first].start, doc.tokens[-1].end, first, len(doc.tokens)))
    return out or [segment(0, 0, 0, 0)]
