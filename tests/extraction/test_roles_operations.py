"""Arabic "في عملية للجيش التركي": the force written with an actor prefix after an operation
noun ran the operation, unless the toll counts its own men. Sentences written for these tests."""

from __future__ import annotations

from app.extraction import RuleExtractor
from tests.extraction.events import assert_event, only_event


def test_arabic_force_whose_operation_killed_the_militants_is_the_actor(
    extractor: RuleExtractor,
) -> None:
    text = (
        "أعلنت وزارة الدفاع التركية تحييد 7 إرهابيين من حزب العمال الكردستاني في عملية "
        "للجيش التركي بمنطقة متينا شمالي العراق."
    )
    assert_event(
        only_event(extractor, text, "ar"),
        actor={"name": "Military Forces of Turkey"},
        target={"name": "Kurdistan Workers' Party"},
        killed=7,
    )


def test_arabic_force_whose_own_men_fell_in_its_operation_is_not_the_actor(
    extractor: RuleExtractor,
) -> None:
    text = "قتل جنديان تركيان في عملية للجيش التركي شمالي العراق."
    ev = only_event(extractor, text, "ar")
    assert ev.actor is None
    assert_event(ev, target={"name": "Military Forces of Turkey"}, killed=2)
