"""Arabic non-events and counts from probing (own sentences): an attack expected or feared, a
cyber attack, missile boats, and duals of a force's members and leaders."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED, only_event


@pytest.mark.parametrize(
    "text",
    [
        "وصلت تعزيزات عسكرية كبيرة إلى محيط مدينة منبج قبل الهجوم التركي المرتقب.",
        "نقلت العائلات أطفالها من مدينة الفاشر خوفا من هجوم محتمل لقوات الدعم السريع.",
        "تعرضت مواقع وزارة الدفاع العراقية في بغداد لهجوم إلكتروني أمس.",
        "كشفت البحرية المصرية في الإسكندرية عن زوارق صواريخ جديدة.",
    ],
)
def test_an_expected_threatened_or_figurative_attack_is_no_event(
    extractor: RuleExtractor, text: str
) -> None:
    assert extractor.extract(text, published=PUBLISHED, language="ar").events == ()


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("قتل منتسبان في الحشد الشعبي بانفجار عبوة ناسفة في قضاء الطارمية.", 2),
        ("قتل منتسب في الحشد الشعبي بانفجار عبوة ناسفة في قضاء الطارمية.", 1),
        ("قتل قياديان في حركة الشباب بغارة جوية قرب مدينة كيسمايو.", 2),
    ],
)
def test_a_force_member_or_leader_counts_one_or_two_killed(
    extractor: RuleExtractor, text: str, killed: int
) -> None:
    toll = only_event(extractor, text, "ar").killed
    assert toll is not None and toll.best == killed
