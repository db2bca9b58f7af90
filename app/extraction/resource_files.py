"""Reading a language folder's data files into ``Resources``, validated once at load time.

A language is a folder ``data/<code>/`` holding ``language.toml``, ``triggers.toml``,
``cues.toml`` and ``participants.toml``; ``data/taxonomy.toml`` and ``data/actors.toml``
are shared. Any inconsistency raises :class:`DataError` at load time, never at request time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.extraction.datafile import DataError, read_toml
from app.extraction.entry_info import CueInfo, ForceInfo, TriggerInfo
from app.extraction.lexicon import Clitics, Entry, PhraseIndex, make_entries
from app.extraction.resources import ASSAULT_NOUN, WORD_LISTS, Resources
from app.extraction.taxonomy import ActorInfo, Taxonomy, load_actors, load_taxonomy
from app.extraction.text import normalise

LANGUAGE_FILES = ("language.toml", "triggers.toml", "cues.toml", "participants.toml")
PARTICIPANT_KINDS = ("state_forces", "police", "civilians", "unidentified_armed_group")


def load_resources(
    lang_dir: Path, taxonomy: Taxonomy, actors: dict[str, ActorInfo], templates: dict[str, str]
) -> Resources:
    """Load and validate one language folder."""
    for name in LANGUAGE_FILES:
        if not (lang_dir / name).is_file():
            raise DataError(f"{lang_dir}: missing {name}")
    lang = read_toml(lang_dir / "language.toml")
    code = str(lang["language"]["code"])
    if code != lang_dir.name:
        raise DataError(f"{lang_dir}: language code {code!r} differs from folder name")
    clitics = _clitics(lang.get("clitics", {}))
    entries = _trigger_entries(read_toml(lang_dir / "triggers.toml"), taxonomy, lang_dir)
    cues = read_toml(lang_dir / "cues.toml").get("cue", {})
    windows: dict[str, int] = {}
    for name, spec in cues.items():
        windows[name] = int(spec.get("window", 0))
        entries += make_entries(
            f"cue:{name}", _phrases(spec, lang_dir, name), CueInfo(name, windows[name])
        )
    people = read_toml(lang_dir / "participants.toml")
    entries += _participant_entries(people, actors, lang_dir)
    # assault nouns ("العدوان") stand beside the demonym of a force as triggers do: found by
    # the one scan of every token's forms (steps/demonyms.py), not by a pass of their own
    assault = [str(w) for w in lang["language"].get("assault_nouns", ())]
    entries += make_entries(ASSAULT_NOUN, assault, None)
    occupation = people.get("occupation", {})
    _check_clitics(entries, clitics, lang_dir)
    claimant = str(cues.get("claim", {}).get("claimant", "after"))
    streets = frozenset(normalise(str(w)) for w in cues.get("street", {}).get("phrases", ()))
    released = frozenset(str(t) for t in cues.get("release", {}).get("sub_event_types", ()))
    lost = frozenset(str(t) for t in cues.get("lost", {}).get("sub_event_types", ()))
    same_day_stops = frozenset(
        normalise(str(w)) for w in cues.get("same_day", {}).get("not_before", ())
    )
    known = {e.value.sub_event_type for e in entries if isinstance(e.value, TriggerInfo)}
    if not released <= known:
        raise DataError(f"{lang_dir}: cue.release names unknown sub-event types {released - known}")
    if not lost <= known:
        raise DataError(f"{lang_dir}: cue.lost names unknown sub-event types {lost - known}")
    return Resources(
        language=code,
        clitics=clitics,
        index=PhraseIndex.build(entries),
        taxonomy=taxonomy,
        actors=actors,
        templates=templates,
        cue_windows=windows,
        claimant_position=claimant,
        street_nouns=streets,
        same_day_stops=same_day_stops,
        released_types=released,
        lost_types=lost,
        occupier=str(occupation["occupier"]) if "occupier" in occupation else None,
        occupied=frozenset(str(c) for c in occupation.get("where", ())),
        count_words=_count_words(lang_dir),
        **_language_options(lang["language"], lang_dir),
    )


def _count_words(lang_dir: Path) -> frozenset[str]:
    """The one-word numbers of ``numbers.toml`` (none when the language has no such file)."""
    if not (lang_dir / "numbers.toml").is_file():
        return frozenset()
    spec = read_toml(lang_dir / "numbers.toml")
    words = spec.get("words", {})
    keys = [*words.get("values", {}), *words.get("scales", {}), *spec.get("vague", {})]
    return frozenset(normalise(str(w)) for w in keys if " " not in str(w))


def _words(spec: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(normalise(str(w)) for w in spec.get(key, ()))


def _prefixes(spec: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(normalise(str(w)) for w in spec.get(key, ()))


def _language_options(spec: dict[str, Any], where: Path) -> dict[str, Any]:
    """The matching options of a ``[language]`` table, by ``Resources`` field name."""
    position = str(spec.get("adjective_position", "before"))
    if position not in ("before", "after"):
        raise DataError(f"{where}: adjective_position must be 'before' or 'after'")
    return {
        "adjective_position": position,
        "subject_before_verb": bool(spec.get("subject_before_verb", False)),
        "possessives": frozenset(str(w) for w in spec.get("possessives", ())),
        "strict_places": _words(spec, "strict_places") if "strict_places" in spec else None,
        "definite_prefixes": _prefixes(spec, "definite_prefixes"),
        "actor_prefixes": _prefixes(spec, "actor_prefixes"),
        "purpose_prefixes": _prefixes(spec, "purpose_prefixes"),
        "quotes": _quote_pairs(spec.get("quotes", ()), where),
        "abbreviations": frozenset(str(w) for w in spec.get("abbreviations", ())),
        "member_phrases": frozenset(
            tuple(normalise(str(p)).split()) for p in spec.get("member_phrases", ())
        ),
        **{name: _words(spec, name) for name in WORD_LISTS},
    }


def _quote_pairs(pairs: Any, where: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        if not isinstance(pair, str) or len(pair) != 2:
            raise DataError(f"{where}: quotes must be two-character strings (opening, closing)")
        out[pair[0]] = pair[1]
    return out


def load_shared(data_dir: Path) -> tuple[Taxonomy, dict[str, ActorInfo], dict[str, str]]:
    """Load the language-independent taxonomy and canonical actor list."""
    taxonomy = load_taxonomy(read_toml(data_dir / "taxonomy.toml"))
    actors_doc = read_toml(data_dir / "actors.toml")
    return taxonomy, load_actors(actors_doc), dict(actors_doc.get("templates", {}))


def _check_clitics(entries: list[Entry], clitics: Clitics, where: Path) -> None:
    """A proclitic written as a word of its own ("وفقا ل") could never match: refuse it."""
    lone = set(clitics.conjunctions) | set(clitics.prepositions)
    for entry in entries:
        if lone.intersection(entry.tokens):
            raise DataError(
                f"{where}: {entry.category} phrase {entry.phrase!r} has a detached proclitic"
            )


def _clitics(spec: dict[str, Any]) -> Clitics:
    return Clitics(
        conjunctions=tuple(spec.get("conjunctions", ())),
        prepositions=tuple(spec.get("prepositions", ())),
        article=str(spec.get("article", "")),
        suffixes=tuple(normalise(x) for x in spec.get("suffixes", ())),
    )


def _phrases(spec: dict[str, Any], where: Path, what: str) -> list[str]:
    phrases = spec.get("phrases")
    if not isinstance(phrases, list) or not phrases or not all(isinstance(p, str) for p in phrases):
        raise DataError(f"{where}: {what} needs a non-empty list of phrases")
    return phrases


def _trigger_entries(doc: dict[str, Any], taxonomy: Taxonomy, where: Path) -> list[Entry]:
    entries: list[Entry] = []
    for spec in doc.get("trigger", []):
        event_type, sub = spec.get("event_type"), spec.get("sub_event_type")
        if not taxonomy.valid(event_type, sub):
            raise DataError(f"{where}: unknown event type {event_type!r} / {sub!r}")
        info = TriggerInfo(
            event_type,
            sub,
            bool(spec.get("generic", False)),
            int(spec.get("priority", 1)),
            bool(spec.get("weak", False)),
            frozenset(normalise(str(w)) for w in spec.get("completed_by", ())),
            bool(spec.get("plural", False)),
            bool(spec.get("instrument", False)),
            bool(spec.get("finite", False)),
        )
        entries += make_entries("trigger", _phrases(spec, where, event_type), info)
    if not entries:
        raise DataError(f"{where}: triggers.toml defines no trigger")
    return entries


def _participant_entries(
    doc: dict[str, Any], actors: dict[str, ActorInfo], where: Path
) -> list[Entry]:
    entries: list[Entry] = []
    for name, aliases in doc.get("aliases", {}).items():
        if name not in actors:
            raise DataError(f"{where}: alias for unknown actor {name!r} (add it to actors.toml)")
        entries += make_entries("actor", aliases, actors[name])
    # "the group", "الجماعة": a definite group noun that refers back to the group last named
    for spec in doc.get("anaphor", []):
        entries += make_entries("anaphor", _phrases(spec, where, "anaphor"), None)
    for table in ("force", "generic", "object"):
        for spec in doc.get(table, []):
            kind = spec.get("kind")
            if kind not in PARTICIPANT_KINDS:
                raise DataError(f"{where}: {table} kind {kind!r} is not one of {PARTICIPANT_KINDS}")
            info = ForceInfo(
                kind,
                bool(spec.get("vague", False)),
                bool(spec.get("instrument", False)),
                bool(spec.get("after_actor_cue", False)),
                bool(spec.get("occupation", False)),
                bool(spec.get("with_country", False)),
                _at_crowd(spec, where),
            )
            entries += make_entries(table, _phrases(spec, where, kind), info)
    return entries


def _at_crowd(spec: dict[str, Any], where: Path) -> str:
    """The kind a force takes at a crowd's event (``at_crowd``), checked like ``kind``."""
    kind = str(spec.get("at_crowd", ""))
    if kind and kind not in PARTICIPANT_KINDS:
        raise DataError(f"{where}: at_crowd {kind!r} is not one of {PARTICIPANT_KINDS}")
    return kind
