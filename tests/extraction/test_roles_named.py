"""Named people and institutions as targets, and who the attacker was, on sentences written
for these tests."""

from __future__ import annotations

from datetime import date

from app.extraction import RuleExtractor
from app.extraction.types import ExtractedEvent

PUBLISHED = date(2024, 3, 6)


def _only(extractor: RuleExtractor, text: str, lang: str = "en") -> ExtractedEvent:
    events = extractor.extract(text, published=PUBLISHED, language=lang).events
    assert len(events) == 1, events
    return events[0]


def test_person_shot_at_an_army_camp_is_the_target_not_the_camp(
    extractor: RuleExtractor,
) -> None:
    ev = _only(
        extractor,
        "Unknown attackers fired on Pierre Ndayishimiye at the Gakumbu Army Barracks near "
        "Gitega on Sunday evening, killing him.",
    )
    assert ev.target is not None
    assert ev.target.name == "Pierre Ndayishimiye"


def test_house_of_a_named_official_names_the_official(extractor: RuleExtractor) -> None:
    ev = _only(
        extractor,
        "Militants threw a grenade at the house of Abdul Rahim Karimi in Ghazni on Monday "
        "night. The council member was unhurt.",
    )
    assert ev.target is not None
    assert (ev.target.name, ev.target.text) == (
        "Abdul Rahim Karimi",
        "house of Abdul Rahim Karimi",
    )


def test_soldiers_killed_near_a_named_border_stay_the_target(
    extractor: RuleExtractor,
) -> None:
    ev = _only(
        extractor,
        "Two soldiers were killed in a gunfight near the Durand Line in Kurram, Pakistan.",
    )
    assert ev.target is not None and ev.target.kind == "state_forces"


def test_institution_a_gunman_fired_inside_is_the_target(extractor: RuleExtractor) -> None:
    ev = _only(
        extractor,
        "A man detonated a bomb inside the Al-Noor Community Center in Leeds on Friday, killing "
        "three people.",
    )
    assert ev.target is not None
    assert ev.target.text == "Al-Noor Community Center"


def test_stormed_checkpoint_is_the_target_rather_than_the_people_killed(
    extractor: RuleExtractor,
) -> None:
    ev = _only(
        extractor,
        "Militants stormed a checkpoint in Zabul province on Tuesday, killing four people.",
    )
    assert ev.target is not None
    assert ev.target.text == "checkpoint"


def test_arabic_mosque_a_bomb_went_off_inside_is_the_target(extractor: RuleExtractor) -> None:
    ev = _only(
        extractor,
        "قتل خمسة مصلين وأصيب عشرة آخرون في انفجار عبوة ناسفة داخل مسجد في مدينة الموصل يوم الجمعة.",
        "ar",
    )
    assert ev.target is not None
    assert (ev.target.name, ev.target.text) == ("Civilians", "مسجد")


def test_bomb_laden_truck_is_the_weapon_and_the_nato_convoy_the_target(
    extractor: RuleExtractor,
) -> None:
    ev = _only(
        extractor,
        "An explosives-laden truck rammed into a NATO convoy on the Kabul-Jalalabad road on "
        "Monday, wounding two soldiers.",
    )
    assert ev.target is not None
    assert (ev.target.name, ev.target.text) == ("NATO", "NATO convoy")


def test_bomb_laden_vehicle_is_no_army_vehicle_target(extractor: RuleExtractor) -> None:
    ev = _only(
        extractor,
        "An explosives-laden vehicle blew up in Kandahar on Monday. No casualties were reported.",
    )
    assert ev.target is None


def test_arabic_car_bomb_vehicle_is_no_army_vehicle_target(extractor: RuleExtractor) -> None:
    ev = _only(
        extractor,
        "انفجرت مركبة مفخخة في مدينة الباب بريف حلب يوم الاثنين، ولم تسفر عن وقوع إصابات.",
        "ar",
    )
    assert ev.target is None


def test_arabic_convoy_of_nato_is_nato(extractor: RuleExtractor) -> None:
    ev = _only(
        extractor,
        "استهدفت مركبة مفخخة قافلة للناتو في ولاية قندهار يوم الاثنين ما أدى إلى إصابة جنديين.",
        "ar",
    )
    assert ev.target is not None
    assert (ev.target.name, ev.target.text) == ("NATO", "قافلة للناتو")


def test_second_suspect_named_as_an_alternative_is_not_the_target(
    extractor: RuleExtractor,
) -> None:
    ev = _only(
        extractor,
        "Gunmen shot dead a former mayor in Djibo, Burkina Faso, on Monday. The attack was "
        "blamed on either Ansarul Islam (based in Soum province) or the Islamic State Sahel "
        "Province.",
    )
    assert ev.actor is not None and ev.actor.name == "Ansar al-Islam"
    assert ev.target is None or ev.target.name != "Islamic State"


def test_arabic_second_suspect_after_or_is_not_the_target(extractor: RuleExtractor) -> None:
    ev = _only(
        extractor,
        "انفجرت عبوة ناسفة في مدينة بوصاصو يوم الأحد دون وقوع إصابات، ونسبت السلطات الهجوم إلى "
        "تنظيم داعش أو حركة الشباب.",
        "ar",
    )
    assert ev.actor is not None and ev.actor.name == "Islamic State"
    assert ev.target is None


def test_suicide_bomber_named_in_the_text_is_the_actor(extractor: RuleExtractor) -> None:
    ev = _only(
        extractor,
        "A suicide bomber, named as Karim Bensaid, blew himself up outside a cinema in Lyon on "
        "Friday, killing 11 people.",
    )
    assert ev.actor is not None
    assert (ev.actor.name, ev.actor.kind) == ("Karim Bensaid", "unidentified_armed_group")


def test_gunman_identified_by_name_in_his_sentence_is_the_actor(
    extractor: RuleExtractor,
) -> None:
    ev = _only(
        extractor,
        "A gunman, identified as Erik Lindqvist, opened fire at a shopping centre in Malmo on "
        "Saturday, killing three people.",
    )
    assert ev.actor is not None and ev.actor.name == "Erik Lindqvist"


def test_gunmen_who_belonged_to_a_group_are_that_group(extractor: RuleExtractor) -> None:
    ev = _only(
        extractor,
        "Four soldiers were killed on Sunday in an exchange of fire with gunmen who allegedly "
        "belonged to Boko Haram outside Maiduguri.",
    )
    assert ev.actor is not None and ev.actor.name == "Boko Haram"


def test_group_an_official_is_blaming_the_attack_on_is_the_actor(
    extractor: RuleExtractor,
) -> None:
    ev = _only(
        extractor,
        "A grenade blast at a bus terminal in Cotabato wounded nine people on Friday. The "
        "provincial governor is blaming the attack on the Dawlah Islamiyah group.",
    )
    assert ev.actor is not None and ev.actor.name == "Dawlah Islamiyah"


def test_group_whose_involvement_is_suspected_is_the_actor(extractor: RuleExtractor) -> None:
    ev = _only(
        extractor,
        "An ambush on an army patrol near Arbinda killed five soldiers on Tuesday. The army "
        "suspected the involvement of Ansar al-Islam.",
    )
    assert ev.actor is not None and ev.actor.name == "Ansar al-Islam"


def test_gunmen_belonging_to_the_union_for_peace(extractor: RuleExtractor) -> None:
    ev = _only(
        extractor,
        "Militiamen of the Union for Peace raided a village near Alindao on Friday, killing "
        "nine people.",
    )
    assert ev.actor is not None
    assert ev.actor.name == "Union for Peace in the Central African Republic"


def test_arabic_group_whose_involvement_sources_suspect_is_the_actor(
    extractor: RuleExtractor,
) -> None:
    ev = _only(
        extractor,
        "استهدف مسلحون قافلة عسكرية قرب مدينة جيبو يوم الأحد ما أدى إلى مقتل خمسة جنود، ورجحت "
        "مصادر أمنية تورط جماعة نصرة الإسلام والمسلمين.",
        "ar",
    )
    assert ev.actor is not None and ev.actor.name == "JNIM"
