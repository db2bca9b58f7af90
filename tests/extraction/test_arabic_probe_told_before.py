"""Arabic attacks told before (own sentences): a definite attack noun ("الهجوم", "التفجير")
with no toll of its own refers back to an incident the reader knows, and adds no new one; a
word that is an attack in one sense only ("ضربة", also a blow) needs a toll too."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED, only_event


@pytest.mark.parametrize(
    ("told_before", "new"),
    [
        (
            "وقال المتحدث باسم الشرطة إن الهجوم وقع في سوق مدينة الرمادي صباح أمس.",
            "وقال المتحدث باسم الشرطة إن هجوما وقع في سوق مدينة الرمادي صباح أمس.",
        ),
        (
            "وزار وزير الداخلية موقع التفجير في مدينة الحلة يوم الأحد.",
            "وقع تفجير في مدينة الحلة يوم الأحد.",
        ),
    ],
)
def test_a_definite_attack_with_no_toll_is_one_told_before(
    extractor: RuleExtractor, told_before: str, new: str
) -> None:
    assert extractor.extract(told_before, published=PUBLISHED, language="ar").events == ()
    assert only_event(extractor, new, "ar").event_type in {
        "Violence against civilians",
        "Explosions/Remote violence",
    }


@pytest.mark.parametrize(
    "text",
    [
        "وشكلت استقالة الوزير ضربة قوية للحكومة في بغداد يوم الأحد.",
        "وتلقى الفريق ضربة موجعة في مباراته بمدينة الرياض يوم الجمعة.",
    ],
)
def test_a_blow_with_no_toll_is_no_strike(extractor: RuleExtractor, text: str) -> None:
    assert extractor.extract(text, published=PUBLISHED, language="ar").events == ()
