"""Word forms: Arabic proclitics (conjunction, preposition, article) and attached pronouns,
listed in the language's data, are stripped to produce each word's alternative forms."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

CACHE_SIZE = 200_000  # words (and word form tuples) remembered per language


@dataclass(frozen=True, slots=True)
class Clitics:
    """Proclitics a language attaches to words (empty for English)."""

    conjunctions: tuple[str, ...] = ()
    prepositions: tuple[str, ...] = ()
    article: str = ""
    suffixes: tuple[str, ...] = ()  # attached pronouns ("غاراتها" = "غارات" + "ها")
    min_stem: int = 2
    # forms per word: words repeat within and across articles; bounded, only derived values
    cache: dict[str, tuple[str, ...]] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )

    def forms(self, word: str) -> tuple[str, ...]:
        """Return ``word`` and its forms with proclitics stripped."""
        found = self.cache.get(word)
        if found is None:
            found = (
                self.strip(word)
                if self.conjunctions or self.prepositions or self.article
                else (word,)
            )
            if len(self.cache) >= CACHE_SIZE:
                self.cache.clear()
            self.cache[word] = found
        return found

    def forms_of(self, words: Sequence[str]) -> tuple[tuple[str, ...], ...]:
        """Return each word's forms (one C-level pass when every word was seen before)."""
        try:
            return tuple(map(self.cache.__getitem__, words))
        except KeyError:
            return tuple(map(self.forms, words))

    def strip(self, word: str) -> tuple[str, ...]:
        """Return ``word`` and its forms with proclitics stripped (uncached)."""
        out = [word]
        out += [word[len(c) :] for c in self.conjunctions if self._strips(word, c)]
        for form in list(out):
            for p in self.prepositions:
                if self._strips(form, p):
                    rest = form[len(p) :]
                    out.append(rest)
                    if self.article and p == self.article[1:] and rest.startswith(p):
                        # ل + ال is written لل: restore the article as well
                        out.append(self.article + rest[1:])
        if self.article:
            out += [f[len(self.article) :] for f in list(out) if self._strips(f, self.article)]
        out += [
            f[: -len(x)]
            for f in list(out)
            for x in self.suffixes
            if f.endswith(x) and len(f) - len(x) > self.min_stem
        ]
        return tuple(dict.fromkeys(out))

    def _strips(self, word: str, prefix: str) -> bool:
        return word.startswith(prefix) and len(word) - len(prefix) >= self.min_stem
