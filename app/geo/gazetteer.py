"""Load the offline bilingual gazetteer once; resolve names to candidates, scan text.

Gazetteer owns the entry table and its indexes; reading a written name as a key is in
app/geo/resolve.py, scoring and ordering candidates in app/geo/ranking.py, finding names in
running text in app/geo/scan.py.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.extraction.types import PlacePrecision
from app.geo import ranking
from app.geo.artefact import Artefact, ArtefactError, unpack
from app.geo.fuzzy import FuzzyIndex
from app.geo.lexicon import Lexicon, load_lexicon
from app.geo.resolve import resolve as resolve_name
from app.geo.scan import scan_places
from app.geo.scan_countries import scan_countries
from app.geo.types import Candidate, CountryMention, PlaceMention

if TYPE_CHECKING:
    from app.geo.scan_text import Word

DATA_DIR = Path(__file__).resolve().parent / "data"
ARTEFACT_PATH = DATA_DIR / "gazetteer.bin.gz"
PRECISION: dict[str, PlacePrecision] = {"p": "place", "1": "admin1", "2": "admin2", "c": "country"}
CANDIDATE_CACHE = 50_000
_NO_ADMIN1 = (None, None, None)


class Gazetteer:
    """Resolve place names (Arabic or English) to ranked candidates; find places in text."""

    def __init__(self, art: Artefact, lexicon: Lexicon) -> None:
        """Wrap a decoded artefact; use Gazetteer.load() rather than calling this directly."""
        self.header = art.header
        self.lexicon = lexicon
        self._kind: str = art.meta["kind"]
        self._cc_list: list[str] = art.meta["cc_list"]
        self._admin1: list[list[str | None]] = art.meta["admin1"]
        self._forms: dict[str, list[str | int]] = art.meta["country_forms"]
        self._names = art.texts["names"]
        self._key_index = dict(zip(art.texts["keys"], range(len(art.texts["keys"])), strict=True))
        a = art.arrays
        self._gid, self._cc, self._a1 = a["gid"], a["cc"], a["a1"]
        self._lat, self._lon, self._pop = a["lat"], a["lon"], a["pop"]
        self._starts, self._ids = a["starts"], a["ids"]
        self.scoring = ranking.Scoring.of(self._kind, self._cc, self._cc_list, self._a1, self._pop)
        # entries are stored countries first, then admin units, then places
        head = range(self._kind.find("p") if "p" in self._kind else len(self._kind))
        self._country_idx = {self._cc_list[self._cc[i]]: i for i in head if self._kind[i] == "c"}
        self._admin1_idx = {
            str(self._admin1[self._a1[i]][0]): i for i in head if self._kind[i] == "1"
        }
        self.multi_first = frozenset(art.texts["multi_first"])
        self._prefixes: list[str] = art.texts["multi_prefix"]  # sorted
        self.multi_prefix = frozenset(self._prefixes)
        # first words of multi-word country names and demonyms ("burkina" of "burkina faso")
        self.form_first = frozenset(k.split(" ", 1)[0] for k in self._forms if " " in k)
        self._candidates: dict[tuple[int, float], Candidate] = {}
        # scan memos (app/geo/scan.py): written word -> its analysis; key -> its reach
        self.word_cache: dict[str, Word] = {}
        self.ranked_cache: dict[tuple[object, ...], tuple[Candidate, ...]] = {}
        self.resolved_cache: dict[tuple[str, tuple[str, ...], bool, bool], tuple[Candidate, ...]]
        self.resolved_cache = {}  # app/geo/resolve.py
        self.reach_cache: dict[str, tuple[int, frozenset[str], bool]] = {}  # key_reach()
        self._fuzzy: FuzzyIndex | None = None  # built on first use (fuzzy)
        self._capital_idx: dict[str, int] | None = None  # worked out on first use (capital)
        self._check()

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """Load the committed artefact (or ``path``); raise ArtefactError on a bad file."""
        art = unpack(path or ARTEFACT_PATH)
        try:
            return cls(art, load_lexicon(DATA_DIR))
        except (KeyError, ValueError, IndexError) as exc:
            raise ArtefactError(f"gazetteer artefact or lexicon is inconsistent: {exc}") from exc

    def _check(self) -> None:
        n = len(self._kind)
        sizes = {len(self._names), len(self._gid), len(self._cc), len(self._lat), len(self._pop)}
        if sizes != {n} or len(self._starts) != len(self._key_index) + 1:
            raise ValueError("column lengths differ")
        if self._ids and max(self._ids) >> 1 >= n:
            raise ValueError("key index points past the entry table")

    @property
    def key_index(self) -> Mapping[str, int]:
        """Normalised name key → row of the key table."""
        return self._key_index

    @property
    def names(self) -> Sequence[str]:
        """Each entry's canonical English name, by entry index."""
        return self._names

    @property
    def forms(self) -> Mapping[str, list[str | int]]:
        """Normalised country name/demonym key → [ISO2, is_demonym]."""
        return self._forms

    @property
    def fuzzy(self) -> FuzzyIndex:
        """Near-spelling search within countries (app/geo/fuzzy.py), built on first use."""
        found = self._fuzzy
        if found is None:
            found = FuzzyIndex(self._key_index, self._starts, self._ids, self._cc, self._cc_list)
            self._fuzzy = found
        return found

    # --- lookup -------------------------------------------------------------------------------

    def ids(self, key: str) -> Sequence[int]:
        """Entry ids (×2, low bit = primary name) stored under a normalised key."""
        i = self._key_index.get(key)
        if i is None:
            return ()
        starts = self._starts
        return self._ids[starts[i] : starts[i + 1]]

    def second_words(self, first: str) -> frozenset[str]:
        """Words that follow ``first`` in some multi-word key (from the sorted prefixes)."""
        lo = bisect_left(self._prefixes, first + " ")
        hi = bisect_left(self._prefixes, first + "!")  # "!" sorts right after " "
        return frozenset(p[len(first) + 1 :] for p in self._prefixes[lo:hi])

    def key_reach(self, key: str) -> tuple[int, frozenset[str], bool]:
        """(largest population, countries, names a country?) over the entries under a key."""
        found = self.reach_cache.get(key)
        if found is not None:
            return found
        idx = [code >> 1 for code in self.ids(key)]
        found = (
            max((self._pop[i] for i in idx), default=0),
            frozenset(self._cc_list[self._cc[i]] for i in idx),
            any(self._kind[i] == "c" for i in idx),
        )
        if len(self.reach_cache) >= CANDIDATE_CACHE:
            self.reach_cache.clear()
        self.reach_cache[key] = found
        return found

    def country_form(self, key: str) -> tuple[str, bool] | None:
        """(ISO2, is_demonym) for a normalised country name or demonym key."""
        form = self._forms.get(key)
        return (str(form[0]), bool(form[1])) if form else None

    def candidate(self, idx: int, score: float) -> Candidate:
        """The Candidate for entry ``idx`` with ``score`` (memoised: both are immutable)."""
        cache: dict[tuple[int, float], Candidate] = self._candidates
        found = cache.get((idx, score))
        if found is not None:
            return found
        if len(cache) >= CANDIDATE_CACHE:
            cache.clear()
        a1 = self._a1[idx]
        code, name, name_ar = self._admin1[a1] if a1 >= 0 else _NO_ADMIN1
        gid = self._gid[idx]
        # tuple.__new__ skips the named tuple's generated Python __new__ (a third of the cost)
        cache[(idx, score)] = cand = tuple.__new__(
            Candidate,
            (
                gid if gid >= 0 else None,  # geonameid
                self._names[idx],
                self._cc_list[self._cc[idx]],
                code,  # admin1_code
                name,  # admin1_name
                name_ar,  # admin1_name_ar
                self._lat[idx],  # stored rounded to 5 decimals (about 1 m)
                self._lon[idx],
                PRECISION[self._kind[idx]],
                self._pop[idx],
                score,
            ),
        )
        return cand

    def admin1_of(self, cand: Candidate, score: float) -> Candidate | None:
        """The admin1 unit containing a place candidate, as an admin1-precision candidate."""
        idx = self._admin1_idx.get(cand.admin1_code or "")
        return None if idx is None else self.candidate(idx, score)

    # --- public API ---------------------------------------------------------------------------

    def resolve(
        self,
        mention: str,
        context_countries: Sequence[str] = (),
        language: str | None = None,
        *,
        prefer_admin: bool = False,
        prefer_town: bool = False,
    ) -> list[Candidate]:
        """Rank every entry the mention can name; fuzzy-match within context countries if none.

        ``language`` is accepted for symmetry with scan(); the script of the mention decides
        normalisation. ``prefer_admin`` ranks admin units first (the text said "province of"),
        ``prefer_town`` keeps towns named like a province (the text said "town of").
        The answer is memoised per (mention, context, preferences): callers get a new list.
        """
        found = resolve_name(self, mention, context_countries, prefer_admin, prefer_town)
        return list(found)

    def warm(self) -> None:
        """Build the per-country index the fuzzy fallback uses (else built on first use)."""
        _ = self.fuzzy.keys_by_country

    def scan(
        self,
        text: str,
        language: str,
        context_countries: Sequence[str] = (),
        cued: Collection[int] = (),
        starts: Sequence[int] = (),
        ends: Sequence[int] = (),
        home: Sequence[str] | None = None,
    ) -> list[PlaceMention]:
        """Find place mentions in running text, guarded by the stop-list and location cues;
        ``cued``: offsets of words the caller found a cue before ("غارة على رفح"); ``starts``
        and ``ends``: the offsets of the text's runs of word characters, if known (saves
        splitting); ``home``: the countries a foreign alias must name a place of (None: the
        context and every country the text names; see scan_places)."""
        return scan_places(self, text, language, context_countries, cued, starts, ends, home)

    def countries(
        self, text: str, language: str, starts: Sequence[int] = (), ends: Sequence[int] = ()
    ) -> list[CountryMention]:
        """Find country names and demonyms (with Arabic clitics, gender and plural forms);
        ``starts`` and ``ends`` as for scan()."""
        return scan_countries(self, text, language, starts, ends)

    def country(self, code: str) -> Candidate | None:
        """Country-level candidate located at the capital."""
        idx = self._country_idx.get(code.upper())
        return None if idx is None else self.candidate(idx, 0.0)

    def capital(self, code: str) -> Candidate | None:
        """The capital city of a country (its place entry at the country's point)."""
        idx = self._capitals.get(code.upper())
        return None if idx is None else self.candidate(idx, 0.0)

    @property
    def _capitals(self) -> dict[str, int]:
        """ISO code -> the place entry at its country's point: the build puts a country at
        its capital city's point (app/geo/build/countries.py), so no table is stored for it.
        Of several places there, the most populous; worked out on first use (one pass)."""
        if self._capital_idx is None:
            self._capital_idx = self._find_capitals()
        return self._capital_idx

    def _find_capitals(self) -> dict[str, int]:
        points = {
            (self._cc[i], self._lat[i], self._lon[i]): cc for cc, i in self._country_idx.items()
        }
        found: dict[str, int] = {}
        pop = self._pop
        first = self._kind.find("p")
        for i in range(first if first >= 0 else len(self._kind), len(self._kind)):
            cc = points.get((self._cc[i], self._lat[i], self._lon[i]))
            if cc is not None and (cc not in found or pop[i] > pop[found[cc]]):
                found[cc] = i
        return found

    def country_name(self, code: str) -> str | None:
        """English short name of a country ("Egypt")."""
        idx = self._country_idx.get(code.upper())
        return None if idx is None else self._names[idx]
