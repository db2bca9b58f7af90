"""Sides counted in a toll, sides suspected, and the vehicles of civilians: actor and target
rules on sentences written for these tests."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import assert_event, only_event


@pytest.mark.parametrize(
    ("text", "lang", "actor", "target"),
    [
        (
            "قتل ثلاثة عناصر من الحشد الشعبي بهجوم لداعش على قرية في محافظة ديالى مساء الاثنين.",
            "ar",
            "Islamic State",
            "Popular Mobilization Forces",
        ),
        (
            "أفادت مصادر أمنية بمقتل أربعة من عناصر الحشد الشعبي بهجوم لتنظيم داعش في قضاء "
            "طوزخورماتو.",
            "ar",
            "Islamic State",
            "Popular Mobilization Forces",
        ),
        (
            "Gunmen killed three members of the Taliban in an ambush in Kunduz province on Monday.",
            "en",
            "Unidentified Armed Group",
            "Taliban",
        ),
    ],
)
def test_side_the_counted_victims_are_members_of_is_the_target(
    extractor: RuleExtractor, text: str, lang: str, actor: str, target: str
) -> None:
    assert_event(only_event(extractor, text, lang), actor={"name": actor}, target={"name": target})


@pytest.mark.parametrize("victims", ["جنديان", "مدنيان", "ثلاثة من عناصر الشرطة"])
def test_arabic_side_among_the_victims_is_no_attacker(
    extractor: RuleExtractor, victims: str
) -> None:
    # "بينهم" (among them) is a target cue, not "بين" (between) with a pronoun
    ev = only_event(
        extractor,
        f"قتل تسعة أشخاص بينهم {victims} في غارة جوية على بلدة في ريف إدلب مساء الاثنين.",
        "ar",
    )
    assert_event(ev, actor=None, killed=9)


def test_arabic_construct_gunmen_of_a_named_group_are_that_group(
    extractor: RuleExtractor,
) -> None:
    # "مسلحو حركة الشباب" (the gunmen of Al-Shabaab), the subject after a verb-first verb
    ev = only_event(
        extractor,
        "هاجم مسلحو حركة الشباب قاعدة للجيش قرب مدينة كسمايو فجر الثلاثاء، ما أسفر عن مقتل "
        "خمسة جنود.",
        "ar",
    )
    assert_event(ev, actor={"name": "Al-Shabaab"}, target={"name": "Military Forces of Somalia"})


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (
            "Gunmen ambushed a convoy of gold miners near Djibo on Sunday, killing 12 people.",
            "en",
            "convoy of gold miners",
        ),
        (
            "Militants attacked a bus carrying pilgrims near Quetta on Monday, killing 14.",
            "en",
            "bus carrying pilgrims",
        ),
        (
            "هاجم مسلحون قافلة تقل مدنيين قرب مدينة جيبو يوم الأحد، ما أسفر عن مقتل 12 شخصا.",
            "ar",
            "قافلة تقل مدنيين",
        ),
    ],
)
def test_vehicle_of_civilians_is_a_civilian_target(
    extractor: RuleExtractor, text: str, lang: str, words: str
) -> None:
    ev = only_event(extractor, text, lang)
    assert_event(ev, target={"name": "Civilians", "text": words})
    assert ev.event_type == "Violence against civilians"


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        (
            "قتل ثلاثة جنود في هجوم شنه مسلحون يشتبه في انتمائهم لجماعة بوكو حرام على قرية في "
            "ولاية بورنو.",
            "ar",
            "Boko Haram",
        ),
        (
            "هاجم مسلحون يشتبه بانتمائهم إلى تنظيم داعش حاجزا للجيش في محافظة ديالى، ما أدى إلى "
            "مقتل جنديين.",
            "ar",
            "Islamic State",
        ),
        (
            "Three soldiers were killed when gunmen suspected of belonging to Boko Haram attacked "
            "a village in Borno state.",
            "en",
            "Boko Haram",
        ),
    ],
)
def test_gunmen_suspected_of_belonging_to_a_group_are_that_group(
    extractor: RuleExtractor, text: str, lang: str, actor: str
) -> None:
    assert_event(
        only_event(extractor, text, lang), actor={"name": actor}, target={"kind": "state_forces"}
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Gunmen stormed a bank in Kirkuk on Monday, taking six police officers hostage.", "en"),
        (
            "Militants seized a checkpoint near Kirkuk on Monday and held four soldiers hostage.",
            "en",
        ),
        # Arabic writes the verb before its object: the side after it was held (a guard)
        ("اقتحم مسلحون مصرفا في كركوك يوم الاثنين واحتجزوا ستة من رجال الشرطة رهائن.", "ar"),
    ],
)
def test_a_side_taken_hostage_is_the_target_not_a_modifier_of_the_trigger(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    # "police officers hostage" is no "army raid": the verb before the side says it was held
    event = only_event(extractor, text, lang)
    assert event.actor is not None and event.actor.kind == "unidentified_armed_group"
    assert event.target is not None and event.target.kind in ("police", "state_forces")


# "ما بين 25 و30": the "بين" of a figure's range is no cue of a side, so the people it counts are
# the victims, not the actor (English "between 25 and 30 people" was never read as a side)
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("لقي ما بين 10 و15 شخصا حتفهم في انفجار سيارة مفخخة في مقديشو.", "Civilians"),
        ("قتل بين 12 و15 مدنيا في قصف على بلدة في ريف إدلب.", "Civilians"),
        ("أسفر الهجوم عن مقتل ما بين 25 و30 جنديا في ولاية بورنو.", "Military Forces of Nigeria"),
    ],
)
def test_the_people_a_toll_range_counts_are_no_actor(
    extractor: RuleExtractor, text: str, target: str
) -> None:
    assert_event(only_event(extractor, text, "ar"), actor=None, target={"name": target})


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("هاجم مسلحون قافلة مساعدات قرب مدينة غاو يوم الجمعة، ما أسفر عن مقتل شخصين.", "ar", "Civilians"),
        ("هاجم مسلحون قافلة شاحنات قرب مدينة غاو يوم الجمعة، ما أسفر عن مقتل شخصين.", "ar", "Civilians"),
        ("Gunmen attacked an aid convoy near Gao on Friday, killing two people.", "en", "Civilians"),
        ("Gunmen attacked a truck convoy near Gao on Friday, killing two people.", "en", "Civilians"),
        ("هاجم مسلحون شاحنة عسكرية قرب مدينة غاو يوم الجمعة، ما أسفر عن مقتل شخصين.", "ar",
         "Military Forces of Mali"),
    ],
)  # fmt: skip
def test_a_convoy_of_lorries_or_aid_is_civilian_not_the_army(
    extractor: RuleExtractor, text: str, lang: str, want: str
) -> None:
    assert_event(only_event(extractor, text, lang), target={"name": want})


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("سقطت قذيفتان مساء الأحد داخل قاعدة حرير الجوية في محافظة أربيل شمالي العراق، التي تستضيف"
         " قوات أمريكية، دون وقوع إصابات.", "ar", "Military Forces of United States"),
        ("Two rockets hit the Harir air base in Erbil province, which hosts US troops, on Sunday"
         " evening, causing no casualties.", "en", "Military Forces of United States"),
        # the headline's base of no stated side is the body's base of the French forces
        ("صاروخ على قاعدة عسكرية في أربيل\n\nسقط صاروخ مساء الأحد داخل قاعدة حرير الجوية في محافظة"
         " أربيل شمالي العراق، التي تستضيف قوات فرنسية.", "ar", "Military Forces of France"),
    ],
)  # fmt: skip
def test_a_base_that_hosts_a_foreign_force_is_that_forces(
    extractor: RuleExtractor, text: str, lang: str, want: str
) -> None:
    assert_event(only_event(extractor, text, lang), target={"name": want})


@pytest.mark.parametrize(
    "text",
    [
        "مقتل قيادي في الحشد الشعبي بغارة لطائرة مسيرة في قضاء القائم غربي الأنبار.",
        "سقط خمسة قتلى في صفوف الحشد الشعبي بغارة جوية على قضاء القائم غربي الأنبار.",
    ],
)
def test_arabic_side_the_counted_victims_are_in_is_the_target_not_the_actor(
    extractor: RuleExtractor, text: str
) -> None:
    ev = only_event(extractor, text, "ar")
    assert_event(ev, target={"name": "Popular Mobilization Forces"})
    assert ev.actor is None or ev.actor.name != "Popular Mobilization Forces"
