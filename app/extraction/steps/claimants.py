"""Groups the lexicon does not know, named as the subject of a claim of responsibility.

"The Resistance to the Rule of Law in Burundi (Red-Tabara) claimed responsibility" names
its actor even when no actor list has it: the capitalised words before the claim cue.
Languages whose claim cues follow the claimant (``claimant = "before"``) read the capitalised
words; languages without capitals read a quoted name after a group noun that follows the cue
("تبنى تنظيم "ولاية عدن أبين" التفجير").
"""

from __future__ import annotations

from dataclasses import replace

from app.extraction.doc import Doc, ParticipantMention
from app.extraction.resources import Resources

MAX_WORDS = 10
MAX_QUOTED = 60  # characters: a longer "quote" is a statement, not a name


def claimants(doc: Doc, res: Resources) -> Doc:
    """Add an unlisted group for each claim whose subject is a capitalised name."""
    if res.claimant_position != "before":
        return _with(doc, _quoted(doc, res))
    found: list[ParticipantMention] = []
    taken = {i for p in doc.participants for i in range(p.at.token, p.at.last)}  # their tokens
    blockers = {m.first for c in ("cue:negation", "cue:denial") for m in doc.matches_of(c)}
    for cue in doc.matches_of("cue:claim"):
        sent = doc.sentences[doc.sentence_of(cue.first)]
        first = _subject_start(doc, sent.first, cue.first)
        if first is None or not taken.isdisjoint(range(first, cue.first)):
            continue
        if blockers.intersection(range(sent.first, cue.first)):
            continue
        at = doc.mention(first, cue.first)
        if at.text.count("(") > at.text.count(")") and doc.text[at.end : at.end + 1] == ")":
            at = at._replace(end=at.end + 1, text=at.text + ")")
        found.append(ParticipantMention(at, at.text, "rebel_group", None, True, claimed=True))
        taken.update(range(first, cue.first))
    found += _attributed(doc, taken)
    return _with(doc, found)


def _with(doc: Doc, found: list[ParticipantMention]) -> Doc:
    if not found:
        return doc
    return replace(
        doc, participants=tuple(sorted((*doc.participants, *found), key=lambda p: p.at.start))
    )


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
        out.append(ParticipantMention(at, name, "rebel_group", None, True, claimed=True))
        taken.add(i)
    return out


def _attributed(doc: Doc, taken: set[int]) -> list[ParticipantMention]:
    """ "sources attributed the attack to Ansar al-Islam (Burkina Faso)": the name after the cue
    (``taken``: the tokens of participants found already)."""
    out: list[ParticipantMention] = []
    for cue in doc.matches_of("cue:attribution"):
        sent = doc.sentences[doc.sentence_of(cue.first)]
        last = _name_end(doc, cue.last, sent.last)
        if last is None or not taken.isdisjoint(range(cue.last, last)):
            continue
        at = doc.mention(cue.last, last)
        if at.text.count("(") > at.text.count(")") and doc.text[at.end : at.end + 1] == ")":
            at = at._replace(end=at.end + 1, text=at.text + ")")
        out.append(ParticipantMention(at, at.text, "rebel_group", None, True, claimed=True))
    return out


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


def _subject_start(doc: Doc, sent_first: int, cue: int) -> int | None:
    """Return the first token of the capitalised name ending right before ``cue``, if any."""
    i = cue - 1
    start: int | None = None
    text, tokens = doc.text, doc.tokens
    while i >= sent_first and cue - i <= MAX_WORDS:
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
    if start is None or start == cue:
        return None
    return (
        start if any(doc.text[doc.tokens[k].start].isupper() for k in range(start, cue)) else None
    )
