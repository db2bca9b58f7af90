"""Language resources: what the pipeline reads of one language's data files (``Resources``).

``resource_files`` reads and validates a language folder into them, once at load time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.extraction.lexicon import Clitics, PhraseIndex
from app.extraction.taxonomy import ActorInfo, Taxonomy

DATA_DIR = Path(__file__).parent / "data"
ASSAULT_NOUN = "noun:assault"  # the lexicon category of ``assault_nouns``


# The word lists of a language's ``[language]`` table, each read into the ``Resources`` field of
# its name, normalised (what each is for is told at its field).
_WORD_LIST_NAMES = """
    determiners fighter_links origin_words doer_links settlements admin_units settlement_links
    nationals facilities institutions directions within inside_links inside_words name_articles
    indefinites coordinators alternatives passive_markers held_verbs held_words attack_nouns
    attack_adjectives assault_nouns operation_nouns struck_links struck_verbs capital_nouns media_nouns
    water_nouns people_adjectives group_nouns claimant_nouns attacker_nouns state_qualifiers
    group_name_stops self_pronouns auxiliaries self_deeds subject_verbs active_verbs subject_nouns
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
    struck_verbs: frozenset[str] = (
        frozenset()
    )  # "shelled Sderot": an attack verb, then what it struck
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
    self_deeds: frozenset[str] = frozenset()  # "أعلن أنه نفذ غارة": the verb before its deed
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
