"""Compile a language's number words (``data/<lang>/numbers.toml``) into a ``NumberLexicon``.

The finder that uses it is ``steps/numbers.py``; this module only reads and checks the data file
and builds the patterns, once per language at startup.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, get_args

from app.extraction.datafile import DataError, alternation, int_map, read_toml, str_list, table
from app.extraction.normalised import Normaliser, load_normaliser
from app.extraction.openers import Openers, openers
from app.extraction.steps.heads import Heads, heads
from app.extraction.types import Qualifier

NUMBERS_FILE = "numbers.toml"
_QUALIFIERS = frozenset(get_args(Qualifier))
AFTER_WORDS = 2  # words that may stand between a number and a qualifier after it
AFTER_GAP = ",،"  # what may stand, besides spaces, between those words


@dataclass(frozen=True, slots=True)
class NumberLexicon:
    """Compiled number words of one language; build with ``load_number_lexicon``."""

    lang: str
    normalise: Normaliser
    values: Mapping[str, int]
    scales: Mapping[str, int]
    vague_alone: Mapping[str, int]
    vague: Mapping[str, int]
    teen_only: frozenset[str]
    token_re: re.Pattern[str]
    token_openers: Openers  # the tokens a token_re match may begin at
    gap_re: re.Pattern[str]
    before_re: re.Pattern[str]
    before_tails: frozenset[str]  # last words of the qualifiers written before a number
    after_re: re.Pattern[str]
    after_heads: Heads  # the first words of the qualifiers after a number, up to two words on
    range_open_re: re.Pattern[str]
    range_join_re: re.Pattern[str]
    tens_first: bool = field(default=True)


def _qualifier_re(
    node: Mapping[str, Any], path: Path, name: str, norm: Normaliser, clitics: str, *, before: bool
) -> re.Pattern[str]:
    groups = []
    for qual in node:
        if qual not in _QUALIFIERS:
            raise DataError(f"{path}: [{name}] unknown qualifier '{qual}'")
        alts = alternation(norm.word(w) for w in str_list(node, qual, path))
        groups.append(f"(?P<{qual}>{alts})")
    body = "(?<!\\w)(?:" + "|".join(groups) + ")(?!\\w)"
    if before:  # "ونحو 50": a clitic may be glued to the qualifier
        return re.compile(f"(?<!\\w)(?:{clitics})?(?:" + "|".join(groups) + r")(?!\w)\s*$")
    # after the number or after up to two words of its noun: "11 مدنيا على الأقل"
    gap = f"[\\s{AFTER_GAP}]"
    return re.compile(rf"(?:{gap}+[^\s\d.;:؛{AFTER_GAP}]+){{0,{AFTER_WORDS}}}?{gap}*" + body)


def _word_map(
    data: Mapping[str, Any], name: str, path: Path, norm: Normaliser, *, empty: bool = False
) -> dict[str, int]:
    raw = int_map(table(data, name, path), path, name, empty=empty)
    out = {norm.word(k): v for k, v in raw.items()}
    if len(out) != len(raw):
        raise DataError(f"{path}: [{name}] has entries equal after normalisation")
    return out


def _alt(node: Mapping[str, Any], key: str, path: Path, norm: Normaliser) -> str:
    return alternation(norm.word(w) for w in str_list(node, key, path))


def load_number_lexicon(lang_dir: Path) -> NumberLexicon:
    """Load and validate ``<lang_dir>/numbers.toml`` and compile its patterns."""
    path = lang_dir / NUMBERS_FILE
    data = read_toml(path)
    norm = load_normaliser(data, path)
    words = table(data, "words", path)
    values, scales = (
        _word_map(data, "words.values", path, norm),
        _word_map(data, "words.scales", path, norm),
    )
    vague = _word_map(data, "vague", path, norm)
    clitic_list = str_list(words, "clitics", path, empty=True)
    clitics = alternation(clitic_list, spaces=False)
    joiners = _alt(words, "joiners", path, norm)
    ranges, quals = table(data, "ranges", path), table(data, "qualifiers", path)
    return NumberLexicon(
        lang=lang_dir.name,
        normalise=norm,
        values=MappingProxyType(values),
        scales=MappingProxyType(scales),
        vague_alone=MappingProxyType(_word_map(data, "words.vague_alone", path, norm, empty=True)),
        vague=MappingProxyType(vague),
        teen_only=frozenset(norm.word(w) for w in str_list(words, "teen_only", path, empty=True)),
        token_re=_token_re(words, path, clitics, (values, scales), vague),
        token_openers=openers(
            [
                *values,
                *scales,
                *vague,
                *(f"{a} {s}" for a in _articles(words, path) for s in scales),
            ],
            [clitic_list],
            norm,
            digits=True,
            inner_digits=True,  # "F16": the digits match alone
            bounded=True,  # "fourth", "tensions": no number word
        ),
        gap_re=re.compile(rf"\s*-\s*|\s+(?:(?P<j>{joiners})\s+)?|\s+(?P<k>{joiners})"),
        before_re=_qualifier_re(
            table(quals, "before", path), path, "qualifiers.before", norm, clitics, before=True
        ),
        before_tails=frozenset(
            norm.word(w).split()[-1] for ws in table(quals, "before", path).values() for w in ws
        ),
        after_re=_qualifier_re(
            table(quals, "after", path), path, "qualifiers.after", norm, clitics, before=False
        ),
        after_heads=heads(
            (norm.word(w) for ws in table(quals, "after", path).values() for w in ws),
            before=AFTER_WORDS,
            skip=AFTER_GAP,
        ),
        range_open_re=re.compile(rf"(?<!\w){_alt(ranges, 'openers', path, norm)}\s*$"),
        range_join_re=re.compile(rf"\s*(?:{_alt(ranges, 'joiners', path, norm)}|-)\s*"),
        tens_first=_flag(words, "tens_before_units", path),
    )


def _token_re(
    words: Mapping[str, Any],
    path: Path,
    clitics: str,
    value_words: tuple[Collection[str], Collection[str]],
    vague_words: Collection[str],
) -> re.Pattern[str]:
    """One pass over the text for digits, number words, articles and vague quantities; the
    guard in front (each alternative's own leading words, in one trie) rules most positions
    out at their first letter, and an article ("a") where no scale word ("hundred") follows.
    A clitic is tried last: "واحد" is the word "one", not "و" + "أحد" (a teen's first part)."""
    articles = alternation(_articles(words, path))
    vague, numerals = alternation(vague_words), alternation([*value_words[0], *value_words[1]])
    scales = alternation(value_words[1])
    wordy = alternation([*vague_words, *value_words[0], *value_words[1]])
    return re.compile(
        rf"(?=\d|(?<!\w)(?:(?:{clitics})?{wordy}|{articles}\s+{scales}))"
        r"(?:(?P<d>\d+(?:,\d{3})*(?:\.\d+)?)"
        rf"|(?<!\w)(?:(?:{clitics})??(?:(?P<v>{vague})|(?P<w>{numerals}))"
        rf"|(?P<a>{articles})(?=\s+{scales}))(?!\w))"
    )


def _articles(words: Mapping[str, Any], path: Path) -> list[str]:
    """Words counting one before a scale word ("a hundred"), if the language has any."""
    return str_list(words, "articles", path, empty=True) if "articles" in words else []


def _flag(data: Mapping[str, Any], key: str, path: Path) -> bool:
    value = data.get(key)
    if not isinstance(value, bool):
        raise DataError(f"{path}: '{key}' must be true or false")
    return value
