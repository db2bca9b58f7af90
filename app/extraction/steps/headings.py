"""A heading before a colon: the incident's name, then the sentence that tells it.

"2015 Otniel shooting: A gunman killed a man", "هجوم عتنيئيل: قتل مسلح رجلا" (the list style of
encyclopaedias and of news tickers): the trigger of the heading names the incident, and a side
written after the colon stands before or after the words that tell what it did, not before
or after that name.
"""

from __future__ import annotations

import re

from app.extraction.doc import Doc, ParticipantMention
from app.extraction.steps.incident import Incident

HEADING_WORDS = 8  # at most this many words from the sentence's start to a heading's colon
COLON = re.compile(r":\s")  # not the colon of a time ("10:30")


def anchor(doc: Doc, inc: Incident, p: ParticipantMention) -> int:
    """The token a subject of the incident stands before: its first trigger, or, for ``p``
    after a heading's colon with the trigger in the heading, the incident's first trigger
    or toll after that colon."""
    first = inc.token
    if p.at.token <= first:
        return first  # the common case: nothing to look for
    colon = _heading_colon(doc, p)
    if colon < 0 or doc.tokens[first].start > colon:
        return first
    after = [t.at.token for t in inc.triggers if t.at.start > colon]
    after += [c.at.token for c in inc.casualties if c.at.start > colon]
    return min(after, default=first)


def _heading_colon(doc: Doc, p: ParticipantMention) -> int:
    """The offset of the colon that ends a heading before ``p`` in its sentence (-1: none)."""
    sentence = doc.sentences[doc.sentence_of(p.at.token)]
    end = doc.tokens[min(sentence.first + HEADING_WORDS, p.at.token)].start
    found = COLON.search(doc.text, doc.tokens[sentence.first].start, min(end, p.at.start) + 1)
    return found.start() if found else -1
