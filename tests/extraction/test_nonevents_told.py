"""Sentences that ask about, recall or follow up an attack report no new event."""

from __future__ import annotations

from datetime import date

import pytest

from app.extraction import RuleExtractor
from app.extraction.types import ExtractedEvent

PUBLISHED = date(2024, 5, 2)


def _events(extractor: RuleExtractor, text: str, lang: str) -> tuple[ExtractedEvent, ...]:
    return extractor.extract(text, published=PUBLISHED, language=lang).events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("هل كان الجيش يتوقع أن يشن المسلحون هجوما على القاعدة العسكرية في كركوك أمس؟", "ar"),
        ("Who ordered the shelling of the market in Donetsk on Tuesday?", "en"),
    ],
)
def test_a_question_reports_no_event(extractor: RuleExtractor, text: str, lang: str) -> None:
    assert _events(extractor, text, lang) == ()


def test_a_question_quoted_at_the_end_leaves_the_report(extractor: RuleExtractor) -> None:
    text = "قتل مسلحون ثلاثة جنود في هجوم على حاجز في بعقوبة أمس، ورفع الأهالي لافتات كتب عليها «إلى متى؟»"
    assert [e.event_type for e in _events(extractor, text, "ar")] == ["Battles"]


def test_an_attack_dated_years_back_beside_a_report_date_is_background(
    extractor: RuleExtractor,
) -> None:
    text = "أعلنت الشرطة أمس أنها عثرت على وثائق تخص خطف صحافي فرنسي في بغداد عام 2015"
    assert _events(extractor, text, "ar") == ()


def test_an_old_year_beside_the_attack_day_is_a_reference(extractor: RuleExtractor) -> None:
    text = "قتل أمس خمسة جنود في هجوم انتحاري على قاعدة في هلمند، هو الأول في الولاية في عام 2019"
    (event,) = _events(extractor, text, "ar")
    assert event.date is not None and event.date.value == date(2024, 5, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وأعلنت حركة الشباب مسؤوليتها عن التفجير.", "ar"),
        ("Al-Shabaab claimed responsibility for the bombing.", "en"),
    ],
)
def test_a_claim_of_the_attack_alone_is_no_event(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    assert _events(extractor, text, lang) == ()


def test_a_claim_of_an_attack_it_describes_is_an_event(extractor: RuleExtractor) -> None:
    text = "أعلنت حركة الشباب مسؤوليتها عن تفجير سيارة مفخخة في مقديشو أمس"
    (event,) = _events(extractor, text, "ar")
    assert event.actor is not None and event.actor.name == "Al-Shabaab"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أفرج مسلحون أمس عن مهندسين تركيين خطفا في كركوك الشهر الماضي", "ar"),
        ("Gunmen freed two Turkish engineers on Monday who had been abducted near Kirkuk.", "en"),
    ],
)
def test_the_abduction_a_release_ended_is_no_event(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    assert _events(extractor, text, lang) == ()


def test_an_abduction_is_still_an_event(extractor: RuleExtractor) -> None:
    (event,) = _events(extractor, "خطف مسلحون مهندسين تركيين في كركوك أمس", "ar")
    assert event.sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "قال مصدر قضائي إن ستة أشخاص سيحاكمون الشهر المقبل في الرباط بسبب الاعتداءات التي "
            "استهدفت فندقا في مراكش وأوقعت 17 قتيلا",
            "ar",
        ),
        (
            "Six men will be tried in Rabat next month over the attack on a hotel in Marrakesh "
            "that killed 17 people, a judicial source said.",
            "en",
        ),
    ],
)
def test_a_coming_trial_reports_no_event(extractor: RuleExtractor, text: str, lang: str) -> None:
    assert _events(extractor, text, lang) == ()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أصدرت محكمة عسكرية أمس أحكاما على ستة متهمين بتنفيذ تفجير استهدف حافلة في مدينة الموصل عام 2016.\n"
         "وكان التفجير قد أسفر عن مقتل 14 راكبا.", "ar"),
        ("A military court yesterday sentenced six men over a bombing that targeted a bus in Mosul in 2016.\n"
         "The bombing killed 14 passengers.", "en"),
    ],
)  # fmt: skip
def test_the_attack_referred_back_to_an_incident_years_old_is_background(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    assert _events(extractor, text, lang) == ()


def test_the_attack_referred_back_to_a_recent_incident_keeps_its_toll(
    extractor: RuleExtractor,
) -> None:
    text = "انفجرت عبوة ناسفة أمس في سوق بمدينة الموصل.\nوأسفر الانفجار عن مقتل 14 شخصا."
    (event,) = _events(extractor, text, "ar")
    assert event.killed is not None and event.killed.best == 14


def test_an_arabic_court_ruling_on_defendants_is_no_event(extractor: RuleExtractor) -> None:
    text = "الجنايات تقضي اليوم بإعدام خمسة متهمين في قضية الهجوم على حاجز أمني بمدينة العريش"
    assert _events(extractor, text, "ar") == ()


def test_an_attack_dated_by_month_and_old_year_in_a_relative_clause_is_background(
    extractor: RuleExtractor,
) -> None:
    text = (
        "زار الوفد قبر القائد الذي اغتاله مسلحون في أكتوبر (تشرين الأول) عام 1995 في منزله في بيروت"
    )
    assert _events(extractor, text, "ar") == ()


def test_an_attack_dated_by_month_of_this_year_is_still_reported(extractor: RuleExtractor) -> None:
    text = "اغتال مسلحون قائدا في منزله في بيروت في أبريل (نيسان) عام 2024"
    (event,) = _events(extractor, text, "ar")
    assert event.date is not None and event.date.value == date(2024, 4, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("زار الوزير الفندق الذي كان يديره رجل أعمال اغتاله مسلحون في بغداد قبل عامين", "ar"),
        (
            "The minister visited the hotel whose owner gunmen shot dead in Baghdad three years ago",
            "en",
        ),
    ],
)
def test_an_attack_told_as_years_ago_is_background(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    assert _events(extractor, text, lang) == ()


def test_an_attack_two_days_ago_is_still_reported(extractor: RuleExtractor) -> None:
    text = "اغتال مسلحون رجل أعمال في بغداد قبل يومين"
    (event,) = _events(extractor, text, "ar")
    assert event.date is not None and event.date.value == date(2024, 4, 30)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وناقش البرلمان أمس الاعتداءات على المزارعين في بلدة الطويشة بشمال دارفور.", "ar"),
        (
            "Parliament debated the attacks on farmers in the town of Tawila in North Darfur on Monday.",
            "en",
        ),
    ],
)
def test_definite_plural_attacks_with_no_toll_are_talked_about(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    assert _events(extractor, text, lang) == ()


@pytest.mark.parametrize(
    ("text", "lang", "killed"),
    [
        ("شن مسلحون هجمات على ثلاث قرى في ولاية بورنو أمس.", "ar", None),
        ("قتل ثلاثة أشخاص في الهجمات التي استهدفت قرى في ولاية بورنو أمس.", "ar", 3),
        ("Gunmen carried out attacks on three villages in Borno state on Monday.", "en", None),
        ("The attacks on three villages in Borno state on Monday killed 12 people.", "en", 12),
    ],
)
def test_plural_attacks_told_with_a_toll_or_indefinite_are_reported(
    extractor: RuleExtractor, text: str, lang: str, killed: int | None
) -> None:
    (event,) = _events(extractor, text, lang)
    assert event.event_type == "Violence against civilians"
    assert (event.killed.best if event.killed else None) == killed


@pytest.mark.parametrize(
    "text",
    [
        "وبث التلفزيون الرسمي مساء الخميس اعترافات لخمسة أشخاص حول تفجير سيارة مفخخة في حي المزة بدمشق.",
        "وقال المتحدث باسم الحزب في بيان أمس: ندين الهجوم على حافلة الركاب في مدينة كويتا.",
        "وقال الوزير أمس «إننا نستنكر الاعتداء على مسجد القرية في ريف حلب».",
    ],
)
def test_confessions_and_we_condemn_tell_of_a_known_attack(
    extractor: RuleExtractor, text: str
) -> None:
    assert _events(extractor, text, "ar") == ()


def test_a_car_bomb_told_with_its_toll_is_reported(extractor: RuleExtractor) -> None:
    text = "قتل خمسة أشخاص في تفجير سيارة مفخخة في حي المزة بدمشق مساء الخميس."
    (event,) = _events(extractor, text, "ar")
    assert event.killed is not None and event.killed.best == 5
