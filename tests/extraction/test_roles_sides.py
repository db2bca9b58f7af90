"""Named sides: the forces of a country, demonyms, coalitions, missions, groups that fired or
were blamed, and sides named after "between", on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import Want, assert_event, only_event

UNIDENTIFIED = "Unidentified Armed Group"


# "its forces" after "Russia/Moscow confirmed": the Russian military, though the strike
# fell in Syria and the country that spoke is not the event's place
@pytest.mark.parametrize("speaker", ["روسيا", "موسكو"])
def test_arabic_forces_of_a_country_that_spoke_before_them_are_its_forces(
    extractor: RuleExtractor, speaker: str
) -> None:
    text = f"وأكدت {speaker} أن قواتها قصفت مواقع للمسلحين في إدلب، ما أسفر عن مقتل 20 مسلحا."
    assert_event(
        only_event(extractor, text, "ar"),
        actor={"name": "Military Forces of Russia"},
        location={"country_code": "SY"},
    )


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        pytest.param(
            "قتل ثلاثة شبان برصاص قوات الاحتلال الإسرائيلي خلال اقتحام مخيم قرب طولكرم.",
            "ar",
            {"actor": {"name": "Military Forces of Israel"}, "target": {"text": "شبان"}},
            id="arabic-occupation-forces",
        ),
        pytest.param(
            "قتل خمسة جنود أتراك في هجوم شنه مسلحون على قاعدة عسكرية في إقليم دهوك.",
            "ar",
            {"target": {"name": "Military Forces of Turkey"}},
            id="arabic-broken-plural-demonym",
        ),
        pytest.param(
            "Five Turkish soldiers were killed in an attack by militants on a base in Duhok.",
            "en",
            {"target": {"name": "Military Forces of Turkey"}},
            id="english-demonym",
        ),
    ],
)
def test_occupation_forces_and_broken_plural_demonyms_name_their_country(
    extractor: RuleExtractor, text: str, lang: str, want: dict[str, Want]
) -> None:
    assert_event(only_event(extractor, text, lang), **want)


# "طائرة أمريكية مسيرة": the demonym stands between "plane" and "drone"
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "قتل قيادي في حركة الشباب في غارة جوية نفذتها طائرة أمريكية مسيرة قرب مدينة جلب جنوبي الصومال."),
        ("en", "A senior al-Shabaab commander was killed in an air strike carried out by a US drone near Jilib in southern Somalia."),
    ],
)  # fmt: skip
def test_a_plane_with_a_demonym_inside_its_name_is_that_countrys_and_a_leader_counts_one(
    extractor: RuleExtractor, lang: str, text: str
) -> None:
    assert_event(
        only_event(extractor, text, lang),
        actor={"name": "Military Forces of United States"},
        target={"name": "Al-Shabaab"},
        killed=1,
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في مدينة الفاشر، أسفرت عن سقوط 40 قتيلا من الطرفين."),
        ("en", "Heavy clashes broke out between the Sudanese army and the Rapid Support Forces in El Fasher, killing 40 people on both sides."),
    ],
)  # fmt: skip
def test_two_sides_named_after_between_are_actor_and_target_in_that_order(
    extractor: RuleExtractor, lang: str, text: str
) -> None:
    event = only_event(extractor, text, lang)
    assert event.event_type == "Battles"
    assert_event(
        event, actor={"name": "Military Forces of Sudan"}, target={"name": "Rapid Support Forces"}
    )


# "خطف" also opens a target ("خطف X": the abduction of X); followed by its subject it is a
# verb, and the gunmen did it
@pytest.mark.parametrize(
    "text",
    [
        "خطف مسلحون مجهولون نحو 40 طالبا من مدرسة داخلية في ولاية كادونا فجر الخميس.",
        "اغتال مسلحون مجهولون ضابطا في الشرطة بمدينة درنة مساء الأحد.",
    ],
)
def test_arabic_subject_after_an_abduction_or_assassination_verb_is_the_actor(
    extractor: RuleExtractor, text: str
) -> None:
    event = only_event(extractor, text, "ar")
    assert_event(event, actor={"name": UNIDENTIFIED})
    assert event.target is None or event.target.kind != "unidentified_armed_group"


def test_gunmen_who_abducted_students_are_the_actor(extractor: RuleExtractor) -> None:
    text = "Unknown gunmen abducted about 40 students from a boarding school in Kaduna State."
    assert_event(only_event(extractor, text), actor={"name": UNIDENTIFIED})


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "At least 15 people were killed when a suicide bomber blew himself up at a market in Maiduguri on Saturday. No group has claimed responsibility, but Boko Haram has carried out similar attacks in the city."),
        ("ar", "قتل 15 شخصا في تفجير انتحاري استهدف سوقا في مدينة مايدوغوري، ولم تتبن أي جهة الهجوم، لكن جماعة بوكو حرام نفذت هجمات مماثلة في المدينة."),
    ],
)  # fmt: skip
def test_a_group_named_after_a_denied_claim_for_its_past_attacks_is_not_the_actor(
    extractor: RuleExtractor, lang: str, text: str
) -> None:
    assert_event(only_event(extractor, text, lang), actor={"name": UNIDENTIFIED}, killed=15)


# "قذيفة أطلقها الحوثيون": a shell the Houthis fired
@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        pytest.param(
            "قالت مصادر طبية في مدينة تعز إن طفلين قتلا جراء قذيفة أطلقها الحوثيون على حي سكني "
            "وسط المدينة مساء الثلاثاء.",
            "ar",
            {"actor": {"name": "Houthis"}, "killed": 2},
            id="arabic-shell-the-houthis-fired",
        ),
        pytest.param(
            "Two children were killed by a shell fired by the Houthis at a residential area of Taiz.",
            "en",
            {"actor": {"name": "Houthis"}},
            id="english-shell-fired-by-the-houthis",
        ),
    ],
)
def test_arabic_group_after_fired_it_is_the_actor(
    extractor: RuleExtractor, text: str, lang: str, want: dict[str, Want]
) -> None:
    assert_event(only_event(extractor, text, lang), **want)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "شنت مقاتلات التحالف بقيادة السعودية غارات على مواقع للحوثيين في محافظة صعدة، أسفرت عن مقتل 20 مسلحا."),
        ("en", "Saudi-led coalition warplanes struck Houthi positions in Saada province, killing 20 fighters."),
    ],
)  # fmt: skip
def test_the_saudi_led_coalition_is_its_own_side_not_the_event_countrys_forces(
    extractor: RuleExtractor, lang: str, text: str
) -> None:
    assert_event(
        only_event(extractor, text, lang),
        actor={"name": "Saudi-led Coalition", "kind": "external_force"},
        target={"name": "Houthis"},
    )


# English aliases only so far: in Arabic "دورية لقوات اليونيفيل" (a patrol of UNIFIL) is
# read with the attacker prefix and would make the mission the attacker
@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "An improvised explosive device detonated near a MINUSMA convoy in Kidal, Mali, killing three peacekeepers.",
            {"target": {"name": "MINUSMA"}},
            id="un-mission-minusma",
        ),
        pytest.param(
            "Al-Shabaab fighters attacked an ATMIS base in Lower Shabelle, killing five soldiers.",
            {"actor": {"name": "Al-Shabaab"}, "target": {"name": "ATMIS"}},
            id="au-mission-atmis",
        ),
    ],
)
def test_un_and_au_missions_are_sides_of_their_own(
    extractor: RuleExtractor, text: str, want: dict[str, Want]
) -> None:
    assert_event(only_event(extractor, text), **want)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("مقتل أربعة مدنيين بغارة إسرائيلية على بلدة بنت جبيل وحزب الله يقصف موقعا للجيش قرب المطلة",
         "ar"),
        ("US strike kills three civilians in Beledweyne and al-Shabaab attacks army base in Baidoa",
         "en"),
    ],
)  # fmt: skip
def test_and_before_a_side_with_its_own_verb_starts_a_second_incident(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    events = extractor.extract(text, published=date(2024, 12, 3), language=lang).events
    assert len(events) == 2
    first, second = events
    assert first.killed is not None and first.killed.best in (3, 4)
    assert first.actor is not None and first.actor.name.startswith("Military Forces of")
    assert second.actor is not None and second.actor.name in ("Hezbollah", "Al-Shabaab")
    assert second.killed is None


def test_an_arabic_demonym_after_the_strike_noun_is_the_attacker_not_the_dead(
    extractor: RuleExtractor,
) -> None:
    ev = only_event(extractor, "ثلاثة قتلى بغارة روسية على مدينة معرة النعمان يوم الأحد.", "ar")
    assert_event(ev, actor={"name": "Military Forces of Russia"}, killed=3)
    assert ev.target is None or ev.target.name != "Military Forces of Russia"


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "Government forces and RSF fighters clashed in Bahri on Monday.",
            "state_forces",
            "Rapid Support Forces",
        ),
        (
            "Taliban fighters and police exchanged fire in Baghlan, killing two.",
            "Taliban",
            "police",
        ),
        (
            "Soldiers and militants fought for hours near Diffa on Monday.",
            "state_forces",
            "unidentified_armed_group",
        ),
    ],
)
def test_two_sides_joined_before_a_clash_fought_each_other(
    extractor: RuleExtractor, text: str, actor: str, target: str
) -> None:
    event = only_event(extractor, text)
    assert event.actor is not None and actor in (event.actor.name, event.actor.kind)
    assert event.target is not None and target in (event.target.name, event.target.kind)


@pytest.mark.parametrize(
    ("text", "lang", "sub"),
    [
        (
            "Nigerian troops captured the town of Gwoza from Boko Haram on Monday.",
            "en",
            "Government regains territory",
        ),
        (
            "Rebels recaptured the town of Kalehe in South Kivu on Monday.",
            "en",
            "Non-state actor overtakes territory",
        ),
        (
            "أعلن الجيش السوداني أنه سيطر على بلدة سنجة يوم الاثنين.",
            "ar",
            "Government regains territory",
        ),
    ],
)
def test_who_took_a_town_says_whether_the_government_regained_it(
    extractor: RuleExtractor, text: str, lang: str, sub: str
) -> None:
    event = only_event(extractor, text, lang)
    assert (event.event_type, event.sub_event_type) == ("Battles", sub)
