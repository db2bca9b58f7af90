"""Groups the lexicon does not know, named as the subject of a claim of responsibility.

"The Resistance to the Rule of Law in Burundi (Red-Tabara) claimed responsibility" names
its actor even when no actor list has it: the capitalised words before the claim cue.
Languages whose claim cues follow the claimant (``claimant = "before"``) read the capitalised
words; languages without capitals read a quoted name after a group noun that follows the cue
("تبنى تنظيم "ولاية عدن أبين" التفجير").
"""

from __future__ import annotations

from app.extraction.doc import Doc, ParticipantMention, participant
from app.extraction.resources import Resources

MAX_WORDS = 10
MAX_QUOTED = 60  # characters: a longer "quote" is a statement, not a name


def claimants(doc: Doc, res: Resources) -> Doc:
    """Add an unlisted group for each claim whose subject is a capitalised name."""
    if res.claimant_position != "before":
        return _with(doc, _quoted(doc, res))
    found: list[ParticipantMention] = []
    taken = {i: k for k, p in enumerate(doc.participants) for i in range(p.at.token, p.at.last)}
    absorbed: set[int] = set()  # participants a longer unlisted name takes in (indexes)
    blockers = {m.first for c in ("cue:negation", "cue:denial") for m in doc.matches_of(c)}
    passives = {m.first for m in doc.matches_of("cue:actor")}  # "an ambush claimed BY X"
    for cue in doc.matches_of("cue:claim"):
        if cue.first in passives or (
            cue.first > 0 and doc.tokens[cue.first - 1].norm in res.passive_markers
        ):
            continue  # "Responsibility was claimed by X": the claimant follows
        sent = doc.sentences[doc.sentence_of(cue.first)]
        first = _subject_start(doc, res, sent.first, cue.first)
        inside = None if first is None else _absorbable(doc, res, taken, first, cue.first)
        if first is None or inside is None:
            continue
        if blockers.intersection(range(sent.first, cue.first)):
            continue
        found.append(_group(doc, first, cue.first))
        absorbed |= inside
        taken.update(dict.fromkeys(range(first, cue.first), -1))
    for first, last in _attributed(doc, res):
        inside = _absorbable(doc, res, taken, first, last)
        if inside is not None:
            found.append(_group(doc, first, last))
            absorbed |= inside
    return _with(doc, found, absorbed)


def _group(doc: Doc, first: int, last: int) -> ParticipantMention:
    """The unlisted group named by tokens ``first``..``last`` (a parenthesis left open closed)."""
    at = doc.mention(first, last)
    if at.text.count("(") > at.text.count(")") and doc.text[at.end : at.end + 1] == ")":
        at = at._replace(end=at.end + 1, text=at.text + ")")
    return participant(at, at.text, "rebel_group", None, True, claimed=True)


def _absorbable(
    doc: Doc, res: Resources, taken: dict[int, int], first: int, last: int
) -> set[int] | None:
    """The participants inside tokens ``first``..``last`` that the unlisted name there takes in,
    or None when one of them is a side of its own. Only the name's last words may be one: a
    members' noun ("Armenian SEPARATISTS", read alone as a group or as unnamed militants) or a
    force noun of no stated country ("the Kivu Liberation ARMY", read alone as an army); a
    capitalised word other than a determiner stands before it."""
    inside = {taken[i] for i in range(first, last) if i in taken}
    if not inside:
        return inside
    if -1 in inside or len(inside) > 1:
        return None
    q = doc.participants[next(iter(inside))]
    if q.at.last != last or q.at.token <= first:
        return None
    word = doc.tokens[q.at.token].norm
    member = q.at.last - q.at.token == 1 and word in res.claimant_nouns
    if not (member or (not q.resolved and q.kind in FORCES)):
        return None
    return inside if _qualified(doc, res, first, q.at.token) else None


FORCES = ("state_forces", "police")


def _qualified(doc: Doc, res: Resources, first: int, last: int) -> bool:
    """Whether a capitalised word other than a determiner lies in tokens ``first``..``last``."""
    return any(
        doc.text[doc.tokens[k].start].isupper() and doc.tokens[k].norm not in res.determiners
        for k in range(first, last)
    )


def _with(doc: Doc, found: list[ParticipantMention], absorbed: set[int] | None = None) -> Doc:
    if not found:
        return doc
    kept = [p for k, p in enumerate(doc.participants) if not absorbed or k not in absorbed]
    return doc.evolve(participants=tuple(sorted((*kept, *found), key=lambda p: p.at.start)))


def _quoted(doc: Doc, res: Resources) -> list[ParticipantMention]:
    """ "تبنى تنظيم "X" الهجوم": a group noun right after a claim cue, then a quoted name."""
    out: list[ParticipantMention] = []
    taken = {p.at.token for p in doc.participants}
    for cue in doc.matches_of("cue:claim"):
        i = cue.last
        if i >= len(doc.tokens) or i in taken or doc.tokens[i].norm not in res.group_nouns:
            continue
        rest = doc.text[doc.tokens[i].end :]
        opening = rest.lstrip()[:1]
        if opening not in res.quotes:
            continue
        start = doc.tokens[i].end + len(rest) - len(rest.lstrip()) + 1
        end = doc.text.find(res.quotes[opening], start)
        if end < 0 or end - start > MAX_QUOTED:
            continue
        at = doc.mention_at(doc.tokens[i].start, end + 1)
        name = doc.text[start:end].strip()
        out.append(participant(at, name, "rebel_group", None, True, claimed=True))
        taken.add(i)
    return out


def _attributed(doc: Doc, res: Resources) -> list[tuple[int, int]]:
    """ "sources attributed the attack to Ansar al-Islam (Burkina Faso)": the tokens of the
    capitalised name after each attribution cue (a determiner before it left out)."""
    out: list[tuple[int, int]] = []
    for cue in doc.matches_of("cue:attribution"):
        sent = doc.sentences[doc.sentence_of(cue.first)]
        first = cue.last
        if first < sent.last - 1 and doc.tokens[first].norm in res.determiners:
            first += 1
        last = _name_end(doc, first, sent.last)
        if last is not None:
            out.append((first, _members(doc, res, last, sent.last)))
    return out


def _members(doc: Doc, res: Resources, last: int, sent_last: int) -> int:
    """The end of a name, with the members' noun right after it ("Armenian separatists")."""
    if last < sent_last and doc.tokens[last].norm in res.claimant_nouns:
        return last + 1
    return last


def _name_end(doc: Doc, first: int, sent_last: int) -> int | None:
    """Return the end of the capitalised name starting at ``first`` (small words allowed inside)."""
    end: int | None = None
    i = first
    while i < sent_last and i - first < MAX_WORDS:
        word = doc.text[doc.tokens[i].start : doc.tokens[i].end]
        if word[:1].isupper() or word[:1].isdigit():
            end = i + 1
        elif len(word) > 3 or i == first:
            break
        if i + 1 < sent_last and doc.text[doc.tokens[i].end : doc.tokens[i + 1].start].strip(
            " ()-'"
        ):
            break
        i += 1
    return end


def _subject_start(doc: Doc, res: Resources, sent_first: int, cue: int) -> int | None:
    """Return the first token of the capitalised name ending right before ``cue`` (or before
    a members' noun there: "Mapuche activists claimed"), a determiner before it left out."""
    end = cue
    if cue - 1 > sent_first and doc.tokens[cue - 1].norm in res.claimant_nouns:
        end = cue - 1
    i = end - 1
    start: int | None = None
    text, tokens = doc.text, doc.tokens
    while i >= sent_first and end - i <= MAX_WORDS:
        token = tokens[i]
        initial = text[token.start]  # a word's first letter, not the word: no copy of it
        if initial.isupper() or initial.isdigit():
            start = i
        elif (
            token.end - token.start > 3
            or text[token.end : tokens[i + 1].start].strip(" ()-'") != ""
        ):
            break
        i -= 1
    if start is None or start == end:
        return None
    if start < end - 1 and tokens[start].norm in res.determiners:
        start += 1
    return (
        start if any(doc.text[doc.tokens[k].start].isupper() for k in range(start, end)) else None
    )
