"""Score a name's gazetteer entries and order them, best first.

rank() and ranked_for_key() take the Gazetteer first (its scanner and app/geo/resolve.py call
them); without_cue() serves resolve(). Scoring is the state they read: the Gazetteer's own
columns and the base scores worked out once at load. Nothing here holds the Gazetteer, so it
is freed by reference counting, not left in a cycle for the collector.
"""

from __future__ import annotations

import math
import operator
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from app.geo.normalize import normalize_key
from app.geo.types import Candidate

if TYPE_CHECKING:
    from app.geo.gazetteer import Gazetteer

KIND_BONUS = {"p": 0.5, "1": 0.1, "2": 0.05, "c": 1.5}
PRIMARY_BONUS = 0.1
ALIAS_PENALTY = 0.2  # a town read by another name of its own, where a place bears this one
ALIAS_SIMILAR = 70  # fuzz.ratio from which an alias is a spelling of the town's own name
ADMIN_CUE_BONUS = 2.0
CONTEXT_BONUS = 3.0
FUZZY_PENALTY = 1.0
NAMESAKE_PENALTY = 1.0  # a small town named like another province of its country
PROMINENT = 100_000  # a town this large keeps its name against a province of the same name
MAJOR_PLACE = 1_000_000  # a city this large is no misspelling of a town in the context
MAX_CANDIDATES = 5
FUZZY_COUNTRIES = 3  # near-spellings are searched in the first few context countries only
_NO_BONUS: dict[str, float] = {}


@lru_cache(maxsize=1024)
def _context_bonus(context: tuple[str, ...]) -> dict[str, float]:
    """Bonus per context country, by its first place in the list (shared: do not mutate)."""
    return {cc: CONTEXT_BONUS - 0.1 * min(i, 5) for i, cc in enumerate(dict.fromkeys(context))}


def _base_scores(kind: str, pop: array[int]) -> array[float]:
    """Each entry's score before bonuses, log10(population + 1) / 6 + its kind's bonus, worked
    out once at load with C-level maps (the same float operations rank() used to do per code)."""
    logs = map(math.log10, map((1).__add__, pop))
    return array(
        "d",
        map(
            operator.add, map(operator.truediv, logs, repeat(6)), map(KIND_BONUS.__getitem__, kind)
        ),
    )


def _prominent(cand: Candidate) -> bool:
    """A country, an admin1 unit or a city of MAJOR_PLACE people: a name too well known to be
    a misspelling of something else (a town of 100,000 abroad is not: Bakwa, DR Congo, does
    not hide Bakwah, Afghanistan)."""
    return cand.precision in ("country", "admin1") or cand.population >= MAJOR_PLACE


@dataclass(frozen=True, slots=True)
class Scoring:
    """The entry columns scoring reads (the Gazetteer's own arrays) and the base scores."""

    kind: str
    cc: array[int]
    cc_list: list[str]
    a1: array[int]
    pop: array[int]
    base: array[float]

    @classmethod
    def of(
        cls, kind: str, cc: array[int], cc_list: list[str], a1: array[int], pop: array[int]
    ) -> Scoring:
        """Share the columns; work out the base scores once."""
        return cls(kind, cc, cc_list, a1, pop, _base_scores(kind, pop))


def rank(
    gz: Gazetteer,
    codes: Sequence[int],
    context: Sequence[str],
    prefer_admin: bool = False,
    penalty: float = 0.0,
    *,
    prefer_town: bool = False,
    key: str = "",
) -> list[Candidate]:
    """Score and sort entries (best-scoring name per entry); keep the best MAX_CANDIDATES.

    An entry's score is its precomputed base (population and kind) plus the primary-name,
    admin-cue and context bonuses, rounded half up to four decimals, minus ``penalty``.
    Unless ``prefer_town`` (a settlement noun before the name), a small town named like a
    province of its country loses to that province (_demote_namesakes). Given the ``key``
    looked up, a town known by it only as another name loses to one that bears it
    (_demote_aliases).
    """
    sc = gz.scoring
    base, ccs, cc_list = sc.base, sc.cc, sc.cc_list
    bonus = _context_bonus(tuple(context)) if context else _NO_BONUS
    best: dict[int, float] = {}
    for code in codes:  # inlined: this loop runs on every first lookup of a name
        idx = code >> 1
        score = base[idx] + PRIMARY_BONUS if code & 1 else base[idx]
        if prefer_admin and sc.kind[idx] in "12":
            score += ADMIN_CUE_BONUS
        # round() costs more than the rest of the loop
        s = int((score + bonus.get(cc_list[ccs[idx]], 0.0)) * 10_000 + 0.5) / 10_000 - penalty
        if s > best.get(idx, -math.inf):
            best[idx] = s
    if len(best) == 1:
        for idx, s in best.items():
            return [gz.candidate(idx, s)]
    if not prefer_town:
        _demote_namesakes(sc, best)
    if key:
        _demote_aliases(gz, codes, key, best)
    order = sorted([(-s, idx) for idx, s in best.items()])[:MAX_CANDIDATES]
    return [gz.candidate(idx, -neg) for neg, idx in order]


def _demote_namesakes(sc: Scoring, best: dict[int, float]) -> None:
    """ "صلاح الدين" alone is Saladin province, not Pirmam, a Kurdish town also called so: a
    place below PROMINENT people in another province of the same country as an admin1 unit
    under the same name is the rarer reading; so is one in a country with no unit of that
    name ("Kasai" is the Congolese province, not the Japanese town). The province's own
    namesake seat keeps it."""
    kind, a1, cc = sc.kind, sc.a1, sc.cc
    units = [(cc[i], a1[i]) for i in best if kind[i] == "1"]
    if not units:
        return
    for i in best:
        if kind[i] != "p" or sc.pop[i] >= PROMINENT:
            continue
        own = [a for c, a in units if c == cc[i]]
        if not own or any(a != a1[i] for a in own):
            best[i] -= NAMESAKE_PENALTY


def _demote_aliases(gz: Gazetteer, codes: Sequence[int], key: str, best: dict[int, float]) -> None:
    """ "San Miguel" is the Salvadoran city of that name, not San Diego, one of whose old names
    it is; "Ariel" the town, not Jerusalem: where some entry bears the name as its own, a town
    that has it only as another name (not a spelling of its own: "Derna" for Darnah keeps
    it) loses ALIAS_PENALTY, so only a place some 60 times larger keeps such a name."""
    own = {code >> 1 for code in codes if code & 1}
    if not own:
        return
    kind, names = gz.scoring.kind, gz.names
    for i in best:
        if i in own or kind[i] != "p":
            continue
        if fuzz.ratio(key, normalize_key(names[i])) < ALIAS_SIMILAR:
            best[i] -= ALIAS_PENALTY


def ranked_for_key(
    gz: Gazetteer,
    key: str,
    codes: Sequence[int],
    context: Sequence[str],
    prefer_admin: bool = False,
    *,
    fuzzy: bool = True,
    strict: bool = False,
    prefer_town: bool = False,
    weak: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """Rank exact hits; when none lies in a context country, put the best near-spelling
    inside the context first (كابول → Kabul AF, not the Israeli village), unless an exact
    hit is prominent: a country, a province or a large place is what the name says, a
    near-spelling only a guess ("الانبار" is Anbar, not Dunbar in a US article).

    ``weak``: context countries the text names only by a demonym. A demonym says whose a
    newspaper or an air strike is, not where the place lies: a name spelt exactly as a town
    elsewhere ("لاسا", Lhasa) is not searched for near spellings there ("الألمانية": Lauscha).
    """
    town = prefer_town
    ranked = rank(gz, codes, context, prefer_admin, prefer_town=town, key=key) if codes else []
    if fuzzy and context and not any(c.country_code in context for c in ranked):
        where = [c for c in context if c not in weak] if ranked and weak else context
        hit = (
            None  # a demonym ("الجورجية") is no misspelt town either
            if any(map(_prominent, ranked)) or key in gz.forms or not where
            else gz.fuzzy.near(key, where[:FUZZY_COUNTRIES], strict)
        )
        if hit is not None:
            near = rank(
                gz, gz.ids(hit), context, prefer_admin, FUZZY_PENALTY, prefer_town=town, key=hit
            )
            ranked = near + ranked
    return ranked[:MAX_CANDIDATES]


def without_cue(gz: Gazetteer, key: str, context: Sequence[str]) -> list[Candidate] | None:
    """Resolve "محافظة المنيا", "ريف إدلب", "Zamfara state" as the name without its cue
    word, at admin precision when the cue names an admin unit or its countryside."""
    words = key.split(" ")
    first = gz.lexicon.cues_before.get(words[0])
    last = gz.lexicon.cues_after.get(words[-1])
    cue, rest = (first, words[1:]) if first else (last, words[:-1]) if last else (None, [])
    if cue is None or cue.kind not in ("place", "admin", "area"):
        return None
    town = cue.kind == "place"
    found = gz.resolve(" ".join(rest), context, prefer_admin=not town, prefer_town=town)
    if found and cue.kind == "area" and found[0].precision == "place":
        up = gz.admin1_of(found[0], found[0].score + 0.01)
        found = [up, *found] if up else found
    return found
