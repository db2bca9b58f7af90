"""Compile ``data/<lang>/casualties.toml`` into the patterns the casualty finder runs.

Cue words before and after a figure, subsets, coordination and clause boundaries are built
here; the phrase syntax ("~", "…") is read in ``casualty_phrases`` and the lexer of victim
nouns and "no casualties" phrases is built in ``casualty_victims``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, cast

from app.extraction.datafile import (
    DataError,
    Guarded,
    alternation,
    guarded,
    read_toml,
    str_list,
    table,
)
from app.extraction.normalised import Normaliser, load_normaliser
from app.extraction.openers import Openers, openers
from app.extraction.steps.casualty_phrases import (
    TOKEN,
    AfterCue,
    CasualtyData,
    Tails,
    after_cue,
    count_at,
    key_word,
    last_word,
    most_words,
    phrases_re,
    tails,
)
from app.extraction.steps.casualty_victims import dual_cues, lexer_leads, lexer_pattern, noun_after
from app.extraction.steps.number_lexicon import NUMBERS_FILE

CASUALTIES_FILE = "casualties.toml"
Kind = Literal["killed", "wounded"]
CUE_KINDS = ("combined", "killed", "wounded")
COORD_FILLERS = 3  # words that may stand between two coordinated figures besides "and"
NOT_BEFORE_GAP = "#-"  # what may stand, besides spaces, between a not_victims_before and a number
SUBSET_GAP = ",،("  # the same after a subset phrase ("including 3 children,")
SUBSET_WORDS = 3  # the last words that may hold a subset phrase's last one: itself and two more
AFTER_CLAUSE = 2  # filler words that may stand between a subset clause and the cue after it


@dataclass(frozen=True, slots=True)
class CasualtyLexicon:
    """Compiled casualty patterns of one language; build with ``load_casualty_lexicon``."""

    lang: str
    normalise: Normaliser
    after_re: AfterCue  # match at a number's end: fillers then a cue
    # search ending at a number's start: a cue then fillers; unguarded, as a cue word stands
    # in half the short windows it is tried in, where a guard's scan only adds to the search
    before_re: re.Pattern[str]
    far_before_re: Guarded  # the same for "death toll … rose to", further back
    # the last words of the cues of before_re, and how many words of a window's end may hold
    # one (the cue's and its fillers'): a window none of whose last words ends with one has no
    # match (see ``casualty_phrases.Tails``)
    before_tails: Tails
    before_words: int
    subject_verb_re: Guarded  # search ending at a subject: a cue verb written before it
    lexer_re: re.Pattern[str]  # groups: zero (both/killed/wounded), pas, art/dcue/dual/sing
    lexer_openers: Openers  # the tokens a lexer_re match may begin at
    unstated: frozenset[str]  # in a "no casualties" phrase's gap: no figure ("no word on")
    subject_re: re.Pattern[str]  # the word before a passive, searched backwards
    not_subjects: frozenset[str]
    # between a number and a victim noun: the number counts the noun ("12 of its soldiers")
    share_re: re.Pattern[str]
    # after a cue right after a bare plural: the cue is a passive ("Soldiers killed in ambush"),
    # not the plural's own verb ("Soldiers killed militants")
    plural_next_re: re.Pattern[str]
    # a place word in a gap, and one after a figure (maybe past a noun): "20 in Gouari and 11
    # in Diallassagou" are two tolls at two places
    place_word_re: re.Pattern[str]
    place_next_re: re.Pattern[str]
    dual_cues: Mapping[str, Kind]
    noun_after_re: re.Pattern[str]  # group "unit": no casualty count; "perp": attackers
    not_before_re: Guarded
    not_before_tails: Tails  # the last words of not_before_re's phrases
    subset_re: Guarded
    subset_tails: Tails  # the last words of subset_re's phrases
    subset_after_re: re.Pattern[str]
    subset_back_re: re.Pattern[str]  # "nine of the wounded": part of a toll stated before
    coord_re: re.Pattern[str]  # up to three filler words, one or two coordinators
    coord_words: int  # the most words coord_re can match (a longer gap is ruled out cheaply)
    coord_ends: tuple[str, ...]  # what a coord_re match ends with, trailing spaces aside
    boundary_marks: str  # characters that end a clause, unless a digit follows ("3.5")
    # cues only a state's force is said to do ("neutralised", "تحييد"): attackers they count
    # are a toll, as when a named force killed them
    by_force_re: re.Pattern[str]
    # the one-word cues written before a figure ("قتل", "استشهاد"): a nationality right after
    # one counts a victim ("قتل فلسطيني"), as a noun, not as an adjective of a noun before it
    cue_words: frozenset[str] = frozenset()
    # words that may stand between a cue phrase of any length and a bare victim noun ("kill
    # Catholic priest"), never one of ``not_before_noun`` ("killed in ..."); -1 (the key absent):
    # only a one-word cue right before the noun counts it
    nationals_skip: int = -1
    not_before_noun: frozenset[str] = frozenset()
    # the trigger types a force does (air strikes): attackers a toll after one in its sentence
    # counts were its victims ("غارة جوية أسفرت عن مقتل خمسة إرهابيين")
    strike_types: frozenset[str] = frozenset()


def _cue_group(
    cues: Mapping[str, Any],
    side: str,
    path: Path,
    norm: Normaliser,
    clitics: str,
    *,
    long: bool | None = None,
) -> str:
    """Cues of one side, one named group per kind; ``long``: only/no "…" phrases."""
    groups = []
    for kind in CUE_KINDS:
        words = str_list(table(cues, kind, path), side, path)
        if long is not None:
            words = [w for w in words if ("…" in w.split()) == long]
        groups.append(f"(?P<{kind}>{phrases_re(words, norm)})")
    return rf"(?<!\w)(?:{clitics})?(?:{'|'.join(groups)})(?!\w)"


def _cue_phrases(
    cues: Mapping[str, Any], side: str, d: CasualtyData, *, long: bool | None = None
) -> list[str]:
    """The cues of one side, normalised; ``long``: only/no "…" phrases."""
    return [
        d.norm.word(w)
        for kind in CUE_KINDS
        for w in str_list(table(cues, kind, d.path), side, d.path)
        if long is None or ("…" in w.split()) == long
    ]


def _cues(
    cues: Mapping[str, Any], side: str, d: CasualtyData, *, long: bool | None = None
) -> set[str]:
    """The key word of every cue of one side (see ``key_word``); ``long``: only/no "…"
    phrases."""
    return set(map(key_word, _cue_phrases(cues, side, d, long=long)))


def _before_words(d: CasualtyData) -> int:
    """How many words a cue before a figure may end from the figure: its own last one and
    those of the fillers between (``max_fillers_before`` of them)."""
    listed = d.ctx.get("fillers_before")
    filler = max(map(most_words, d.words_of("fillers_before"))) if listed else 1
    return 1 + count_at(d.ctx, "max_fillers_before", d.path) * filler


def _cue_patterns(
    d: CasualtyData, cues: Mapping[str, Any], clitics: str
) -> tuple[str, str, str, str]:
    """Cue after the number, and the same with no clause (see ``AfterCue``); cue before it,
    near; a long toll phrase before it, far."""
    token, coord = d.filler(), d.phrases("coordinators")
    n_before = count_at(d.ctx, "max_fillers_before", d.path)
    n_after = count_at(d.ctx, "max_fillers_after", d.path)
    # "seven people, including the mayor, were killed": skip the parenthesis
    subset_clause = (
        rf"\(?(?<!\w){d.phrases('subset')}[^.;:!?؟؛()\d]{{0,60}}?[,،)]?"
        # "eleven people, five of them children, were killed"
        rf"|[^\s,،]+\s+{d.phrases('subset_after')}[^.;:!?؟؛()]{{0,40}}?[,،)]"
    )
    # "two people and the assailant were killed": attackers named beside the victims
    perp = d.phrases("perpetrators", empty=True)
    perp_clause = rf"{coord}\s+(?:{TOKEN}\s+)?{perp}(?!\w)"
    cue = _cue_group(cues, "after", d.path, d.norm, "(?!)")  # "و" + cue starts a new clause
    after = (
        rf"(?P<fill>(?:[\s,،]+{token}){{0,{n_after}}}?(?:[\s,،]*(?:{subset_clause}|{perp_clause}))?"
        rf"(?:[\s,،]+{token}){{0,{AFTER_CLAUSE}}}?)[\s,،]*{cue}"
    )
    plain = rf"(?P<fill>(?:[\s,،]+{token}){{0,{n_after + AFTER_CLAUSE}}}?)[\s,،]*{cue}"
    listed = d.ctx.get("fillers_before")
    fill = rf"\s+{d.phrases('fillers_before', empty=True)}" if listed else rf"\s+{token}"
    fills = rf"(?P<fill>(?:{fill}){{0,{n_before}}})\s*$"
    near = _cue_group(cues, "before", d.path, d.norm, clitics, long=False) + fills
    far = _cue_group(cues, "before", d.path, d.norm, clitics, long=True) + fills
    return after, plain, near, far


def _clause_words(d: CasualtyData) -> set[str]:
    """A word of each phrase a subset or attackers clause after a figure is made of."""
    keys = ("subset", "subset_after", "perpetrators")
    return {key_word(d.norm.word(w)) for k in keys for w in str_list(d.ctx, k, d.path, empty=True)}


def _optional(node: Mapping[str, Any], key: str, path: Path) -> list[str]:
    """The strings at ``key``, none when the key is absent."""
    return str_list(node, key, path, empty=True) if key in node else []


def _subject_verb(d: CasualtyData, cues: Mapping[str, Any], clitics: str) -> Guarded:
    """A cue verb of ``subject_first`` right before its subject (searched ending there)."""
    words = {k: _optional(table(cues, k, d.path), "subject_first", d.path) for k in CUE_KINDS}
    groups = "|".join(f"(?P<{k}>{phrases_re(w, d.norm)})" for k, w in words.items())
    return guarded(
        rf"(?<!\w)(?:{clitics})?(?:{groups})\s+$",
        {key_word(d.norm.word(w)) for ws in words.values() for w in ws},
    )


def load_casualty_lexicon(lang_dir: Path) -> CasualtyLexicon:
    """Load and validate ``<lang_dir>/casualties.toml`` and compile its patterns."""
    path = lang_dir / CASUALTIES_FILE
    data = read_toml(path)
    norm = load_normaliser(read_toml(lang_dir / NUMBERS_FILE), lang_dir / NUMBERS_FILE)
    d = CasualtyData(path, norm, table(data, "context", path), table(data, "victims", path))
    clitic_list = [norm.word(c) for c in str_list(d.ctx, "clitics", path, empty=True)]
    clitics = alternation(clitic_list, spaces=False)
    duals = dual_cues(d)
    cues = table(data, "cues", path)
    after, plain, before, far = _cue_patterns(d, cues, clitics)
    coord = _coord_re(d)
    zero = table(data, "zero", path)
    _places = phrases_re(_optional(d.ctx, "place_words", path), norm)
    return CasualtyLexicon(
        lang=lang_dir.name,
        normalise=norm,
        after_re=after_cue(guarded(after, _cues(cues, "after", d)), plain, _clause_words(d)),
        before_re=re.compile(before),
        far_before_re=guarded(far, _cues(cues, "before", d, long=True)),
        before_tails=tails(_cue_phrases(cues, "before", d, long=False), clitic_list),
        before_words=_before_words(d),
        subject_verb_re=_subject_verb(d, cues, clitics),
        lexer_re=re.compile(lexer_pattern(d, zero, duals, clitics)),
        lexer_openers=openers(lexer_leads(d, zero, duals), [], norm, digits=False, bounded=True),
        unstated=frozenset(norm.word(w) for w in str_list(zero, "unstated", path, empty=True)),
        dual_cues=MappingProxyType({norm.word(k): cast(Kind, v) for k, v in duals.items()}),
        subject_re=re.compile(rf"(?<!\w){TOKEN},?\s+$"),
        not_subjects=frozenset(
            norm.word(w) for w in str_list(d.victims, "not_subjects", path, empty=True)
        ),
        share_re=re.compile(rf"\s+{phrases_re(_optional(d.victims, 'partitives', path), norm)}\s+"),
        plural_next_re=re.compile(
            rf"\s*(?:$|[^\w\s]|{phrases_re(_optional(d.victims, 'plural_next', path), norm)}(?!\w))"
        ),
        place_word_re=re.compile(rf"(?<!\w){_places}(?!\w)"),
        place_next_re=re.compile(rf"(?:\s+{TOKEN})?\s+{_places}\s"),
        noun_after_re=noun_after(d),
        not_before_re=guarded(
            rf"(?<!\w){d.phrases('not_victims_before')}[\s{NOT_BEFORE_GAP}]*$",
            d.words("not_victims_before"),
        ),
        not_before_tails=tails(d.words_of("not_victims_before"), gap=NOT_BEFORE_GAP),
        subset_re=guarded(
            rf"(?<!\w){d.phrases('subset')}(?:\s+{TOKEN}){{0,{SUBSET_WORDS - 1}}}[\s{SUBSET_GAP}]*$",
            d.words("subset"),
        ),
        subset_tails=tails(d.words_of("subset"), gap=SUBSET_GAP),
        subset_after_re=re.compile(rf"\s*{d.phrases('subset_after')}(?!\w)"),
        subset_back_re=re.compile(rf"\s*{d.phrases('subset_back')}(?!\w)"),
        coord_re=coord,
        coord_words=COORD_FILLERS + 2 * max(map(most_words, d.words_of("coordinators"))),
        coord_ends=tuple({last_word(w) for w in d.words_of("coordinators")}),
        boundary_marks=".!?؟;؛\n",
        by_force_re=_by_force(d, cues),
        cue_words=frozenset(
            norm.word(w)
            for kind in CUE_KINDS
            for w in str_list(table(cues, kind, d.path), "before", d.path)
            if len(w.split()) == 1
        ),
        nationals_skip=count_at(d.victims, "nationals_skip", path)
        if "nationals_skip" in d.victims
        else -1,
        not_before_noun=frozenset(d.words_of("not_before_noun")),
        strike_types=frozenset(_optional(d.ctx, "strike_types", path)),
    )


def _by_force(d: CasualtyData, cues: Mapping[str, Any]) -> re.Pattern[str]:
    """The ``by_force`` cues of ``[cues.killed]``, matched whole; each must be a cue before or
    after a figure too."""
    killed = table(cues, "killed", d.path)
    words = _optional(killed, "by_force", d.path)
    cue_words = {
        d.norm.word(w) for side in ("before", "after") for w in _optional(killed, side, d.path)
    }
    if missing := [w for w in words if d.norm.word(w) not in cue_words]:
        raise DataError(f"{d.path}: by_force cues that are no killed cue: {missing}")
    return re.compile(phrases_re(words, d.norm) if words else "(?!)")


def _coord_re(d: CasualtyData) -> re.Pattern[str]:
    """Up to three filler words, then one or two coordinators ("and", "، و")."""
    coord = d.phrases("coordinators")
    return re.compile(rf"(?:\s*{d.filler()}){{0,{COORD_FILLERS}}}\s*{coord}(?:\s*{coord})?\s*")
