"""Victims told by office ("killed the district governor and his bodyguard"), a victim who
died of wounds in a later sentence, and a state's aircraft with "government" between."""

from __future__ import annotations

from app.extraction import RuleExtractor
from tests.extraction.events import assert_has, only_event


def test_an_official_and_his_bodyguard_count_two(extractor: RuleExtractor) -> None:
    text = "A magnetic bomb killed the district governor and his bodyguard in Khost on Sunday."
    assert_has(only_event(extractor, text).killed, best=2)


def test_a_victim_who_died_of_wounds_counts_one(extractor: RuleExtractor) -> None:
    text = "A man stabbed a tourist near the old market in Hebron. The victim died of his wounds."
    assert_has(only_event(extractor, text).killed, best=1)
    # a counted part of the wounded keeps its figure, not one for the pronoun
    text = "Gunmen wounded six traders in Maiduguri. Three of them later died in hospital."
    assert_has(only_event(extractor, text).killed, best=3)


def test_a_country_s_government_aircraft_are_its_forces(extractor: RuleExtractor) -> None:
    text = "Sudanese government helicopters dropped bombs on a market in Kauda, killing six people."
    assert_has(only_event(extractor, text).actor, name="Military Forces of Sudan")


def test_one_killed_with_a_victim_counts(extractor: RuleExtractor) -> None:
    text = "Bandits shot dead a village imam and his nephew in Tsafe, Zamfara State."
    assert_has(only_event(extractor, text).killed, best=2)
    # a relative who speaks is no victim
    text = "Bandits shot dead a farmer in Tsafe, his cousin told reporters."
    assert_has(only_event(extractor, text).killed, best=1)


def test_a_manner_of_killing_before_its_victims_counts_them(extractor: RuleExtractor) -> None:
    text = "Militants hacked to death nine farmers near Beni on Sunday."
    assert_has(only_event(extractor, text).killed, best=9)
