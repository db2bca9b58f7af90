"""Language resources: every data file of one language, loaded and validated once.

A language is a folder ``data/<code>/`` holding ``language.toml``, ``triggers.toml``,
``cues.toml`` and ``participants.toml``; ``data/taxonomy.toml`` and ``data/actors.toml``
are shared. Any inconsistency raises :class:`DataError` at load time, never at request time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.extraction.datafile import DataError, read_toml
from app.extraction.entry_info import CueInfo, ForceInfo, TriggerInfo
from app.extraction.lexicon import Clitics, Entry, PhraseIndex, make_entries
from app.extraction.taxonomy import ActorInfo, Taxonomy, load_actors, load_taxonomy
from app.extraction.text import normalise

DATA_DIR = Path(__file__).parent / "data"
LANGUAGE_FILES = ("language.toml", "triggers.toml", "cues.toml", "participants.toml")
PARTICIPANT_KINDS = ("state_forces", "police", "civilians", "unidentified_armed_group")
ASSAULT_NOUN = "noun:assault"  # the lexicon category of ``assault_nouns``


# The word lists of a language's ``[language]`` table, each read into the ``Resources`` field of
# its name, normalised (what each is for is told at its field).
_WORD_LIST_NAMES = """
    determiners fighter_links origin_words doer_links settlements admin_units settlement_links
    nationals facilities institutions directions within inside_links inside_words name_articles
    indefinites coordinators alternatives passive_markers held_verbs held_words attack_nouns
    attack_adjectives assault_nouns operation_nouns struck_links capital_nouns media_nouns
    water_nouns people_adjectives group_nouns claimant_nouns attacker_nouns state_qualifiers
    group_name_stops self_pronouns auxiliaries subject_verbs active_verbs subject_nouns
    member_nouns person_nouns person_deeds name_links areas features quarter_nouns name_stops
    village_nouns village_not_names name_heads street_not_names owners force_anaphors
    counted_links object_links host_links object_qualifiers
"""
WORD_LISTS = tuple(_WORD_LIST_NAMES.split())


@dataclass(frozen=True, slots=True)
class Resources:
    """Everything the pipeline needs for one language."""

    language: str
    adjective_position: str
    clitics: Clitics
    index: PhraseIndex
    taxonomy: Taxonomy
    actors: dict[str, ActorInfo]
    templates: dict[str, str]
    cue_windows: dict[str, int]
    possessives: frozenset[str]  # words allowed between a country and its noun ("Egypt 's army")
    claimant_position: str = "after"  # where an unlisted group stands relative to a claim cue
    # a force after a speech verb and right before an attack or toll did it ("officials said
    # troops killed five"): a language whose subject stands before its verb
    subject_before_verb: bool = False
    strict_places: frozenset[str] | None = None  # settlement nouns foreign places need (Arabic)
    determiners: frozenset[str] = frozenset()  # words that make a trigger definite ("the")
    definite_prefixes: tuple[str, ...] = ()  # prefixes that make it definite ("ال")
    fighter_links: frozenset[str] = frozenset()  # "gunmen FROM Boko Haram", "مسلحون من داعش"
    origin_words: frozenset[str] = frozenset()  # a place after one is where an attack came from
    doer_links: frozenset[str] = frozenset()  # "strikes BY Israel", "غارات شنتها إسرائيل"
    actor_prefixes: tuple[str, ...] = ()  # "بهجوم لداعش": a prefix marking the attacker
    purpose_prefixes: tuple[str, ...] = ()  # "مخطط لتفجير": a trigger told as an aim, no event
    settlements: frozenset[str] = frozenset()  # "Kawuri village": nouns after a small place's name
    admin_units: frozenset[str] = frozenset()  # "Nduga regency": like settlements, less precise
    settlement_links: frozenset[str] = frozenset()  # "the town of Buhriz": noun, link, name
    nationals: frozenset[str] = frozenset()  # "US citizens": a country name as a nationality
    facilities: frozenset[str] = frozenset()  # "Kandahar Airfield": a place's name goes on
    institutions: frozenset[str] = frozenset()  # "Kabul Police": so does an institution's
    directions: frozenset[str] = frozenset()  # "Egypt's northern Sinai": Sinai lies in Egypt
    within: frozenset[str] = frozenset()  # "Zahraa neighbourhood in Homs": Zahraa lies in Homs
    inside_links: frozenset[str] = (
        frozenset()
    )  # "Mariano Escobedo IN Morelia": a known place in another
    inside_words: frozenset[str] = frozenset()  # "in THE CITY OF": beside such a link
    name_articles: frozenset[str] = frozenset()  # "al-Zahraa": the article is part of the name
    indefinites: frozenset[str] = frozenset()  # "A Kurdish village": an adjective, no name
    coordinators: frozenset[str] = frozenset()  # "U.S. AND British warplanes"
    alternatives: frozenset[str] = frozenset()  # "Ansar al-Islam OR ISGS": either suspect
    passive_markers: frozenset[str] = frozenset()  # "officers WERE abducted": they are the target
    held_verbs: frozenset[str] = frozenset()  # "TOOK six officers hostage": who is between was held
    held_words: frozenset[str] = frozenset()  # "took six officers HOSTAGE": the word completing it
    attack_nouns: frozenset[str] = frozenset()  # "هجمات انتحارية": an attacker word after one...
    attack_adjectives: frozenset[str] = frozenset()  # ...of these tells how, not who
    # "العدوان الإسرائيلي", "Israeli aggression": nouns of an attack that are no trigger (words of
    # statements as much as of reports); a demonym beside one names a force, as beside a trigger
    assault_nouns: frozenset[str] = frozenset()
    # "في عملية للجيش التركي": a force written with an actor prefix after one of these ran the
    # operation the incident was part of
    operation_nouns: frozenset[str] = frozenset()
    struck_links: frozenset[str] = frozenset()  # "غارة على رفح": after an attack, what it struck
    capital_nouns: frozenset[str] = frozenset()  # "the Somali capital": that country's capital
    media_nouns: frozenset[str] = frozenset()  # "قناة (روسيا اليوم)": an outlet's name follows
    water_nouns: frozenset[str] = frozenset()  # "خليج عدن": a sea's name follows, no town's
    people_adjectives: frozenset[str] = frozenset()  # "الحكم المدني": civil, no civilians
    group_nouns: frozenset[str] = frozenset()  # "تبنى تنظيم «…»": a quoted group name follows
    claimant_nouns: frozenset[str] = frozenset()  # "Mapuche ACTIVISTS claimed": end of a name
    attacker_nouns: frozenset[str] = frozenset()  # "the GUNMAN was shot dead by police"
    state_qualifiers: frozenset[str] = frozenset()  # "the NATIONAL Army": a state's, not a group's
    group_name_stops: frozenset[str] = frozenset()  # "ON MONDAY Army troops": no word of a name
    self_pronouns: frozenset[str] = frozenset()  # "the army said IT killed": the speaker did it
    auxiliaries: frozenset[str] = frozenset()  # "said it HAD killed"
    subject_verbs: frozenset[str] = frozenset()  # "استهدف انتحاري …": the subject follows the verb
    active_verbs: frozenset[str] = frozenset()  # "قتل مسلحون ثلاثة جنود": ...when victims follow
    subject_nouns: frozenset[str] = frozenset()  # "اقتحام قوات الاحتلال بلدة": ...when more follows
    member_nouns: frozenset[str] = frozenset()  # "قتل عناصر من داعش": members before their side
    person_nouns: frozenset[str] = frozenset()  # "an Israeli MAN", "رهينة ألماني": a nationality
    person_deeds: frozenset[str] = frozenset()  # "a Palestinian STABBED": the demonym is a person
    name_links: frozenset[str] = frozenset()  # "Directorate General FOR …": inside a name
    areas: frozenset[str] = frozenset()  # "the Arar border area of Iraq", "the Bulo Marer area"
    features: frozenset[str] = frozenset()  # "the Hamrin Mountains": a province-wide area
    quarter_nouns: frozenset[str] = frozenset()  # "منطقة الحسينية": an area noun, then its name
    name_stops: frozenset[str] = frozenset()  # words that end such a name ("في", "الواقعة")
    village_nouns: frozenset[str] = frozenset()  # "قرية سرمدا": a settlement noun, then its name
    village_not_names: frozenset[str] = frozenset()  # "قرية صغيرة", "مخيم اللاجئين": no name
    name_heads: frozenset[str] = frozenset()  # "كفر نبل": a name's first word, another follows
    quotes: dict[str, str] = field(default_factory=dict)  # opening -> closing quote mark
    street_nouns: frozenset[str] = frozenset()  # cue.street: "ساحة التحرير", "Battle Road"
    # cue.release: the sub-event types a release told before them makes background
    released_types: frozenset[str] = frozenset()
    # cue.lost: the sub-event types (territory taken) whose side right after the cue lost it
    lost_types: frozenset[str] = frozenset()
    # cue.same_day: a word right after the cue that makes what follows the earlier incident
    # ("بعد ساعات من إطلاق النار", hours after the shooting), not a sequel
    same_day_stops: frozenset[str] = frozenset()
    street_not_names: frozenset[str] = frozenset()  # "ساحة المعركة": the battlefield, no street
    owners: frozenset[str] = frozenset()  # "whose forces", "its drones": a side named before
    # "the forces", "القوات" alone: the force named before them, not a new one
    force_anaphors: frozenset[str] = frozenset()
    counted_links: frozenset[str] = frozenset()  # "three members OF the PMF": victims of a side
    # the number words of numbers.toml (values, scales, vague quantities): "FIVE suspected
    # militants" are counted, the object of the sentence's verb, not a suspected attacker
    count_words: frozenset[str] = frozenset()
    object_links: frozenset[str] = frozenset()  # "a convoy OF gold miners": whose the object is
    # "a base, which HOSTS US troops": the force named after one is the object's
    host_links: frozenset[str] = frozenset()
    # between a security object and its country word: "قاعدة عسكرية إسرائيلية", "دورية أمنية عراقية"
    object_qualifiers: frozenset[str] = frozenset()
    # "gunmen SUSPECTED OF BELONGING TO Boko Haram": phrases (as word tuples) joining the two
    member_phrases: frozenset[tuple[str, ...]] = frozenset()
    # "Nov. 24", "Gen. Ahmed": words whose full stop ends no sentence (as written, no stop)
    abbreviations: frozenset[str] = frozenset()
    # [occupation] of participants.toml: whose an occupying force of no stated country is, and
    # the countries (of the event, or named in the text) where the press means that occupier
    occupier: str | None = None
    occupied: frozenset[str] = frozenset()


def language_dirs(data_dir: Path) -> list[Path]:
    """Return the language folders under ``data_dir`` (those holding a language.toml)."""
    return sorted(p for p in data_dir.iterdir() if (p / "language.toml").is_file())


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
            )
            entries += make_entries(table, _phrases(spec, where, kind), info)
    return entries
