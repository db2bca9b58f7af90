"""English wire probes: a headline's bare singular after its country heading, the object of an
attack verb (a small town it hit, a side it bombed), weapons named by an army's demonym."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED, assert_has, only_event


@pytest.mark.parametrize(
    ("text", "country", "killed", "wounded"),
    [
        ("Chad: soldier killed in Boko Haram attack", "TD", 1, None),
        ("Mali: gendarme killed in jihadist ambush near Gao", "ML", 1, None),
        ("Iraq: policeman wounded in IED blast in Kirkuk", "IQ", None, 1),
    ],
)
def test_a_bare_singular_after_a_headline_heading_is_one_victim(
    extractor: RuleExtractor, text: str, country: str, killed: int | None, wounded: int | None
) -> None:
    event = only_event(extractor, text)
    assert_has(event.location, country_code=country)
    for got, want in ((event.killed, killed), (event.wounded, wounded)):
        if want is None:
            assert got is None
        else:
            assert_has(got, best=want)


def test_a_long_clause_before_a_colon_is_no_heading(extractor: RuleExtractor) -> None:
    text = "The governor of the province told reporters on Monday that: soldier killed in ambush"
    assert extractor.extract(text, published=PUBLISHED, language="en").events == ()


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("A rocket hit Sderot on Monday.", "Sderot", "IL"),
        ("Israeli tanks shelled Jabalia on Monday.", "Jabalya", "PS"),
    ],
)
def test_a_small_town_right_after_an_attack_verb_is_where_it_struck(
    extractor: RuleExtractor, text: str, place: str, country: str
) -> None:
    assert_has(only_event(extractor, text).location, name=place, country_code=country)


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Israeli jets bombed Hamas targets in Rafah.", "Military Forces of Israel", "Hamas"),
        ("Turkish jets bombed PKK hideouts in Duhok.", "Military Forces of Turkey", "PKK"),
    ],
)
def test_a_side_right_after_an_attack_verb_is_its_target(
    extractor: RuleExtractor, text: str, actor: str, target: str
) -> None:
    event = only_event(extractor, text)
    assert_has(event.actor, name=actor)
    assert event.target is not None and target in (event.target.name, event.target.text)


def test_tanks_named_by_a_demonym_are_that_army(extractor: RuleExtractor) -> None:
    event = only_event(extractor, "Israeli tanks shelled Jabalia.")
    assert_has(event.actor, name="Military Forces of Israel", text="Israeli tanks")
    assert_has(event.location, country_code="PS")


def test_jets_that_pound_a_city_carry_out_an_air_strike(extractor: RuleExtractor) -> None:
    event = only_event(extractor, "Syria: Russian jets pound Idlib, 5 dead")
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    assert_has(event.actor, name="Military Forces of Russia")
    assert_has(event.killed, best=5)


def test_a_ministry_of_a_country_speaking_makes_no_home_of_it(extractor: RuleExtractor) -> None:
    text = (
        "Heavy fighting near Avdiivka killed dozens of soldiers, the Russian defence ministry said."
    )
    event = only_event(extractor, text)
    assert_has(event.location, country_code="UA")


def test_a_force_that_repelled_an_assault_is_its_target(extractor: RuleExtractor) -> None:
    event = only_event(extractor, "Ukrainian troops repelled a Russian assault near Bakhmut.")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert_has(event.actor, name="Military Forces of Russia")
    assert_has(event.target, name="Military Forces of Ukraine")


def test_an_advance_with_no_fighting_told_is_no_event(extractor: RuleExtractor) -> None:
    text = "Russian troops advanced near Avdiivka, the Russian defence ministry said."
    assert extractor.extract(text, published=PUBLISHED, language="en").events == ()


def test_a_headline_victim_before_shot_dead_is_the_target(extractor: RuleExtractor) -> None:
    event = only_event(extractor, "Pakistan: policeman shot dead in Quetta")
    assert event.actor is None
    assert_has(event.target, kind="police", country_code="PK")
    assert_has(event.killed, best=1)


def test_tank_fire_named_by_a_demonym_is_that_army(extractor: RuleExtractor) -> None:
    event = only_event(extractor, "Russian tank fire killed two civilians in Vuhledar.")
    assert_has(event.actor, name="Military Forces of Russia")
    assert_has(event.location, country_code="UA")
    assert_has(event.killed, best=2)


def test_rebel_positions_are_no_post_of_the_army_that_shelled_them(
    extractor: RuleExtractor,
) -> None:
    event = only_event(extractor, "Syrian army shelled rebel positions in Daraa.")
    assert_has(event.actor, name="Military Forces of Syria")
    assert_has(event.target, kind="unidentified_armed_group")
