"""The place on this side of a border: the name after a border, the country across it and
a few filler words ("على الحدود مع سوريا في منطقة الهرمل": Hermel, in Lebanon).

The country after "الحدود مع" is the neighbour, not where the incident lies, so it gives the
place no country context; the place is read as after a settlement noun instead.
"""

from __future__ import annotations

from app.extraction.doc import Doc

FILLERS = 2  # filler words between the country and the place ("في منطقة")


def border_starts(doc: Doc) -> frozenset[int]:
    """Offsets of the word after a border cue (cue.border), the country right after it and up
    to FILLERS words of cue.border_fill."""
    borders = doc.matches_of("cue:border")
    if not borders or not doc.countries:
        return frozenset()
    country_end = {c.at.token: c.at.last for c in doc.countries}
    fills = {m.first: m.last for m in doc.matches_of("cue:border_fill")}
    out: set[int] = set()
    for m in borders:
        k = country_end.get(m.last)
        if k is None:
            continue
        for _ in range(FILLERS):
            k = fills.get(k, k)
        if k < len(doc.tokens):
            out.add(doc.tokens[k].start)
    return frozenset(out)
