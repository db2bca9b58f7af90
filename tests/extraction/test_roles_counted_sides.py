"""Counted suspects, counted fighters of the side fought with, and another country's forces
fought with: actor and target rules on sentences written for these tests."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import assert_event, only_event


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "Security forces killed five suspected militants in Shopian on Saturday.",
            "Military Forces of India",
            "Unidentified Armed Group",
        ),
        (
            "Indian security forces killed five suspected militants in a gun battle in Shopian "
            "on Saturday.",
            "Military Forces of India",
            "Unidentified Armed Group",
        ),
        (
            "Troops killed three suspected Boko Haram fighters in Borno state on Sunday.",
            "Military Forces of Nigeria",
            "Boko Haram",
        ),
        (
            "Soldiers shot dead 12 suspected al-Shabaab fighters near Kismayo on Tuesday.",
            "Military Forces of Somalia",
            "Al-Shabaab",
        ),
    ],
)
def test_counted_suspects_after_their_killers_are_the_victims_not_the_actor(
    extractor: RuleExtractor, text: str, actor: str, target: str
) -> None:
    # a number right before "suspected", a side before it: the suspects are the toll
    ev = only_event(extractor, text, "en")
    assert_event(ev, actor={"name": actor}, target={"name": target})
    assert ev.event_type == "Battles"


def test_counted_suspects_who_begin_their_clause_remain_the_attackers(
    extractor: RuleExtractor,
) -> None:
    ev = only_event(
        extractor,
        "Five suspected militants attacked a police post in Shopian on Saturday, killing two "
        "policemen.",
        "en",
    )
    assert_event(ev, actor={"kind": "unidentified_armed_group"}, target={"kind": "police"})


@pytest.mark.parametrize(
    ("text", "lang", "target"),
    [
        (
            "Government forces clashed with the ELN near Arauca, killing three guerrillas.",
            "en",
            "ELN",
        ),
        (
            "Soldiers clashed with al-Shabaab militants near Afgoye, killing six militants.",
            "en",
            "Al-Shabaab",
        ),
        (
            "اشتبك الجيش الصومالي مع حركة الشباب قرب مدينة أفجوي يوم الاثنين، ما أدى إلى مقتل ستة "
            "مسلحين.",
            "ar",
            "Al-Shabaab",
        ),
        (
            "اشتبكت قوات الجيش مع تنظيم داعش في محافظة ديالى، وقتل خمسة مسلحين.",
            "ar",
            "Islamic State",
        ),
    ],
)
def test_counted_fighters_belong_to_the_group_fought_with(
    extractor: RuleExtractor, text: str, lang: str, target: str
) -> None:
    # the side after "with" / "مع" names the counted "militants" better than they name themselves
    ev = only_event(extractor, text, lang)
    assert_event(ev, actor={"kind": "state_forces"}, target={"name": target})


@pytest.mark.parametrize(
    ("text", "lang", "actor", "target"),
    [
        (
            "Three Armenian soldiers were killed in clashes with Azerbaijani forces on the border "
            "on Tuesday.",
            "en",
            "Military Forces of Azerbaijan",
            "Military Forces of Armenia",
        ),
        (
            "Two Indian soldiers were killed in an exchange of fire with Pakistani troops in Poonch.",
            "en",
            "Military Forces of Pakistan",
            "Military Forces of India",
        ),
        (
            "قتل جنديان هنديان في تبادل لإطلاق النار مع القوات الباكستانية على خط المراقبة في كشمير.",
            "ar",
            "Military Forces of Pakistan",
            "Military Forces of India",
        ),
    ],
)
def test_another_countrys_forces_the_counted_soldiers_fought_with_are_the_actor(
    extractor: RuleExtractor, text: str, lang: str, actor: str, target: str
) -> None:
    ev = only_event(extractor, text, lang)
    assert_event(ev, actor={"name": actor}, target={"name": target})


def test_unnamed_troops_the_counted_soldiers_fought_with_are_no_actor(
    extractor: RuleExtractor,
) -> None:
    # the same kind, no country of their own: possibly their own side
    ev = only_event(extractor, "Two soldiers were killed in an exchange of fire with troops.", "en")
    assert_event(ev, actor=None)


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "Four suspected militants were killed in an encounter with security forces in Pulwama "
            "on Tuesday.",
            "Military Forces of India",
            "Unidentified Armed Group",
        ),
        (
            "Three suspected Boko Haram fighters were killed by troops near Bama on Sunday.",
            "Military Forces of Nigeria",
            "Boko Haram",
        ),
    ],
)
def test_counted_suspects_of_a_passive_toll_are_the_victims(
    extractor: RuleExtractor, text: str, actor: str, target: str
) -> None:
    ev = only_event(extractor, text, "en")
    assert_event(ev, actor={"name": actor}, target={"name": target})
