"""Sides a report names by their own name (state forces by acronym, militias, armed civilians),
and camps named after their place."""

from __future__ import annotations

from datetime import date

import pytest

from app.extraction import RuleExtractor
from app.extraction.taxonomy import load_actors
from app.extraction.types import ExtractedEvent
from tests.extraction.events import assert_has, only_event

PUBLISHED = date(2025, 6, 14)


def _event(extractor: RuleExtractor, text: str, language: str = "en") -> ExtractedEvent:
    events = extractor.extract(text, published=PUBLISHED, language=language).events
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize(
    ("text", "actor", "country"),
    [
        (
            "The IDF carried out a drone strike in Tulkarm, killing two men.",
            "Military Forces of Israel",
            "IL",
        ),
        (
            "The Tatmadaw bombed a school in Magway Region, killing six pupils.",
            "Military Forces of Myanmar",
            "MM",
        ),
        (
            "The SAF shelled a market in Nyala, killing eight people.",
            "Military Forces of Sudan",
            "SD",
        ),
        (
            "The ENDF shelled a market in Tigray, killing three farmers.",
            "Military Forces of Ethiopia",
            "ET",
        ),
        (
            "A CRPF team opened fire on a mob in Bijapur, killing one man.",
            "Police Forces of India",
            "IN",
        ),
    ],
)
def test_a_state_force_named_by_its_acronym_is_that_states_force(
    extractor: RuleExtractor, text: str, actor: str, country: str
) -> None:
    event = _event(extractor, text)
    assert event.actor is not None
    assert (event.actor.name, event.actor.country_code) == (actor, country)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("CODECO fighters raided a village in Djugu territory, killing 11 civilians.", "CODECO"),
        ("Fano fighters killed four policemen in Debre Markos.", "Fano militia"),
        ("Dozo hunters killed nine herders near Bankass.", "Dozo militia"),
        ("Members of the Sinaloa Cartel shot dead five people in Culiacan.", "Sinaloa Cartel"),
        (
            "Pro-Russian separatists shelled Avdiivka, killing two civilians.",
            "Pro-Russian separatists",
        ),
        ("Israeli settlers torched cars and homes in the village of Burqa.", "Israeli settlers"),
    ],
)
def test_a_named_militia_is_the_actor(extractor: RuleExtractor, text: str, actor: str) -> None:
    event = _event(extractor, text)
    assert event.actor is not None and event.actor.name == actor, event.actor


def test_separatists_of_another_war_are_not_cameroons(extractor: RuleExtractor) -> None:
    event = _event(extractor, "Russian-backed separatists shelled Donetsk, killing one woman.")
    assert event.actor is not None
    assert (event.actor.name, event.actor.country_code) == ("Pro-Russian separatists", "UA")


def test_settlers_attacked_are_civilians_and_no_clash(extractor: RuleExtractor) -> None:
    event = _event(extractor, "A Palestinian gunman shot dead two Israeli settlers near Eli.")
    assert event.target is not None
    assert (event.target.name, event.target.kind) == ("Israeli settlers", "civilians")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_settlers_who_attack_are_a_militia(extractor: RuleExtractor) -> None:
    event = _event(extractor, "A settler shot dead a Palestinian farmer near Qusra.")
    assert event.actor is not None
    assert (event.actor.name, event.actor.kind) == ("Israeli settlers", "militia")
    assert event.event_type == "Violence against civilians"


def test_arabic_idf_and_tplf_are_named_sides(extractor: RuleExtractor) -> None:
    event = _event(
        extractor, "قصف جيش الدفاع الإسرائيلي منزلا في رفح، ما أسفر عن مقتل خمسة أشخاص.", "ar"
    )
    assert event.actor is not None and event.actor.name == "Military Forces of Israel"
    event = _event(extractor, "هاجمت قوات تيغراي بلدة في إقليم أمهرة وقتلت 12 مدنيا.", "ar")
    assert event.actor is not None and event.actor.name == "Tigray People's Liberation Front"


def test_an_unknown_kind_as_target_is_refused() -> None:
    with pytest.raises(ValueError, match="bad kind"):
        load_actors({"actor": [{"name": "X", "kind": "militia", "as_target": "farmers"}]})


def test_unnamed_militiamen_are_no_states_force(extractor: RuleExtractor) -> None:
    event = _event(extractor, "Militiamen raided a village in Jonglei state, killing 16 people.")
    assert event.actor is not None
    assert (event.actor.name, event.actor.kind) == (
        "Unidentified Armed Group",
        "unidentified_armed_group",
    )
    assert event.event_type == "Violence against civilians"


def test_soldiers_killing_militiamen_is_a_clash(extractor: RuleExtractor) -> None:
    event = _event(extractor, "Soldiers killed nine militiamen near Bunia, Ituri province.")
    assert event.actor is not None and event.actor.kind == "state_forces"
    assert event.target is not None and event.target.kind == "unidentified_armed_group"
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed Kalma camp in South Darfur, killing seven people.",
        "Israeli forces raided Tulkarm camp, killing two men.",
    ],
)
def test_a_camp_named_after_its_place_is_where_civilians_live(
    extractor: RuleExtractor, text: str
) -> None:
    event = _event(extractor, text)
    assert event.target is not None and event.target.kind == "civilians", event.target
    assert event.event_type == "Violence against civilians"


def test_an_army_camp_is_still_the_forces_post(extractor: RuleExtractor) -> None:
    event = _event(extractor, "Militants attacked an army camp in Borno, killing five soldiers.")
    assert event.target is not None and event.target.kind == "state_forces"


def test_a_bare_vehicle_is_no_forces_post(extractor: RuleExtractor) -> None:
    event = _event(
        extractor,
        "Assailants opened fire on a vehicle near Hawija, Kirkuk province. Two civilians were killed.",
    )
    assert event.target is not None and event.target.kind == "civilians", event.target
    event = _event(
        extractor, "A roadside bomb hit an armoured vehicle near Arish, killing a soldier."
    )
    assert event.target is not None and event.target.kind == "state_forces", event.target


@pytest.mark.parametrize(
    ("text", "side", "name"),
    [
        (
            "The PDF ambushed a junta convoy in Magway Region, killing 12 soldiers.",
            "actor",
            "People's Defence Force",
        ),
        (
            "Al-Shabaab ambushed a UPDF convoy near Afgooye, killing three soldiers.",
            "target",
            "Military Forces of Uganda",
        ),
        (
            "Al-Shabaab fighters attacked a KDF camp near Ras Kamboni, killing two soldiers.",
            "target",
            "Military Forces of Kenya",
        ),
    ],
)
def test_more_forces_named_by_acronym(
    extractor: RuleExtractor, text: str, side: str, name: str
) -> None:
    who = getattr(_event(extractor, text), side)
    assert who is not None and who.name == name, who


def test_a_force_post_seized_is_territory_taken(extractor: RuleExtractor) -> None:
    event = _event(extractor, "The Arakan Army seized an army outpost near Maungdaw on Monday.")
    assert (event.event_type, event.sub_event_type) == (
        "Battles",
        "Non-state actor overtakes territory",
    )


def test_a_junta_is_its_countrys_forces(extractor: RuleExtractor) -> None:
    event = _event(extractor, "The junta bombed a monastery in Sagaing Region, killing nine monks.")
    assert event.actor is not None and event.actor.name == "Military Forces of Myanmar"


@pytest.mark.parametrize(
    ("text", "lang", "actor", "country"),
    [
        (
            "Airstrikes by Israel killed 12 people in southern Lebanon on Monday.",
            "en",
            "Military Forces of Israel",
            "LB",
        ),
        (
            "An airstrike carried out by Turkey killed four PKK fighters in northern Iraq.",
            "en",
            "Military Forces of Turkey",
            "IQ",
        ),
        (
            "A drone strike by the US killed three al-Shabaab militants near Jilib on Sunday.",
            "en",
            "Military Forces of United States",
            "SO",
        ),
        (
            "قتل 12 شخصا في غارات شنتها إسرائيل على جنوب لبنان يوم الاثنين.",
            "ar",
            "Military Forces of Israel",
            "LB",
        ),
        (
            "قتل أربعة مسلحين في غارة نفذتها تركيا شمالي العراق.",
            "ar",
            "Military Forces of Turkey",
            "IQ",
        ),
    ],
)
def test_a_country_named_as_who_struck_is_its_forces_not_the_place(
    extractor: RuleExtractor, text: str, lang: str, actor: str, country: str
) -> None:
    ev = only_event(extractor, text, lang)
    assert_has(ev.actor, name=actor)
    assert ev.location is not None and ev.location.country_code == country


def test_a_country_after_by_that_did_no_attack_is_no_side(extractor: RuleExtractor) -> None:
    ev = only_event(
        extractor,
        "The attack was condemned by France. Gunmen killed six villagers in Zamfara state.",
        "en",
    )
    assert ev.actor is None or ev.actor.name != "Military Forces of France"
