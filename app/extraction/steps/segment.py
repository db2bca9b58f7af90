"""Tokens, lexicon matches, sentences and clauses."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import replace

from app.extraction.doc import Doc, Segment
from app.extraction.lexicon import token_forms
from app.extraction.resources import Resources
from app.extraction.text import tokenise

# A sentence ends at . ! ? ؟ (plus closing quotes) before a space and a non-lowercase letter,
# or at a line break; ";" ends a clause.
_SENTENCE_END = re.compile(r"[.!?؟]+[\"'”’»)]*\s+(?=[^a-z\s])|\n\s*")
_CLAUSE_PUNCT = re.compile(r"[;؛]|\s[-–—]\s")


def tokens(doc: Doc, res: Resources) -> Doc:
    """Tokenise the text and find every lexicon phrase in it."""
    toks = tokenise(doc.text)
    matches = res.index.scan(token_forms(toks, res.clitics))
    return replace(doc, tokens=toks, matches=tuple(sorted(matches, key=lambda m: m.first)))


def segments(doc: Doc, res: Resources) -> Doc:
    """Split the document into sentences and the sentences into clauses."""
    starts = [t.start for t in doc.tokens]
    sentences = _segments(doc, starts, _char_breaks(doc.text, _SENTENCE_END))
    breaks = set(_char_breaks(doc.text, _CLAUSE_PUNCT))
    cue_tokens = {m.first for m in doc.matches_of("cue:clause")}
    clauses: list[Segment] = []
    for sent in sentences:
        cuts = [sent.first]
        for i in range(sent.first + 1, sent.last):
            prev_end = doc.tokens[i - 1].end
            if i in cue_tokens or any(prev_end <= b < doc.tokens[i].start for b in breaks):
                cuts.append(i)
        cuts.append(sent.last)
        for a, b in itertools.pairwise(cuts):
            if b > a:
                clauses.append(Segment(doc.tokens[a].start, doc.tokens[b - 1].end, a, b))
    return replace(doc, sentences=tuple(sentences), clauses=tuple(clauses))


def _char_breaks(text: str, pattern: re.Pattern[str]) -> list[int]:
    return [m.start() for m in pattern.finditer(text)]


def _segments(doc: Doc, starts: list[int], breaks: list[int]) -> list[Segment]:
    out: list[Segment] = []
    first = 0
    for brk in [*breaks, len(doc.text)]:
        last = bisect_left(starts, brk)
        if last > first:
            out.append(Segment(doc.tokens[first].start, doc.tokens[last - 1].end, first, last))
            first = last
    if first < len(doc.tokens):
        out.append(Segment(doc.tokens[first].start, doc.tokens[-1].end, first, len(doc.tokens)))
    return out or [Segment(0, 0, 0, 0)]
