"""A heading before a colon names the incident; the sentence after it tells who did what to
whom. The people a toll counts are the victims' words, not the verb before them. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

from app.extraction import RuleExtractor
from app.extraction.types import ExtractedEvent

PUBLISHED = date(2024, 3, 6)


def _only(extractor: RuleExtractor, text: str, language: str) -> ExtractedEvent:
    events = extractor.extract(text, published=PUBLISHED, language=language).events
    assert len(events) == 1, events
    return events[0]


def test_gunman_after_a_heading_colon_is_the_actor_not_the_target(
    extractor: RuleExtractor,
) -> None:
    ev = _only(
        extractor,
        "2019 Kirkuk shooting: A gunman killed a man and wounded his son in a field.",
        "en",
    )
    assert ev.actor is not None and (ev.actor.kind, ev.actor.text) == (
        "unidentified_armed_group",
        "gunman",
    )
    assert ev.target is not None and ev.target.text == "a man"


def test_demonym_and_person_noun_counted_by_the_toll_are_the_victims(
    extractor: RuleExtractor,
) -> None:
    ev = _only(
        extractor,
        "Kirkuk bombing: A masked gunman killed an Egyptian man near a bakery in Kirkuk.",
        "en",
    )
    assert ev.actor is not None and ev.actor.text == "gunman"
    assert ev.target is not None and (ev.target.kind, ev.target.text) == (
        "civilians",
        "Egyptian man",
    )
    assert ev.target.country_code is None  # the man's nationality names no side


def test_victims_of_a_toll_with_no_noun_are_the_figure_not_the_verb(
    extractor: RuleExtractor,
) -> None:
    ev = _only(extractor, "Militants shot dead three near a well in Borno state.", "en")
    assert ev.target is not None and ev.target.text == "three"


def test_at_least_stays_with_the_figure_it_qualifies(extractor: RuleExtractor) -> None:
    ev = _only(extractor, "At least 14 killed in attack in Borno state.", "en")
    assert ev.target is not None and ev.target.text == "At least 14 killed"


def test_arabic_heading_then_verb_first_clause_victim_is_the_man_alone(
    extractor: RuleExtractor,
) -> None:
    ev = _only(extractor, "هجوم الحويجة: قتل مسلح رجلا وأصاب زوجته قرب مدينة كركوك.", "ar")
    assert ev.actor is not None and ev.actor.text == "مسلح"
    assert ev.target is not None and ev.target.text == "رجلا"
    assert ev.killed is not None and ev.killed.best == 1
