"""Compile a language's casualty cues (``data/<lang>/casualties.toml``) into the patterns
the casualty finder runs: cue words before and after a figure, victim nouns, "no casualties"
phrases, subsets, coordination and clause boundaries."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
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
from app.extraction.openers import Openers, openers
from app.extraction.steps.number_lexicon import NUMBERS_FILE
from app.extraction.text import Normaliser, load_normaliser

CASUALTIES_FILE = "casualties.toml"
Kind = Literal["killed", "wounded"]
CUE_KINDS = ("combined", "killed", "wounded")
NOUN_GROUPS = ("dcue", "dual", "sing", "alone", "alone_dual")
_TOKEN = r"[^\s\d.;:!?؟؛,،()\"«»]+"
_GAPS: Mapping[str, int] = MappingProxyType({"~": 3, "…": 20})  # phrase word -> words skipped
COORD_FILLERS = 3  # words that may stand between two coordinated figures besides "and"


@dataclass(frozen=True, slots=True)
class CasualtyLexicon:
    """Compiled casualty patterns of one language; build with ``load_casualty_lexicon``."""

    lang: str
    normalise: Normaliser
    after_re: Guarded  # match at a number's end: fillers then a cue
    before_re: Guarded  # search ending at a number's start: a cue then fillers
    far_before_re: Guarded  # the same for "death toll … rose to", further back
    lexer_re: re.Pattern[str]  # groups: zero (both/killed/wounded), pas, art/dcue/dual/sing
    lexer_openers: Openers  # the tokens a lexer_re match may begin at
    subject_re: re.Pattern[str]  # the word before a passive, searched backwards
    not_subjects: frozenset[str]
    dual_cues: Mapping[str, Kind]
    noun_after_re: re.Pattern[str]  # group "unit": no casualty count; "perp": attackers
    not_before_re: Guarded
    subset_re: Guarded
    subset_after_re: re.Pattern[str]
    subset_back_re: re.Pattern[str]  # "nine of the wounded": part of a toll stated before
    coord_re: re.Pattern[str]  # up to three filler words, one or two coordinators
    coord_words: int  # the most words coord_re can match (a longer gap is ruled out cheaply)
    coord_ends: tuple[str, ...]  # what a coord_re match ends with, trailing spaces aside
    boundary_marks: str  # characters that end a clause, unless a digit follows ("3.5")


def _phrase(phrase: str, norm: Normaliser) -> str:
    """Regex for one data phrase: spaces match whitespace, "~" up to 3 words, "…" up to 20."""
    parts: list[str] = []
    for word in norm.word(phrase).split():
        if word in _GAPS:
            parts.append(rf"(?:\s+[^\s.;:!?؟؛]+){{0,{_GAPS[word]}}}?")
        else:
            parts.append((r"\s+" if parts else "") + re.escape(word))
    return "".join(parts)


def _phrases(phrases: Iterable[str], norm: Normaliser) -> str:
    """Alternation of data phrases: plain ones as a trie, gapped ("~") ones after them."""
    plain: list[str] = []
    gapped: list[str] = []
    for phrase in set(phrases):
        (gapped if _GAPS.keys() & set(phrase.split()) else plain).append(phrase)
    by_first: dict[str, list[str]] = {}  # gapped phrases grouped by their first word
    for phrase in sorted(gapped, key=lambda p: (-len(p), p)):
        first, rest = phrase.split(maxsplit=1)
        by_first.setdefault(norm.word(first), []).append(_phrase(rest, norm))
    parts = [
        re.escape(first) + r"(?:\s+|(?=\s))(?:" + "|".join(rests) + ")"
        for first, rests in sorted(by_first.items())
    ]
    if plain:
        parts.insert(0, alternation(norm.word(p) for p in plain))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


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
        groups.append(f"(?P<{kind}>{_phrases(words, norm)})")
    return rf"(?<!\w)(?:{clitics})?(?:{'|'.join(groups)})(?!\w)"


def _cues(cues: Mapping[str, Any], side: str, d: _Data, *, long: bool | None = None) -> set[str]:
    """The key word of every cue of one side (see ``_key_word``); ``long``: only/no "…"
    phrases."""
    return {
        _key_word(d.norm.word(w))
        for kind in CUE_KINDS
        for w in str_list(table(cues, kind, d.path), side, d.path)
        if long is None or ("…" in w.split()) == long
    }


def _most_words(phrase: str) -> int:
    """The most whitespace-separated words a match of a data phrase can have."""
    return sum(_GAPS.get(w, 1) for w in phrase.split())


def _last_word(phrase: str) -> str:
    """The word every match of a data phrase ends with ("" after a gap: any)."""
    words = phrase.split()
    return "" if not words or words[-1] in _GAPS else words[-1]


def _key_word(phrase: str) -> str:
    """A word any match of a data phrase contains: its longest, gaps aside."""
    return max([w for w in phrase.split() if w not in _GAPS] or [""], key=len)


def _int(data: Mapping[str, Any], key: str, path: Path) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise DataError(f"{path}: '{key}' must be an int >= 0")
    return value


def _victim_re(
    victims: Mapping[str, Any],
    dual_cues: Mapping[str, str],
    path: Path,
    norm: Normaliser,
    clitics: str,
) -> str:
    articles = str_list(victims, "article", path, empty=True)
    adjectives = _int(victims, "max_adjectives", path)
    art = alternation(articles)
    adjective = rf"(?!{art}\s)[^\s.,;:]+\s+"  # "a mob beat a man": the article starts anew
    article = rf"(?P<art>{art})\s+(?:{adjective}){{0,{adjectives}}}?"
    lead = article if articles else f"(?:{article})?(?:{clitics})?"  # art never matches here
    definite = alternation(str_list(victims, "definite", path, empty=True), spaces=False)
    sing = f"(?:{definite})?" + _phrases(str_list(victims, "singular", path), norm)
    dual = _phrases(str_list(victims, "dual", path, empty=True), norm)
    alone = _phrases(str_list(victims, "alone", path, empty=True), norm)
    alone_dual = _phrases(str_list(victims, "alone_dual", path, empty=True), norm)
    return (
        rf"(?<!\w){lead}"
        rf"(?:(?P<dcue>{_phrases(dual_cues, norm)})|(?P<dual>{dual})|(?P<sing>{sing}))(?!\w)"
        rf"|(?<!\w)(?:{clitics})?(?:(?P<alone>{alone})|(?P<alone_dual>{alone_dual}))(?!\w)"
    )


@dataclass(frozen=True, slots=True)
class _Data:
    """One casualties.toml while it is compiled: its path, tables and normaliser."""

    path: Path
    norm: Normaliser
    ctx: Mapping[str, Any]
    victims: Mapping[str, Any]

    def phrases(
        self, key: str, node: Mapping[str, Any] | None = None, *, empty: bool = False
    ) -> str:
        node = self.ctx if node is None else node
        return _phrases(str_list(node, key, self.path, empty=empty), self.norm)

    def words_of(self, key: str) -> list[str]:
        """The phrases of one context list, normalised."""
        return [self.norm.word(w) for w in str_list(self.ctx, key, self.path)]

    def words(self, key: str) -> set[str]:
        """The key word of every phrase of one context list (see ``_key_word``)."""
        return set(map(_key_word, self.words_of(key)))

    def filler(self) -> str:
        """One word that may stand between a number and its cue."""
        stops = str_list(self.ctx, "filler_stop_prefixes", self.path, empty=True)
        guard = f"(?!{alternation(stops, spaces=False)})" if stops else ""
        return rf"(?!{self.phrases('filler_stop')}(?!\w)){guard}{_TOKEN}"


def _cue_patterns(d: _Data, cues: Mapping[str, Any], clitics: str) -> tuple[str, str, str]:
    """Cue after the number; cue before it, near; a long toll phrase before it, far."""
    token, coord = d.filler(), d.phrases("coordinators")
    n_before = _int(d.ctx, "max_fillers_before", d.path)
    n_after = _int(d.ctx, "max_fillers_after", d.path)
    # "seven people, including the mayor, were killed": skip the parenthesis
    subset_clause = (
        rf"\(?(?<!\w){d.phrases('subset')}[^.;:!?؟؛()\d]{{0,60}}?[,،)]?"
        # "eleven people, five of them children, were killed"
        rf"|[^\s,،]+\s+{d.phrases('subset_after')}[^.;:!?؟؛()]{{0,40}}?[,،)]"
    )
    # "two people and the assailant were killed": attackers named beside the victims
    perp = d.phrases("perpetrators", empty=True)
    perp_clause = rf"{coord}\s+(?:{_TOKEN}\s+)?{perp}(?!\w)"
    after = (
        rf"(?P<fill>(?:[\s,،]+{token}){{0,{n_after}}}?(?:[\s,،]*(?:{subset_clause}|{perp_clause}))?"
        rf"(?:[\s,،]+{token}){{0,2}}?)[\s,،]*"
        + _cue_group(cues, "after", d.path, d.norm, "(?!)")  # "و" + cue starts a new clause
    )
    listed = d.ctx.get("fillers_before")
    fill = rf"\s+{d.phrases('fillers_before', empty=True)}" if listed else rf"\s+{token}"
    fills = rf"(?P<fill>(?:{fill}){{0,{n_before}}})\s*$"
    near = _cue_group(cues, "before", d.path, d.norm, clitics, long=False) + fills
    far = _cue_group(cues, "before", d.path, d.norm, clitics, long=True) + fills
    return after, near, far


def _lexer(d: _Data, data: Mapping[str, Any], duals: Mapping[str, str], clitics: str) -> str:
    """One pattern for "no casualties" phrases, passives and victim nouns."""
    zero = table(data, "zero", d.path)
    zero_groups = "|".join(
        f"(?P<{k}>{d.phrases(k, zero, empty=k != 'both')})" for k in ("both", "killed", "wounded")
    )
    passive = d.phrases("passive", d.victims, empty=True)
    return (
        rf"(?<!\w)(?={_lexer_heads(d, zero, duals, clitics)})"
        rf"(?:(?<!\w)(?:(?P<zero>{zero_groups})|(?P<pas>{passive}))(?!\w)"
        rf"|{_victim_re(d.victims, duals, d.path, d.norm, clitics)})"
    )


def _lexer_heads(d: _Data, zero: Mapping[str, Any], duals: Mapping[str, str], clitics: str) -> str:
    """What every match of the lexer starts with: a clitic and the definite article at most,
    then a phrase up to its first gap (an article, where victim nouns need one). Tried first,
    it rules out most positions at their first letter."""
    definite = alternation(_definite(d), spaces=False)
    return rf"(?:{clitics})?(?:{definite})?{alternation(_lexer_leads(d, zero, duals))}"


def _lexer_leads(d: _Data, zero: Mapping[str, Any], duals: Mapping[str, str]) -> list[str]:
    """The phrases of ``_lexer_heads``, after the clitic and the definite article."""
    keys = [(zero, k) for k in ("both", "killed", "wounded")]
    keys += [(d.victims, k) for k in ("passive", "alone", "alone_dual")]
    articles = str_list(d.victims, "article", d.path, empty=True)
    if not articles:
        keys += [(d.victims, "singular"), (d.victims, "dual")]
    words = [d.norm.word(w) for node, key in keys for w in str_list(node, key, d.path, empty=True)]
    if not articles:
        return [_lead(w) for w in [*words, *(d.norm.word(w) for w in duals)]]
    # an article opens a victim noun only with the space after it: "a man", not "attack"
    return [*map(_lead, words), *(f"{a} " for a in articles)]


def _definite(d: _Data) -> list[str]:
    return str_list(d.victims, "definite", d.path, empty=True)


def _lead(phrase: str) -> str:
    """The words of a data phrase before its first gap ("no" of "no ~ casualties")."""
    words = phrase.split()
    gaps = [i for i, w in enumerate(words) if w in _GAPS]
    return " ".join(words[: gaps[0]] if gaps else words)


def load_casualty_lexicon(lang_dir: Path) -> CasualtyLexicon:
    """Load and validate ``<lang_dir>/casualties.toml`` and compile its patterns."""
    path = lang_dir / CASUALTIES_FILE
    data = read_toml(path)
    norm = load_normaliser(read_toml(lang_dir / NUMBERS_FILE), lang_dir / NUMBERS_FILE)
    d = _Data(path, norm, table(data, "context", path), table(data, "victims", path))
    clitic_list = [norm.word(c) for c in str_list(d.ctx, "clitics", path, empty=True)]
    clitics = alternation(clitic_list, spaces=False)
    duals = table(d.victims, "dual_cues", path)
    if any(v not in ("killed", "wounded") for v in duals.values()):
        raise DataError(f"{path}: [victims.dual_cues] values must be 'killed' or 'wounded'")
    after, before, far = _cue_patterns(d, table(data, "cues", path), clitics)
    coord = d.phrases("coordinators")
    units, perp = d.phrases("not_victims_after"), d.phrases("perpetrators", empty=True)
    # "two of the attackers", "اثنان من المهاجمين": a share of the attackers is attackers
    partitives = d.phrases("partitives", empty=True)
    definite = alternation(str_list(d.victims, "definite", path, empty=True), spaces=False)
    return CasualtyLexicon(
        lang=lang_dir.name,
        normalise=norm,
        after_re=guarded(after, _cues(table(data, "cues", path), "after", d)),
        before_re=guarded(before, _cues(table(data, "cues", path), "before", d)),
        far_before_re=guarded(far, _cues(table(data, "cues", path), "before", d, long=True)),
        lexer_re=re.compile(_lexer(d, data, duals, clitics)),
        lexer_openers=openers(
            _lexer_leads(d, table(data, "zero", path), duals),
            [clitic_list, _definite(d)],
            norm,
            digits=False,
        ),
        dual_cues=MappingProxyType({norm.word(k): cast(Kind, v) for k, v in duals.items()}),
        subject_re=re.compile(rf"(?<!\w){_TOKEN},?\s+$"),
        not_subjects=frozenset(
            norm.word(w) for w in str_list(d.victims, "not_subjects", path, empty=True)
        ),
        noun_after_re=re.compile(
            rf"[\s-]*(?:{partitives}\s+)?(?:{_TOKEN}\s+)?"
            rf"(?:(?P<unit>{units})|(?P<perp>(?:{definite})?{perp}))(?!\w)"
        ),
        not_before_re=guarded(
            rf"(?<!\w){d.phrases('not_victims_before')}[\s#-]*$", d.words("not_victims_before")
        ),
        subset_re=guarded(
            rf"(?<!\w){d.phrases('subset')}(?:\s+{_TOKEN}){{0,2}}[\s,،(]*$", d.words("subset")
        ),
        subset_after_re=re.compile(rf"\s*{d.phrases('subset_after')}(?!\w)"),
        subset_back_re=re.compile(rf"\s*{d.phrases('subset_back')}(?!\w)"),
        coord_re=re.compile(
            rf"(?:\s*{d.filler()}){{0,{COORD_FILLERS}}}\s*{coord}(?:\s*{coord})?\s*"
        ),
        coord_words=COORD_FILLERS + 2 * max(map(_most_words, d.words_of("coordinators"))),
        coord_ends=tuple({_last_word(w) for w in d.words_of("coordinators")}),
        boundary_marks=".!?؟;؛\n",
    )
