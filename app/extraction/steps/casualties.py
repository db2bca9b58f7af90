"""Find killed / wounded counts: numbers attached to death and injury words, in either order.

A number is a casualty count when a cue from ``data/<lang>/casualties.toml`` follows it
("12 people were killed", "29 قتيلا") or precedes it ("killed 12", "مقتل 5 أشخاص").
Figures sharing one cue and joined by "and" are added; figures after "including" /
"من بينهم" are subsets and dropped; figures of attackers ("two assailants") are never
counted. Explicit "no casualties" phrases give zero counts (qualifier "zero"), one
mention per kind they cover. Vague quantities ("dozens", "عشرات") keep qualifier
"approximate" with best = low = the lower bound listed in numbers.toml. A total for both
kinds ("16 قتيلا وجريحا", "8 killed or wounded") has kind "killed" and ``combined`` set.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, cast

from app.extraction.steps.numbers import (
    NUMBERS_FILE,
    LexiconError,
    Normalised,
    Normaliser,
    NumberItem,
    NumberLexicon,
    alternation,
    load_normaliser,
    qualifier_after,
    read_toml,
    scan_numbers,
    str_list,
    table,
)
from app.extraction.types import Count, Qualifier, Span

CASUALTIES_FILE = "casualties.toml"
Kind = Literal["killed", "wounded"]
_CUE_KINDS = ("combined", "killed", "wounded")
_NOUN_GROUPS = ("dcue", "dual", "sing", "alone", "alone_dual")
_TOKEN = r"[^\s\d.;:!?؟؛,،()\"«»]+"
_GAPS: Mapping[str, int] = MappingProxyType({"~": 3, "…": 20})  # phrase word -> words skipped


@dataclass(frozen=True, slots=True)
class CasualtyMention:
    """A killed or wounded figure, the words it counts and the cue it attaches to."""

    kind: Kind
    count: Count  # span = the number words (or the dual noun / singular victim phrase)
    cue: Span  # the death / injury words
    start: int  # the whole phrase
    end: int
    combined: bool = False  # one total for killed and wounded together (kind is "killed")


@dataclass(frozen=True, slots=True)
class CasualtyLexicon:
    """Compiled casualty patterns of one language; build with ``load_casualty_lexicon``."""

    lang: str
    normalise: Normaliser
    after_re: re.Pattern[str]  # match at a number's end: fillers then a cue
    before_re: re.Pattern[str]  # search ending at a number's start: a cue then fillers
    far_before_re: re.Pattern[str]  # the same for "death toll … rose to", further back
    lexer_re: re.Pattern[str]  # groups: zero (both/killed/wounded), pas, art/dcue/dual/sing
    subject_re: re.Pattern[str]  # the word before a passive, searched backwards
    not_subjects: frozenset[str]
    dual_cues: Mapping[str, Kind]
    noun_after_re: re.Pattern[str]  # group "unit": no casualty count; "perp": attackers
    not_before_re: re.Pattern[str]
    subset_re: re.Pattern[str]
    subset_after_re: re.Pattern[str]
    coord_re: re.Pattern[str]
    boundary_re: re.Pattern[str]


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
    for kind in _CUE_KINDS:
        words = str_list(table(cues, kind, path), side, path)
        if long is not None:
            words = [w for w in words if ("…" in w.split()) == long]
        groups.append(f"(?P<{kind}>{_phrases(words, norm)})")
    return rf"(?<!\w)(?:{clitics})?(?:{'|'.join(groups)})(?!\w)"


def _int(data: Mapping[str, Any], key: str, path: Path) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise LexiconError(f"{path}: '{key}' must be an int >= 0")
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
        rf"(?<!\w)(?:(?P<zero>{zero_groups})|(?P<pas>{passive}))(?!\w)"
        rf"|{_victim_re(d.victims, duals, d.path, d.norm, clitics)}"
    )


def load_casualty_lexicon(lang_dir: Path) -> CasualtyLexicon:
    """Load and validate ``<lang_dir>/casualties.toml`` and compile its patterns."""
    path = lang_dir / CASUALTIES_FILE
    data = read_toml(path)
    norm = load_normaliser(read_toml(lang_dir / NUMBERS_FILE), lang_dir / NUMBERS_FILE)
    d = _Data(path, norm, table(data, "context", path), table(data, "victims", path))
    clitics = alternation(
        (norm.word(c) for c in str_list(d.ctx, "clitics", path, empty=True)), spaces=False
    )
    duals = table(d.victims, "dual_cues", path)
    if any(v not in ("killed", "wounded") for v in duals.values()):
        raise LexiconError(f"{path}: [victims.dual_cues] values must be 'killed' or 'wounded'")
    after, before, far = _cue_patterns(d, table(data, "cues", path), clitics)
    coord = d.phrases("coordinators")
    units, perp = d.phrases("not_victims_after"), d.phrases("perpetrators", empty=True)
    return CasualtyLexicon(
        lang=lang_dir.name,
        normalise=norm,
        after_re=re.compile(after),
        before_re=re.compile(before),
        far_before_re=re.compile(far),
        lexer_re=re.compile(_lexer(d, data, duals, clitics)),
        dual_cues=MappingProxyType({norm.word(k): cast(Kind, v) for k, v in duals.items()}),
        subject_re=re.compile(rf"(?<!\w){_TOKEN},?\s+$"),
        not_subjects=frozenset(
            norm.word(w) for w in str_list(d.victims, "not_subjects", path, empty=True)
        ),
        noun_after_re=re.compile(
            rf"[\s-]*(?:{_TOKEN}\s+)?(?:(?P<unit>{units})|(?P<perp>{perp}))(?!\w)"
        ),
        not_before_re=re.compile(rf"(?<!\w){d.phrases('not_victims_before')}[\s#-]*$"),
        subset_re=re.compile(rf"(?<!\w){d.phrases('subset')}(?:\s+{_TOKEN}){{0,2}}[\s,،(]*$"),
        subset_after_re=re.compile(rf"\s*{d.phrases('subset_after')}(?!\w)"),
        coord_re=re.compile(rf"(?:\s*{d.filler()}){{0,3}}\s*{coord}(?:\s*{coord})?\s*"),
        boundary_re=re.compile(r"[.!?؟;؛\n](?!\d)"),
    )


# ---------------------------------------------------------------- finding


@dataclass(frozen=True, slots=True)
class _Cand:
    """A figure in normalised offsets: a number, or a victim noun counting one or two."""

    item: NumberItem
    noun: bool = False  # a victim noun, not number words
    perp: bool = False  # attackers ("two assailants"): linked like victims, never counted


@dataclass(frozen=True, slots=True)
class _Att:
    kind: str  # "killed" | "wounded" | "combined"
    cue_start: int
    cue_end: int
    before: bool  # the cue precedes the number


def _kind_of_number(it: NumberItem, text: str, lex: CasualtyLexicon) -> str | None:
    """None for years, times, dates, ages, units and money; "perp" for attackers; else ""."""
    words = text[it.start : it.end]
    if it.qualifier == "exact" and words.isdigit() and len(words) == 4 and 1900 <= it.value <= 2100:
        return None
    before = text[max(0, it.start - 2) : it.start]
    after = text[it.end : it.end + 2]
    if (len(before) == 2 and before[1] in ":/-." and before[0].isdigit()) or (
        len(after) == 2 and after[0] in ":/-." and after[1].isdigit()
    ):
        return None
    if lex.not_before_re.search(text, max(0, it.phrase_start - 30), it.phrase_start):
        return None
    noun = lex.noun_after_re.match(text, it.end)
    if noun is None:
        return ""
    return "perp" if noun.group("perp") else None


def _lex(text: str, lex: CasualtyLexicon) -> tuple[list[re.Match[str]], list[tuple[int, int, int]]]:
    """One pass: "no casualties" phrases, and victim nouns as (start, end, value)."""
    zeros: list[re.Match[str]] = []
    nouns: list[tuple[int, int, int]] = []
    for m in lex.lexer_re.finditer(text):
        if m.group("zero"):
            zeros.append(m)
        elif m.group("pas"):  # "Parvani was killed": the subject counts one
            subj = lex.subject_re.search(text, max(0, m.start() - 40), m.start())
            word = text[subj.start() : subj.end()].rstrip(", \t\n") if subj else ""
            fresh = not nouns or nouns[-1][1] <= subj.start() if subj else False  # "a man was"
            if subj and fresh and word not in lex.not_subjects:
                nouns.append((subj.start(), subj.start() + len(word), 1))
        else:  # the noun without a clitic ("وجريحين"), with its article ("a man")
            group = next(g for g in _NOUN_GROUPS if m.group(g))
            start = m.start("art") if m.group("art") else m.start(group)
            nouns.append((start, m.end(), 1 if group in ("sing", "alone") else 2))
    return zeros, nouns


def _victims(
    text: str, nouns: list[tuple[int, int, int]], numbers: list[NumberItem]
) -> list[_Cand]:
    """Victim nouns that count by themselves: "a man", "مقتل جندي", "شخصين", "Parvani was"."""
    ends = sorted(n.end for n in numbers)
    starts = sorted(n.start for n in numbers)
    out = []
    for start, end, value in nouns:
        # "29 شخصا", "شخص واحد", "one man": the number words carry the count
        i, j = bisect_left(ends, start - 2), bisect_left(starts, start - 1)
        near = (i < len(ends) and ends[i] <= end and not text[ends[i] : start].strip()) or (
            j < len(starts) and starts[j] <= end + 2 and not text[end : starts[j]].strip()
        )
        if not near:
            item = NumberItem(start, end, value, None, None, "exact", start)
            out.append(_Cand(item, noun=True))
    return out


def _clause(bounds: list[int], pos: int, size: int) -> tuple[int, int]:
    i = bisect_left(bounds, pos)
    start = bounds[i - 1] + 1 if i > 0 else 0
    end = bounds[i] if i < len(bounds) else size
    return start, end


def _att(m: re.Match[str], before: bool) -> _Att:
    kind = next(k for k in _CUE_KINDS if m.group(k) is not None)
    return _Att(kind, *m.span(kind), before)


def _attach(cands: list[_Cand], text: str, lex: CasualtyLexicon) -> list[_Att | None]:
    bounds = [m.start() for m in lex.boundary_re.finditer(text)]
    atts: list[_Att | None] = []
    for i, c in enumerate(cands):
        it = c.item
        word = text[it.start : it.end]
        if c.noun and word in lex.dual_cues:
            atts.append(_Att(lex.dual_cues[word], it.start, it.end, False))
            continue
        cs, ce = _clause(bounds, it.phrase_start, len(text))
        ws = max(cs, it.phrase_start - 150, cands[i - 1].item.end if i else 0)
        near = max(ws, it.phrase_start - 70)
        we = min(ce, it.end + 120, cands[i + 1].item.phrase_start if i + 1 < len(cands) else ce)
        a = lex.after_re.match(text, it.end, max(we, it.end))
        if a and i + 1 < len(cands) and not text[a.end() : cands[i + 1].item.phrase_start].strip():
            a = None  # "a man killed two": the cue is the verb of the next figure
        b = lex.before_re.search(text, near, it.phrase_start) if near < it.phrase_start else None
        if b is None and ws < near:
            b = lex.far_before_re.search(text, ws, it.phrase_start)
        if a and not a.group("fill").strip(" ,،\t\n"):
            atts.append(_att(a, False))
        elif b or a:
            atts.append(_att(b, True) if b else _att(cast(re.Match[str], a), False))
        else:
            atts.append(None)
    return atts


def _link(cands: list[_Cand], atts: list[_Att | None], text: str, lex: CasualtyLexicon) -> None:
    """Coordinated figures share a neighbour's cue; subsets ("including 3 children") go."""
    for i in range(1, len(cands)):
        prev = atts[i - 1]
        if (
            atts[i] is None
            and prev
            and prev.before
            and _coordinated(cands[i - 1], cands[i], text, lex)
        ):
            # "wounding four others, two sources said": a bare comma only inside a list
            # that goes on ("killed 3 soldiers, 2 policemen and 5 civilians")
            comma = text[cands[i - 1].item.end : cands[i].item.phrase_start].rstrip()[-1:] in ",،"
            later = cands[i + 1] if i + 1 < len(cands) else None
            if not comma or (later and _coordinated(cands[i], later, text, lex)):
                atts[i] = prev
    for i in range(len(cands) - 2, -1, -1):
        nxt = atts[i + 1]
        if (
            atts[i] is None
            and nxt
            and not nxt.before
            and _coordinated(cands[i], cands[i + 1], text, lex)
        ):
            atts[i] = nxt
    _drop_subsets(cands, atts, text, lex)


def _drop_subsets(
    cands: list[_Cand], atts: list[_Att | None], text: str, lex: CasualtyLexicon
) -> None:
    """Drop figures after "including"/"بينهم", handing their cue to the figure before."""
    # after sharing, so that "20 others, including nine officers and 11 attackers, were
    # hurt" hands the cue of "11 attackers" to "nine" and from there to "20 others"
    subset: _Att | None = None  # the cue of the subset being dropped
    for i, c in enumerate(cands):
        start = cands[i - 1].item.end if i else max(0, c.item.phrase_start - 60)
        if subset and atts[i] == subset and _coordinated(cands[i - 1], c, text, lex):
            atts[i] = None  # "including 5 children and 2 women": all of it is the subset
        elif atts[i] and lex.subset_re.search(text, start, c.item.phrase_start):
            near = i and c.item.phrase_start - start < 80
            if (
                near
                and atts[i - 1] is None
                and not lex.boundary_re.search(text, start, c.item.phrase_start)
            ):
                atts[i - 1] = atts[i]
            subset, atts[i] = atts[i], None
        else:
            subset = None


def _coordinated(a: _Cand, b: _Cand, text: str, lex: CasualtyLexicon) -> bool:
    """Whether ``b`` adds to ``a`` ("seven soldiers and five policemen"); vague figures never do."""
    if "approximate" in (a.item.qualifier, b.item.qualifier):
        return False
    return bool(lex.coord_re.fullmatch(text, a.item.end, b.item.phrase_start))


def _postfix(c: _Cand, norm: Normalised, numbers: NumberLexicon) -> NumberItem:
    """Apply a qualifier written after the number or its noun ("11 مدنيا على الأقل")."""
    it = c.item
    if it.qualifier != "exact" or c.noun:
        return it
    found = qualifier_after(norm, it.end, numbers)
    if found is None:
        return it
    low = it.value if found[0] in ("at_least", "more_than") else None
    return NumberItem(it.start, it.end, it.value, low, None, found[0], it.phrase_start)


def _mention(members: list[_Cand], att: _Att, norm: Normalised) -> CasualtyMention | None:
    items = [m.item for m in members if not m.perp]
    if not items:
        return None
    quals = [it.qualifier for it in items if it.qualifier != "exact"]
    qualifier: Qualifier = quals[0] if quals else "exact"
    best = sum(it.value for it in items)
    low = (
        sum(it.value if it.low is None else it.low for it in items)
        if any(it.low is not None for it in items)
        else None
    )
    high = (
        sum(it.value if it.high is None else it.high for it in items)
        if any(it.high is not None for it in items)
        else None
    )
    s, e, words = norm.span_text(items[0].start, items[-1].end)
    cs, ce, cue_words = norm.span_text(att.cue_start, att.cue_end)
    start = norm.orig(min(items[0].phrase_start, att.cue_start))
    end = norm.orig_end(max(items[-1].end, att.cue_end))
    kind: Kind = "wounded" if att.kind == "wounded" else "killed"
    return CasualtyMention(
        kind,
        Count(best, low, high, qualifier, Span(s, e, words)),
        Span(cs, ce, cue_words),
        start,
        end,
        att.kind == "combined",
    )


def _zeros(norm: Normalised, zeros: list[re.Match[str]]) -> list[CasualtyMention]:
    out: list[CasualtyMention] = []
    for m in zeros:
        group = next(g for g in ("both", "killed", "wounded") if m.group(g))
        kinds: tuple[Kind, ...] = ("killed", "wounded") if group == "both" else (cast(Kind, group),)
        s, e, words = norm.span_text(m.start(), m.end())
        span = Span(s, e, words)
        out.extend(CasualtyMention(k, Count(0, 0, 0, "zero", span), span, s, e) for k in kinds)
    return out


def _candidates(
    norm: Normalised,
    lex: CasualtyLexicon,
    numbers: NumberLexicon,
    zeros: list[re.Match[str]],
    nouns: list[tuple[int, int, int]],
) -> list[_Cand]:
    """Numbers that may be casualty figures, plus victim nouns that count by themselves."""
    text = norm.text
    cands: list[_Cand] = []
    for it in scan_numbers(norm, numbers):
        kind = _kind_of_number(it, text, lex)
        if kind is not None and not any(z.start() < it.end and it.start < z.end() for z in zeros):
            cands.append(_Cand(it, perp=kind == "perp"))
    found = [c.item for c in cands]
    cands = sorted([*cands, *_victims(text, nouns, found)], key=lambda c: c.item.start)
    return [
        replace(c, item=_postfix(c, norm, numbers))
        for i, c in enumerate(cands)
        if not (lex.subset_after_re.match(text, c.item.end) and _partitive(cands, i, text))
    ]


def _partitive(cands: list[_Cand], i: int, text: str) -> bool:
    """ "eleven people, five of them children", "ثلاثة أجانب اثنان منهم": part of the figure
    before; not "killing three of them", which has no figure just before it."""
    start = cands[i].item.phrase_start
    if text[max(0, start - 4) : start].rstrip()[-1:] in ",،(":
        return True
    return i > 0 and len(text[cands[i - 1].item.end : start].split()) <= 2


def find_casualties(
    text: str, lex: CasualtyLexicon, numbers: NumberLexicon
) -> tuple[CasualtyMention, ...]:
    """Killed and wounded figures stated in ``text``, in text order.

    A figure of several coordinated numbers is their sum; ``combined`` marks one total
    for killed and wounded together. Vague quantities come with qualifier "approximate".
    """
    norm = lex.normalise(text)
    zeros, nouns = _lex(norm.text, lex)
    cands = _candidates(norm, lex, numbers, zeros, nouns)
    atts = _attach(cands, norm.text, lex)
    _link(cands, atts, norm.text, lex)
    groups: dict[_Att, list[_Cand]] = {}
    for c, att in zip(cands, atts, strict=True):
        if att is None:
            continue
        members = groups.setdefault(att, [])
        if not members or _coordinated(members[-1], c, norm.text, lex):
            members.append(c)
    out = [m for att, members in groups.items() if (m := _mention(members, att, norm))]
    return tuple(sorted([*out, *_zeros(norm, zeros)], key=lambda m: (m.start, m.kind)))
