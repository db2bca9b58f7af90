"""Arabic verb-first clauses whose subject has several words ("قتل مسلحون من حركة الشباب خمسة
جنود"): the verb before the subject counts the figure right after it, on sentences written for
these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.extraction import RuleExtractor
from app.extraction.steps.casualties import find_casualties
from app.extraction.steps.casualty_lexicon import load_casualty_lexicon
from app.extraction.steps.number_lexicon import load_number_lexicon
from app.extraction.types import ExtractedEvent

PUBLISHED = date(2024, 3, 6)
DATA = Path(__file__).resolve().parents[2] / "app" / "extraction" / "data"


def _only(extractor: RuleExtractor, text: str) -> ExtractedEvent:
    events = extractor.extract(text, published=PUBLISHED, language="ar").events
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize(
    ("text", "actor", "kind", "count"),
    [
        (
            "قتل مسلحون من حركة الشباب خمسة جنود قرب قاعدة عسكرية في إقليم شبيلي السفلى.",
            "مسلحون من حركة الشباب",
            "killed",
            5,
        ),
        (
            "قتل مسلحو جماعة بوكو حرام ستة مزارعين قرب مدينة مايدوغوري شمال شرقي نيجيريا.",
            "مسلحو جماعة بوكو حرام",
            "killed",
            6,
        ),
        (
            "قتلت قوات الأمن العراقية خمسة مسلحين في محافظة ديالى.",
            "قوات الأمن العراقية",
            "killed",
            5,
        ),
        # members' noun and "من" before the named group
        (
            "وقتل عناصر من تنظيم داعش أربعة رعاة في صحراء الأنبار غربي العراق.",
            "تنظيم داعش",
            "killed",
            4,
        ),
        (
            "أصاب مسلحون من حركة الشباب سبعة مدنيين في سوق بمقديشو.",
            "مسلحون من حركة الشباب",
            "wounded",
            7,
        ),
        (
            "جرح مسلحو جماعة بوكو حرام ستة مزارعين قرب مدينة مايدوغوري.",
            "مسلحو جماعة بوكو حرام",
            "wounded",
            6,
        ),
    ],
)
def test_arabic_verb_before_a_subject_of_several_words_counts_the_figure_after_it(
    extractor: RuleExtractor, text: str, actor: str, kind: str, count: int
) -> None:
    ev = _only(extractor, text)
    assert ev.actor is not None and ev.actor.text == actor
    toll, other = (ev.killed, ev.wounded) if kind == "killed" else (ev.wounded, ev.killed)
    assert toll is not None and toll.best == count
    assert other is None


def test_arabic_feminine_verb_before_warplanes_of_a_stated_country_counts_their_victims(
    extractor: RuleExtractor,
) -> None:
    ev = _only(extractor, "وقتلت طائرات حربية روسية عشرة مدنيين في ريف إدلب.")
    assert ev.actor is not None and ev.actor.name == "Military Forces of Russia"
    assert ev.target is not None and ev.target.name == "Civilians"
    assert ev.killed is not None and ev.killed.best == 10


def test_arabic_police_of_several_words_after_wounded_hurt_the_protesters_counted_after(
    extractor: RuleExtractor,
) -> None:
    ev = _only(extractor, "جرحت قوات الشرطة الكينية ثمانية محتجين في نيروبي.")
    assert ev.actor is not None and ev.actor.text == "قوات الشرطة الكينية"
    assert ev.wounded is not None and ev.wounded.best == 8


def test_arabic_executed_with_its_victims_after_the_group_names_the_group_the_actor(
    extractor: RuleExtractor,
) -> None:
    ev = _only(extractor, "أعدم تنظيم داعش خمسة مدنيين في مدينة الموصل شمالي العراق.")
    assert ev.actor is not None and ev.actor.name == "Islamic State"
    assert ev.target is not None and ev.target.name == "Civilians"
    assert ev.killed is not None and ev.killed.best == 5


# guards: these pass with and without the rule above


def test_arabic_killed_with_the_victims_right_after_it_stays_passive_beside_a_long_side(
    extractor: RuleExtractor,
) -> None:
    ev = _only(extractor, "قتل ثلاثة جنود من الجيش العراقي في هجوم على حاجز في محافظة ديالى.")
    assert ev.actor is None
    assert ev.killed is not None and ev.killed.best == 3


def test_arabic_a_figure_far_from_the_side_after_killed_does_not_borrow_the_verb(
    extractor: RuleExtractor,
) -> None:
    ev = _only(
        extractor,
        "قتل مسلحون من حركة طالبان في ولاية قندوز يوم الأحد بعد أن هاجموا ثلاثة حواجز للجيش.",
    )
    assert ev.killed is None
    assert ev.actor is None


def test_arabic_a_part_of_the_side_after_killed_is_no_toll_it_killed(
    extractor: RuleExtractor,
) -> None:
    ev = _only(extractor, "قتل مسلحون من حركة طالبان ثلاثة منهم قادة في غارة جوية على ولاية قندوز.")
    assert ev.killed is None
    assert ev.actor is None or ev.actor.name != "Taliban"


def test_arabic_members_of_a_group_after_targeted_with_no_toll_are_its_object(
    extractor: RuleExtractor,
) -> None:
    ev = _only(extractor, "قال الجيش إن طائراته استهدفت عناصر من حركة طالبان في ولاية قندوز.")
    assert ev.actor is None or ev.actor.name != "Taliban"


def test_arabic_casualty_finder_bridges_only_a_subject_it_is_given() -> None:
    lex = load_casualty_lexicon(DATA / "ar")
    numbers = load_number_lexicon(DATA / "ar")
    text = "قتل مسلحون من حركة الشباب خمسة جنود في الهجوم."
    side = text.index("مسلحون"), text.index(" خمسة")
    assert find_casualties(text, lex, numbers) == ()
    (found,) = find_casualties(text, lex, numbers, subjects=[side])
    assert (found.kind, found.figure.best, found.cue.text) == ("killed", 5, "قتل")
    # a passive verb ("أصيب") is no verb a subject follows
    passive = text.replace("قتل", "أصيب", 1)
    assert find_casualties(passive, lex, numbers, subjects=[side]) == ()
