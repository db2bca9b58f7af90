"""Arabic "مسيرة" is a drone or a march: with a demonym beside it in a sentence that tells an
attack ("استهدفت مسيرة تركية سيارة") it names that country's forces; a march ("مسيرة
احتجاجية", "مسيرة سلمية", a country's march at a protest) names no force. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED, only_event


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "استهدفت مسيرة تركية سيارة في ريف الحسكة ما أدى إلى مقتل شخصين.",
            id="drone-after-a-strike-verb",
        ),
        pytest.param(
            "قتل شخصان بقصف مسيرة تركية على سيارة في ريف الحسكة.",
            id="drone-after-a-strike-noun",
        ),
    ],
)
def test_arabic_drone_with_a_demonym_names_that_countrys_forces(
    extractor: RuleExtractor, text: str
) -> None:
    ev = only_event(extractor, text, "ar")
    assert ev.actor is not None
    assert (ev.actor.name, ev.actor.country_code) == ("Military Forces of Turkey", "TR")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("نظم المئات مسيرة سلمية في وسط بغداد للمطالبة بالإصلاح.", id="peaceful-march"),
        pytest.param(
            "نظم الآلاف مسيرة تركية حاشدة في إسطنبول احتجاجا على الغلاء.",
            id="a-countrys-march-at-a-protest",
        ),
    ],
)
def test_arabic_march_names_no_force(extractor: RuleExtractor, text: str) -> None:
    events = extractor.extract(text, published=PUBLISHED, language="ar").events
    assert all(e.actor is None or e.actor.kind != "state_forces" for e in events)
