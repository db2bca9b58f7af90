"""Arabic weapons named but not used (own sentences): a weapon noun is an incident only where
its sentence tells it fired, fallen or exploded, or the harm it did."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED, only_event


@pytest.mark.parametrize(
    ("idle", "used", "sub_event_type"),
    [
        (
            "وكان المسلحون يستقلون سيارة مفخخة في طريقهم إلى مدينة كركوك يوم الأحد.",
            "أصيب ثلاثة مدنيين بعبوة ناسفة في حي الزهور بمدينة كركوك.",
            "Remote explosive/landmine/IED",
        ),
        (
            "وصلت إلى مدينة مأرب يوم الثلاثاء قوة مدعومة بالمدفعية الثقيلة وراجمات الصواريخ.",
            "سقطت قذيفة هاون على سوق في مدينة مأرب يوم الثلاثاء.",
            "Shelling/artillery/missile attack",
        ),
        (
            "عرض الجيش في العاصمة صنعاء يوم الاثنين طائرات بدون طيار من صنع محلي.",
            "أطلقت طائرة بدون طيار صاروخين على سيارة قرب مدينة مأرب يوم الاثنين.",
            "Air/drone strike",
        ),
    ],
)
def test_a_weapon_is_an_event_only_when_used(
    extractor: RuleExtractor, idle: str, used: str, sub_event_type: str
) -> None:
    assert extractor.extract(idle, published=PUBLISHED, language="ar").events == ()
    assert only_event(extractor, used, "ar").sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("قال مسؤولون إن انتحاريا فجر نفسه خارج مكتب شركة حراسة.", "Suicide bomb"),
        ("قالت الشرطة إن سيارة مفخخة انفجرت قرب مدرسة في مدينة قندهار.", None),
    ],
)
def test_a_bombing_told_by_its_verb_needs_only_one_more_detail(
    extractor: RuleExtractor, text: str, sub_event_type: str | None
) -> None:
    event = only_event(extractor, text, "ar")
    assert event.event_type == "Explosions/Remote violence"
    assert sub_event_type is None or event.sub_event_type == sub_event_type


def test_a_drone_written_without_a_pilot_with_bila_is_a_drone_strike(
    extractor: RuleExtractor,
) -> None:
    text = "أطلقت طائرة بلا طيار صاروخين على سيارة في محافظة مأرب يوم الأحد."
    assert only_event(extractor, text, "ar").sub_event_type == "Air/drone strike"
