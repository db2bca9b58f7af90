"""Split an incident whose sentence tells its toll at two places ("22 died in Kidal and 10 in
Gao"): one incident per place, as a coder records them. A total told before the breakdown
("31 people were killed: 20 in Kidal and 11 in Gao") is that breakdown summed, not a third
toll. Where the places are not two the gazetteer knows ("20 in the market and 11 in the
mosque"), the parts add up to one toll again."""

from __future__ import annotations

from app.extraction.doc import CasualtyRef, Doc, PlaceRef
from app.extraction.steps.incident import Incident
from app.extraction.types import Count, Span


def split_by_place(doc: Doc, found: list[Incident]) -> list[Incident]:
    """``found`` with each incident whose killed figures have places of their own split."""
    out: list[Incident] = []
    for inc in found:
        if any(c.part for c in inc.casualties):
            out += _split(doc, inc) or [_folded(doc, inc)]
        else:
            out += _kinds_apart(doc, inc) or [inc]
    return out


def _kinds_apart(doc: Doc, inc: Incident) -> list[Incident]:
    """ "killing three people in Kharkiv and wounding two in Odesa": a killed and a wounded
    figure of one sentence, each told with a place of its own and the places two: one
    incident per place, with its own figure (a lead summing up a day's strikes by city)."""
    figures = [c for c in inc.casualties if not c.combined]
    if len(figures) != 2 or len(inc.places) < 2 or figures[0].kind == figures[1].kind:
        return []
    first, second = figures
    if doc.sentence_of(first.at.token) != doc.sentence_of(second.at.token):
        return []
    here, there = _own_place(doc, inc, first, second), _own_place(doc, inc, second, None)
    if here is None or there is None or here.place.name == there.place.name:
        return []
    rest = [c for c in inc.casualties if c is not first and c is not second]
    places = [p for p in inc.places if p is not here and p is not there]
    return [
        Incident(
            inc.triggers,
            inc.sentence,
            inc.clause,
            where,
            inc.dates,
            [figure, *rest],
            inc.participants,
            inc.implicit,
        )
        for where, figure in (([*places, here], first), ([there], second))
    ]


def _split(doc: Doc, inc: Incident) -> list[Incident]:
    """One incident per place of the killed figures, or none when they are not each at a
    place of their own (other than the first ones, which must then be their sum)."""
    killed = [c for c in inc.casualties if c.kind == "killed" and not c.combined]
    nexts = [*killed[1:], None]
    owns = [_own_place(doc, inc, c, n) for c, n in zip(killed, nexts, strict=True)]
    # the run of figures at places of their own the parts end: "20 in Kidal and 11 in Gao"
    first = len(killed)
    while (
        first > 0 and owns[first - 1] is not None and (first == len(killed) or killed[first].part)
    ):
        first -= 1
    if len(killed) - first < 2 or not all(c.part for c in killed[first + 1 :]):
        return []
    parts = [(c, p) for c, p in zip(killed[first:], owns[first:], strict=True) if p is not None]
    if len({p.place.name for _, p in parts}) < len(parts):
        return []
    total = sum(c.figure.best or 0 for c, _ in parts)
    if any(c.figure.best != total for c in killed[:first]):
        return []  # a figure before them that is not their sum: something else
    moved, theirs = {id(c) for c in killed}, {id(p) for _, p in parts}
    rest = [c for c in inc.casualties if id(c) not in moved]
    places = [p for p in inc.places if id(p) not in theirs]
    # each keeps the other figures after its own, so that the roles read them as before
    # ("Twelve soldiers were killed in Kidal and eight in Gao": soldiers both times)
    return [
        Incident(
            inc.triggers,
            inc.sentence,
            inc.clause,
            [*places, p] if i == 0 else [p],
            inc.dates,
            [c, *(k for k, _ in parts if k is not c), *rest],
            inc.participants,
            inc.implicit,
        )
        for i, (c, p) in enumerate(parts)
    ]


def _own_place(
    doc: Doc, inc: Incident, ref: CasualtyRef, after: CasualtyRef | None
) -> PlaceRef | None:
    """The place told after ``ref`` and before the next figure, in its sentence."""
    sentence = doc.sentence_of(ref.at.token)
    for p in inc.places:
        tok = p.at.token
        if p.country_only or tok < ref.at.last or doc.sentence_of(tok) != sentence:
            continue
        if after is None or tok < after.at.token:
            return p
    return None


def _folded(doc: Doc, inc: Incident) -> Incident:
    """``inc`` with the parts after a figure added to it ("20 in the market and 11 in the
    mosque": 31), unless they sum to it ("31 people, 20 in Gouari and 11 in Diallassagou")."""
    out: list[CasualtyRef] = []
    parts: list[CasualtyRef] = []
    for c in [*inc.casualties, None]:
        if c is not None and c.part and out and out[-1].kind == c.kind:
            parts.append(c)
            continue
        if parts:
            head = out[-1]
            total = sum(p.figure.best or 0 for p in parts)
            exact = all(_exact(f.figure) for f in [head, *parts])
            if exact and not (len(parts) > 1 and head.figure.best == total):
                for p in parts:
                    out[-1] = _sum(doc, out[-1], p)
            parts = []
        if c is not None:
            out.append(c)
    inc.casualties = out
    return inc


def _exact(count: Count) -> bool:
    return count.best is not None and count.qualifier in ("exact", "at_least", "about")


def _sum(doc: Doc, a: CasualtyRef, b: CasualtyRef) -> CasualtyRef:
    """Figure ``a`` with ``b`` added, spanning both."""
    fa, fb = a.figure, b.figure
    best = (fa.best or 0) + (fb.best or 0)
    low = (
        None
        if fa.low is None and fb.low is None
        else (fa.low or fa.best or 0) + (fb.low or fb.best or 0)
    )
    high = (
        None
        if fa.high is None and fb.high is None
        else (fa.high or fa.best or 0) + (fb.high or fb.best or 0)
    )
    span = None
    if fa.span is not None and fb.span is not None:
        span = Span(fa.span.start, fb.span.end, doc.text[fa.span.start : fb.span.end])
    return a._replace(figure=Count(best, low, high, fa.qualifier, span))
