"""Deaths no one inflicted, a claim "by" a group after the attack, nobody killed, a sailor
as a victim, headlines of territory taken, and a sabotage blast."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED, assert_has, only_event


@pytest.mark.parametrize(
    "text",
    [
        "A gas cylinder explosion at a restaurant in Lahore killed six diners.",
        "Nineteen passengers died in a bus crash on the road between Kano and Zaria.",
        "A flash flood swept through villages near Kandahar on Monday, killing 40 people.",
        "A fire broke out at a market in Onitsha, killing three traders.",
    ],
)
def test_accidents_and_disasters_are_no_conflict_event(extractor: RuleExtractor, text: str) -> None:
    assert extractor.extract(text, published=PUBLISHED, language="en").events == ()


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead nine miners near Quetta on Sunday in an attack claimed by the Islamic State.",
        "A suicide bomber killed 11 people at a funeral in Jalalabad, an attack claimed by the Islamic State.",
    ],
)
def test_a_group_the_attack_was_claimed_by_is_its_actor(
    extractor: RuleExtractor, text: str
) -> None:
    assert_has(only_event(extractor, text).actor, name="Islamic State")


@pytest.mark.parametrize(
    "text",
    [
        "The car bomb killed nobody, police in Kirkuk said.",
        "A roadside bomb struck an army truck near Kirkuk on Monday but killed no one.",
    ],
)
def test_killed_no_one_is_a_toll_of_zero(extractor: RuleExtractor, text: str) -> None:
    assert_has(only_event(extractor, text).killed, best=0)


def test_a_sailor_is_a_victim(extractor: RuleExtractor) -> None:
    text = "Pirates shot dead a sailor aboard a tanker off Lagos."
    assert_has(only_event(extractor, text).killed, best=1)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Malian army retakes town from jihadists", "Government regains territory"),
        ("Rebels seize town of Kamanyola", "Non-state actor overtakes territory"),
        (
            "Houthis capture city of Harib after days of fighting",
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_headlines_of_territory_taken_in_the_present(
    extractor: RuleExtractor, text: str, sub_event_type: str
) -> None:
    assert_has(only_event(extractor, text), event_type="Battles", sub_event_type=sub_event_type)


def test_blowing_up_a_bridge_is_an_explosion(extractor: RuleExtractor) -> None:
    text = "Insurgents blew up a bridge near Mosul on Friday."
    assert_has(only_event(extractor, text), event_type="Explosions/Remote violence")


def test_an_attack_told_beside_a_disaster_keeps_its_own_toll(extractor: RuleExtractor) -> None:
    text = "Shelling killed four civilians in Kharkiv on Monday, days after floods killed 12 there."
    event = only_event(extractor, text)
    assert_has(event, event_type="Explosions/Remote violence")
    assert_has(event.killed, best=4)


def test_looting_beside_a_raid_and_a_toll_is_the_attack(extractor: RuleExtractor) -> None:
    text = "Bandits stormed Gidan Bawa village in Sokoto, looted shops and killed seven farmers."
    event = only_event(extractor, text)
    assert_has(event, event_type="Violence against civilians", sub_event_type="Attack")
    assert_has(event.killed, best=7)


def test_a_riot_told_by_what_the_crowd_did(extractor: RuleExtractor) -> None:
    text = "Rioters ransacked shops and torched cars in Durban."
    assert_has(only_event(extractor, text), event_type="Riots")


def test_a_headline_march_is_a_protest(extractor: RuleExtractor) -> None:
    event = only_event(extractor, "Thousands march in Tunis against the president")
    assert_has(event, event_type="Protests")
    # the month is no march
    text = "In March, gunmen killed five traders in Kano."
    assert_has(only_event(extractor, text), event_type="Violence against civilians")
