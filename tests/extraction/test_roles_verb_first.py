"""Arabic verb-first clauses: the subject written after its verb, on sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from app.extraction import RuleExtractor
from app.extraction.types import ExtractedEvent

PUBLISHED = date(2024, 3, 6)


def _only(extractor: RuleExtractor, text: str) -> ExtractedEvent:
    events = extractor.extract(text, published=PUBLISHED, language="ar").events
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize("verb", ["قتل", "قتلوا"])
def test_arabic_gunmen_after_killed_with_a_toll_after_them_killed_the_soldiers(
    extractor: RuleExtractor, verb: str
) -> None:
    ev = _only(
        extractor,
        f"{verb} مسلحون أربعة جنود قرب حاجز أمني في ولاية قندوز شمالي أفغانستان مساء الثلاثاء.",
    )
    assert ev.actor is not None and (ev.actor.name, ev.actor.text) == (
        "Unidentified Armed Group",
        "مسلحون",
    )
    assert ev.target is not None and ev.target.kind == "state_forces"
    assert ev.target.text == "جنود"
    assert ev.killed is not None and ev.killed.best == 4
    assert ev.killed.span is not None and ev.killed.span.text == "أربعة"


def test_arabic_killed_with_the_victims_right_after_it_stays_passive(
    extractor: RuleExtractor,
) -> None:
    ev = _only(
        extractor, "قتل أربعة جنود قرب حاجز أمني في ولاية قندوز شمالي أفغانستان مساء الثلاثاء."
    )
    assert ev.actor is None
    assert ev.target is not None and ev.target.text == "جنود"
    assert ev.killed is not None and ev.killed.best == 4


def test_arabic_forces_after_a_feminine_verb_killed_the_militants_they_are_followed_by(
    extractor: RuleExtractor,
) -> None:
    ev = _only(extractor, "قتلت قوات الأمن سبعة مسلحين في ولاية قندوز شمالي أفغانستان يوم الأحد.")
    assert ev.actor is not None and ev.actor.kind == "state_forces"
    assert ev.actor.text == "قوات الأمن"
    assert ev.target is not None and (ev.target.kind, ev.target.text) == (
        "unidentified_armed_group",
        "مسلحين",
    )
    assert ev.killed is not None and ev.killed.best == 7


def test_arabic_gunmen_after_wounded_with_civilians_counted_after_them_wounded_them(
    extractor: RuleExtractor,
) -> None:
    ev = _only(
        extractor, "أصاب مسلحون ستة مدنيين بجروح في سوق بولاية قندوز شمالي أفغانستان يوم الأحد."
    )
    assert ev.actor is not None and ev.actor.text == "مسلحون"
    assert ev.target is not None and ev.target.name == "Civilians"
    assert ev.wounded is not None and ev.wounded.best == 6


def test_arabic_gunmen_joined_by_and_to_the_next_side_were_killed_with_it(
    extractor: RuleExtractor,
) -> None:
    # "قتل مسلحون وجنود": gunmen and soldiers were killed; neither did it
    ev = _only(extractor, "قتل مسلحون وجنود في اشتباك بولاية قندوز شمالي أفغانستان يوم الأحد.")
    assert ev.actor is None


@pytest.mark.parametrize(
    ("text", "lang", "target"),
    [
        ("هاجم مسلحون حافلة في ولاية قندوز، ما أسفر عن مقتل ستة أشخاص.", "ar", "حافلة"),
        ("هاجم مسلحون حافلة في ولاية قندوز، ما أسفر عن مقتل ستة عمال.", "ar", "حافلة"),
        ("Gunmen attacked a bus in Kunduz province, killing six people.", "en", "bus"),
    ],
)
def test_the_object_attacked_after_the_verb_and_its_subject_is_the_target_not_the_dead(
    extractor: RuleExtractor, text: str, lang: str, target: str
) -> None:
    events = extractor.extract(text, published=PUBLISHED, language=lang).events
    assert len(events) == 1, events
    ev = events[0]
    assert ev.actor is not None and ev.actor.name == "Unidentified Armed Group"
    assert ev.target is not None and (ev.target.name, ev.target.text) == ("Civilians", target)
    assert ev.killed is not None and ev.killed.best == 6
