"""Arabic verb-first clauses whose subject has several words ("قتل مسلحون من حركة الشباب خمسة
جنود"): the verb before the subject counts the figure right after it, on sentences written for
these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.extraction import RuleExtractor
from app.extraction.steps.casualties import find_casualties
from app.extraction.steps.casualty_lexicon import load_casualty_lexicon
from app.extraction.steps.number_lexicon import load_number_lexicon
from tests.extraction.events import Want, assert_event, only_event

DATA = Path(__file__).resolve().parents[2] / "app" / "extraction" / "data"


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
    other = "wounded" if kind == "killed" else "killed"
    want: dict[str, Want] = {"actor": {"text": actor}, kind: count, other: None}
    assert_event(only_event(extractor, text, "ar"), **want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "وقتلت طائرات حربية روسية عشرة مدنيين في ريف إدلب.",
            {
                "actor": {"name": "Military Forces of Russia"},
                "target": {"name": "Civilians"},
                "killed": 10,
            },
            id="feminine-verb-before-warplanes-of-a-stated-country-counts-their-victims",
        ),
        pytest.param(
            "جرحت قوات الشرطة الكينية ثمانية محتجين في نيروبي.",
            {"actor": {"text": "قوات الشرطة الكينية"}, "wounded": 8},
            id="police-of-several-words-after-wounded-hurt-the-protesters-counted-after",
        ),
        pytest.param(
            "أعدم تنظيم داعش خمسة مدنيين في مدينة الموصل شمالي العراق.",
            {"actor": {"name": "Islamic State"}, "target": {"name": "Civilians"}, "killed": 5},
            id="executed-with-its-victims-after-the-group-names-the-group-the-actor",
        ),
    ],
)
def test_arabic_verb_before_a_side_of_several_words_names_the_side_and_its_victims(
    extractor: RuleExtractor, text: str, want: dict[str, Want]
) -> None:
    assert_event(only_event(extractor, text, "ar"), **want)


# guards: these pass with and without the rule above


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "قتل ثلاثة جنود من الجيش العراقي في هجوم على حاجز في محافظة ديالى.",
            {"actor": None, "killed": 3},
            id="killed-with-the-victims-right-after-it-stays-passive-beside-a-long-side",
        ),
        pytest.param(
            "قتل مسلحون من حركة طالبان في ولاية قندوز يوم الأحد بعد أن هاجموا ثلاثة حواجز للجيش.",
            {"killed": None, "actor": None},
            id="a-figure-far-from-the-side-after-killed-does-not-borrow-the-verb",
        ),
    ],
)
def test_arabic_verb_first_guard_keeps_a_passive_or_distant_toll_without_an_actor(
    extractor: RuleExtractor, text: str, want: dict[str, Want]
) -> None:
    assert_event(only_event(extractor, text, "ar"), **want)


def test_arabic_a_part_of_the_side_after_killed_is_no_toll_it_killed(
    extractor: RuleExtractor,
) -> None:
    ev = only_event(
        extractor, "قتل مسلحون من حركة طالبان ثلاثة منهم قادة في غارة جوية على ولاية قندوز.", "ar"
    )
    assert ev.killed is None
    assert ev.actor is None or ev.actor.name != "Taliban"


def test_arabic_members_of_a_group_after_targeted_with_no_toll_are_its_object(
    extractor: RuleExtractor,
) -> None:
    ev = only_event(
        extractor, "قال الجيش إن طائراته استهدفت عناصر من حركة طالبان في ولاية قندوز.", "ar"
    )
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


def test_the_pronoun_of_inna_is_the_subject_and_what_follows_the_verb_its_object(
    extractor: RuleExtractor,
) -> None:
    text = (
        "وقال الجيش التركي في بيان إنه استهدف خلية إرهابية، مضيفا أن قواته اعتقلت أربعة مطلوبين"
        " في مدينة ماردين أمس."
    )
    ev = only_event(extractor, text, "ar")
    assert_event(ev, actor={"name": "Military Forces of Turkey"})
