"""A cheap test that a pattern matched at a position may find one of its phrases a few words on.

The qualifier written after a figure ("11 civilians at least", "11 مدنيا على الأقل") is looked
for at every figure's end and almost never stands there. Its pattern allows two words before
the qualifier, so the regex engine tries the qualifier after each of them and backtracks through
each word's letters: some ten thousand instructions a figure. ``Heads`` rules most figures out
by looking up the first few words after them in the set of the phrases' first words, built from
the data.
"""

from __future__ import annotations

import re
import string
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from app.extraction.datafile import alternation

WORD_CHARS = 10  # characters sliced per word looked at: longer words mean "cannot tell"
# stripped off a word before it is looked up: no letter or digit among them
PUNCTUATION = string.punctuation + "،؛؟«»“”‘’"


@dataclass(frozen=True, slots=True)
class Heads:
    """The first words of some phrases, and how many whitespace-separated chunks of text from
    a position may come before the chunk one of them begins in (build with ``heads``).

    A phrase begins at a chunk's start or after a character that is no letter or digit (the
    patterns want none before it), and its first word ends the chunk or is followed by such a
    character. So a chunk of letters and digits alone, perhaps between punctuation, holds a
    phrase's start only if those letters are a first word: one set lookup.
    """

    words: frozenset[str]  # the first words
    odd: tuple[str, ...]  # first words holding other characters, looked for inside a chunk
    inner: re.Pattern[str]  # any first word, inside a chunk of other characters
    count: int  # the chunks from the position one of which holds the phrase's start
    skip: str  # characters that may stand alone as a chunk between the words (not counted)
    always: bool  # a phrase begins with a gap: any position may begin a match

    def begin(self, text: str, pos: int) -> bool:
        """Whether one of the first ``count`` chunks of ``text[pos:]`` may begin a phrase;
        False means the pattern has no match at ``pos``."""
        if self.always:
            return True
        reach = WORD_CHARS * (self.count + 1)
        chunks = text[pos : pos + reach].split()  # no maxsplit: the compiled call is direct
        n = len(chunks)
        if n > self.count:
            n = self.count
        elif pos + reach < len(text):
            return True  # the slice may have cut the last chunk: cannot tell
        for i in range(n):
            chunk = chunks[i]
            if chunk in self.words or (not chunk.isalnum() and self._inside(chunk)):
                return True
        return False

    def _inside(self, chunk: str) -> bool:
        """Whether a chunk holding other characters than letters and digits may begin a
        phrase (or is made of skipped characters, which take a place: cannot tell)."""
        for word in self.odd:
            if word in chunk:
                return True
        core = chunk.strip(PUNCTUATION)
        if core.isalnum():  # "people," "(killed": its letters are the only word it holds
            return core in self.words
        return not chunk.strip(self.skip) or self.inner.search(chunk) is not None


def heads(
    phrases: Iterable[str], *, before: int, skip: str = "", gaps: Collection[str] = ()
) -> Heads:
    """The ``Heads`` of ``phrases`` (normalised; a word of ``gaps`` stands for other words);
    ``before``: the most chunks a match may hold before the chunk its phrase begins in;
    ``skip``: characters the pattern allows between its words besides spaces."""
    firsts = {p.split()[0] for p in phrases if p.split()}
    odd = tuple(sorted(w for w in firsts if not w.isalnum()))
    inner = re.compile(alternation(firsts, spaces=False))
    return Heads(frozenset(firsts), odd, inner, before + 1, skip, bool(firsts & set(gaps)))
