"""Tolls told in later sentences: which incident they belong to and whom they count."""

from __future__ import annotations

from datetime import date

import pytest

from app.extraction import RuleExtractor

PUBLISHED = date(2024, 3, 6)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Taliban fighters stormed a police checkpoint in Kunduz province on Monday, killing "
            "seven officers and wounding four. 13 Taliban were also killed in the attack.",
            "en",
        ),
        (
            "Al-Shabaab militants overran an army base near Kismayo, killing seven soldiers and "
            "wounding four. The army said 21 Al-Shabaab fighters died in the attack.",
            "en",
        ),
        (
            "هاجم مسلحو حركة الشباب قاعدة للجيش قرب كسمايو، ما أسفر عن مقتل سبعة جنود وإصابة "
            "أربعة. وقتل 21 من مسلحي حركة الشباب في الهجوم.",
            "ar",
        ),
    ],
)
def test_attackers_killed_in_the_attack_are_part_of_it_not_its_victims(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    events = extractor.extract(text, published=PUBLISHED, language=lang).events
    assert len(events) == 1, events
    ev = events[0]
    assert ev.killed is not None and ev.killed.best == 7
    assert ev.wounded is not None and ev.wounded.best == 4
    assert ev.target is not None and ev.target.kind in ("police", "state_forces")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Government air strikes killed seven civilians in Idlib province on Thursday, the "
            "monitor said. Russian warplanes also struck other areas of Idlib province, causing "
            "no casualties.",
            "en",
        ),
        (
            "قتل سبعة مدنيين في غارات شنتها القوات السورية على محافظة إدلب يوم الخميس. وشن "
            "الطيران الروسي غارات على مناطق أخرى في محافظة إدلب دون وقوع خسائر بشرية.",
            "ar",
        ),
    ],
)
def test_no_losses_and_a_toll_in_one_place_are_two_incidents(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    events = extractor.extract(text, published=PUBLISHED, language=lang).events
    tolls = sorted((e.killed and e.killed.best, e.wounded and e.wounded.best) for e in events)
    assert tolls == [(0, 0), (7, None)], events


def test_toll_before_a_speakers_added_plan_belongs_to_the_incident(
    extractor: RuleExtractor,
) -> None:
    # the plan told after "adding that" is no incident, and does not take the toll with it
    text = (
        "Police killed four militants during a raid in Tanta on Sunday. A police officer was "
        "wounded, the ministry said, adding that the cell had been planning attacks."
    )
    events = extractor.extract(text, published=PUBLISHED, language="en").events
    assert len(events) == 1, events
    assert events[0].killed is not None and events[0].killed.best == 4
    assert events[0].wounded is not None and events[0].wounded.best == 1


def test_a_post_of_no_stated_force_is_the_post_of_the_force_whose_members_died(
    extractor: RuleExtractor,
) -> None:
    text = (
        "Assailants opened fire on a checkpoint in Lakki Marwat district, Khyber Pakhtunkhwa "
        "province, Pakistan. Two police officers were killed in the attack."
    )
    events = extractor.extract(text, published=date(2025, 6, 14), language="en").events
    assert len(events) == 1 and events[0].target is not None
    target = events[0].target
    assert (target.name, target.kind, target.text) == (
        "Police Forces of Pakistan",
        "police",
        "checkpoint",
    )


def test_arabic_a_checkpoint_is_the_police_post_when_policemen_died(
    extractor: RuleExtractor,
) -> None:
    text = "هاجم مسلحون نقطة تفتيش في بعقوبة. وقتل ثلاثة شرطيين في الهجوم."
    events = extractor.extract(text, published=date(2025, 6, 14), language="ar").events
    assert len(events) == 1 and events[0].target is not None
    assert (events[0].target.kind, events[0].target.text) == ("police", "نقطة تفتيش")
