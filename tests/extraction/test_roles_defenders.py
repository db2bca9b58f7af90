"""An attack fought off: the force that repelled it was attacked, and the unnamed fighters
counted are the attacker's own, not its target."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import assert_has, only_event


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "Afghan commandos repelled a Taliban assault on an outpost in Baghlan, killing 23 "
            "militants.",
            "Taliban",
            "Military Forces of Afghanistan",
        ),
        (
            "Nigerian troops repelled an attack by Boko Haram in Gajiram, killing 31 insurgents.",
            "Boko Haram",
            "Military Forces of Nigeria",
        ),
    ],
)
def test_the_force_that_repelled_an_attack_is_its_target(
    extractor: RuleExtractor, text: str, actor: str, target: str
) -> None:
    event = only_event(extractor, text)
    assert_has(event.actor, name=actor)
    assert_has(event.target, name=target)


def test_fighters_of_another_armed_side_stay_the_target(extractor: RuleExtractor) -> None:
    text = "Boko Haram fighters clashed with a vigilante militia in Konduga, killing 12 militiamen."
    event = only_event(extractor, text)
    assert_has(event.target, kind="unidentified_armed_group")


def test_arabic_force_that_repelled_an_attack_is_its_target(extractor: RuleExtractor) -> None:
    text = (
        "صدت القوات الصومالية هجوما لحركة الشباب على قاعدة عسكرية في شبيلي السفلى، "
        "ما أسفر عن مقتل 17 مسلحا."
    )
    event = only_event(extractor, text, "ar")
    assert_has(event.actor, name="Al-Shabaab")
    assert_has(event.target, name="Military Forces of Somalia")


def test_no_repelling_force_leaves_the_counted_fighters(extractor: RuleExtractor) -> None:
    text = "وقالوا إن الجيش نجح في قتل 12 من المسلحين الذين أطلقوا صواريخ القسام."
    event = only_event(extractor, text, "ar")
    assert event.target is None or event.target.kind != "state_forces"
