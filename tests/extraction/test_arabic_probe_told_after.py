"""Arabic attacks told as a time (own sentences): an attack after "بعد", "إثر" or "عقب" dates
what the sentence reports before it, unless that part tells violence of its own."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED, only_event


@pytest.mark.parametrize(
    ("background", "reported"),
    [
        (
            "وقررت الحكومة إغلاق المدارس في مدينة بنغازي يوم الخميس إثر هجوم انتحاري.",
            "وقتل أربعة أشخاص في مدينة بنغازي يوم الخميس إثر هجوم انتحاري.",
        ),
        (
            "وطلب المحققون من الشهود الإدلاء بأقوالهم في مدينة الموصل بعد هجوم مسلح.",
            "وأصيب ثلاثة حراس في مدينة الموصل بعد هجوم مسلح.",
        ),
    ],
)
def test_an_attack_after_bad_or_ithr_is_a_time_unless_harm_comes_first(
    extractor: RuleExtractor, background: str, reported: str
) -> None:
    assert extractor.extract(background, published=PUBLISHED, language="ar").events == ()
    assert only_event(extractor, reported, "ar").event_type in {
        "Violence against civilians",
        "Explosions/Remote violence",
    }
