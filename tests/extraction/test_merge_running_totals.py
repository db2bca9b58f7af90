"""A toll told as a running total ("the toll rose to 12", "وارتفع عدد الشهداء إلى 12") updates
the incident told before it: one event, with the later figure, on sentences written for these
tests."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED, only_event


@pytest.mark.parametrize(
    ("text", "lang", "killed"),
    [
        pytest.param(
            "استشهد عشرة فلسطينيين في قصف إسرائيلي على منزل في مخيم النصيرات وسط قطاع غزة. "
            "وارتفع عدد الشهداء في القصف إلى 12 شهيدا بحسب مصادر طبية.",
            "ar",
            12,
            id="ar-the-shelling-told-again-with-its-risen-toll",
        ),
        pytest.param(
            "قتل سبعة مدنيين في غارات جوية روسية على بلدة أريحا في ريف إدلب. "
            "وارتفعت حصيلة القتلى إلى تسعة.",
            "ar",
            9,
            id="ar-a-risen-toll-in-a-sentence-of-its-own",
        ),
        pytest.param(
            "Russian air strikes killed seven civilians in the town of Ariha in Idlib province. "
            "The death toll from the strikes rose to nine on Wednesday, rescuers said.",
            "en",
            9,
            id="en-the-strikes-told-again-with-their-risen-toll",
        ),
    ],
)
def test_a_running_total_updates_the_incident_before_it(
    extractor: RuleExtractor, text: str, lang: str, killed: int
) -> None:
    ev = only_event(extractor, text, lang)
    assert ev.killed is not None and ev.killed.best == killed
    assert ev.location is not None and ev.location.country_code in ("PS", "SY")


def test_a_second_toll_with_no_rise_is_still_another_incident(extractor: RuleExtractor) -> None:
    text = (
        "قتل سبعة مدنيين في غارة جوية على بلدة أريحا في ريف إدلب. "
        "وقتل ثلاثة أشخاص في قصف مدفعي على مدينة سراقب."
    )
    events = extractor.extract(text, published=PUBLISHED, language="ar").events
    assert sorted(e.killed.best for e in events if e.killed) == [3, 7]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "مقتل قيادي في الحشد الشعبي بغارة في القائم\n"
            "قتل قيادي في الحشد الشعبي واثنان من مرافقيه في غارة جوية استهدفت سيارتهم في قضاء "
            "القائم غربي الأنبار.",
            "ar",
            id="ar-headline-names-the-commander-the-body-his-guards-too",
        ),
        pytest.param(
            "Two policemen killed in Kirkuk attack\n"
            "Gunmen killed three policemen at a checkpoint near the town of Hawija in Kirkuk "
            "province on Tuesday.",
            "en",
            id="en-headline-counts-two-the-body-three",
        ),
    ],
)
def test_a_headline_counting_fewer_than_the_body_is_the_same_incident(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    ev = only_event(extractor, text, lang)
    assert ev.killed is not None and ev.killed.best == 3


def test_a_lead_sentence_counting_fewer_is_still_another_incident(
    extractor: RuleExtractor,
) -> None:
    text = (
        "قتل شخص في غارة جوية على قرية قرب مدينة الرقة. "
        "وقتل ثلاثة أشخاص في غارة أخرى على قرية قرب مدينة الطبقة."
    )
    events = extractor.extract(text, published=PUBLISHED, language="ar").events
    assert sorted(e.killed.best for e in events if e.killed) == [1, 3]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "أعلنت حركة الشباب أنها قتلت 11 جنديا في هجوم على معسكر للجيش في منطقة شبيلي "
            "الوسطى. وقال مسؤول عسكري إن خمسة جنود فقط قتلوا في الهجوم.",
            "ar",
            id="ar-the-armys-count-of-the-attack",
        ),
        pytest.param(
            "Al-Shabaab said it killed 11 soldiers in an attack on an army camp in the Middle "
            "Shabelle region. An army officer said only five soldiers died in the attack.",
            "en",
            id="en-the-armys-count-of-the-attack",
        ),
    ],
)
def test_another_count_of_the_attack_naming_no_place_or_side_is_the_same_incident(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    ev = only_event(extractor, text, lang)
    assert ev.actor is not None and ev.actor.name == "Al-Shabaab"
