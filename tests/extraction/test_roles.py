"""Who did it, to whom and when: actor, target and date rules, on sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import Want, assert_event, only_event

CIVILIANS = "Civilians"
UNIDENTIFIED = "Unidentified Armed Group"


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        pytest.param(
            "Gunmen attacked a police patrol near Kandahar on Monday. Five people, including three "
            "officers, were killed in the attack.",
            "en",
            {
                "target": {"name": "Police Forces of Afghanistan", "text": "police patrol"},
                "killed": 5,
            },
            id="people-counted-in-the-toll-yield-to-the-attacked-patrol",
        ),
        pytest.param(
            "مقتل 30 شخصا في هجوم على إحدى القرى في ولاية بورنو بشمال شرق نيجيريا يوم الأحد.",
            "ar",
            {"target": {"name": CIVILIANS, "text": "القرى"}},
            id="arabic-village-attacked-is-the-target-rather-than-people",
        ),
        pytest.param(
            "قال مسؤولون إن انتحاريا هاجم حاجزا للجيش قرب مدينة العريش أمس، ما أدى إلى مقتل خمسة جنود.",
            "ar",
            {"actor": {"name": UNIDENTIFIED}, "target": {"name": "Military Forces of Egypt"}},
            id="arabic-checkpoint-of-the-army-is-attacked-not-attacker",
        ),
        pytest.param(
            "قتل أربعة جنود في تفجير سيارة مفخخة استهدف حاجزا أمنيا في مدينة عدن صباح الثلاثاء.",
            "ar",
            {"target": {"name": "Military Forces of Yemen", "text": "حاجزا أمنيا"}},
            id="arabic-soldiers-and-their-checkpoint-report-the-checkpoint",
        ),
        pytest.param(
            "Four police officers were abducted in Zamfara state on Sunday. No group has claimed "
            "the kidnapping.",
            "en",
            {"actor": None, "target": {"name": "Police Forces of Nigeria"}},
            id="passive-english-victims-are-the-target",
        ),
        pytest.param(
            'قتل ثلاثة من رجال الشرطة في هجوم على دورية للشرطة في مدينة الموصل مساء الاثنين. وتبنى تنظيم "سرايا الفجر" الهجوم في بيان.',
            "ar",
            {
                "actor": {"name": "سرايا الفجر", "text": 'تنظيم "سرايا الفجر"'},
                "target": {"name": "Police Forces of Iraq"},
            },
            id="arabic-quoted-group-after-claim-verb-is-the-actor",
        ),
        pytest.param(
            "قتل 12 شخصا في هجوم على سوق في مدينة بيدوا أمس. وأعلنت حركة الشباب مسؤوليتها عنه، رغم "
            "طردها من المدينة قبل عامين على يد القوات الحكومية.",
            "ar",
            {"actor": {"name": "Al-Shabaab"}, "target": {"name": CIVILIANS}},
            id="arabic-claim-with-pronoun-and-no-claim-for-government-forces",
        ),
        pytest.param(
            "قتل تسعة أشخاص في انفجار سيارة مفخخة في مدينة بيدوا أمس، وأسفر الانفجار عن تدمير سوق شعبي.",
            "ar",
            {"target": {"name": CIVILIANS, "text": "سوق"}},
            id="destroyed-object-outranks-people-counted-in-the-toll",
        ),
        pytest.param(
            "قتل ستة أشخاص في هجوم بقذائف الهاون على سوق في مدينة بيدوا أمس. ونقلت وكالة الأنباء عن "
            "ضابط من شرطة المدينة قوله إن القذائف أطلقت من خارج المدينة.",
            "ar",
            {"actor": None, "target": {"name": CIVILIANS}},
            id="arabic-police-officer-quoted-with-qawluhu-is-a-source",
        ),
        pytest.param(
            "قتل خمسة جنود في هجوم انتحاري في مدينة عدن صباح الاثنين. ووقع الانفجار على مقربة من مقر "
            "قيادة المنطقة.",
            "ar",
            {"target": {"name": "Military Forces of Yemen", "text": "جنود"}},
            id="a-post-named-in-another-sentence-does-not-replace-the-soldiers",
        ),
        pytest.param(
            "A suicide bomber targeted civilians at a market in Maiduguri on Monday, killing six people.",
            "en",
            {"target": {"name": CIVILIANS, "text": "market"}},
            id="civilians-and-the-market-they-were-in-report-the-market",
        ),
        pytest.param(
            "استهدف انتحاري مدنيين في سوق بمدينة مايدوغوري يوم الاثنين، ما أدى إلى مقتل ستة أشخاص.",
            "ar",
            {"actor": {"name": UNIDENTIFIED}, "target": {"name": CIVILIANS}},
            id="arabic-armed-subject-after-a-verb-first-verb-is-the-actor",
        ),
        pytest.param(
            "قتل جنديان عراقيان وأصيب ثلاثة آخرون بانفجار عبوة ناسفة استهدفت دوريتهم في قضاء "
            "الطارمية شمال بغداد.\nوأوضح البيان أن الدورية تابعة للفرقة السادسة بالجيش العراقي، "
            "وتبنى تنظيم داعش الهجوم.",
            "ar",
            {
                "target": {"name": "Military Forces of Iraq"},
                "actor": {"name": "Islamic State"},
                "killed": 2,
            },
            id="arabic-dual-soldiers-are-the-target-and-stay-so-when-their-unit-is-named-later",
        ),
    ],
)
def test_the_side_attacked_is_the_target_and_the_side_that_attacked_the_actor(
    extractor: RuleExtractor, text: str, lang: str, want: dict[str, Want]
) -> None:
    assert_event(only_event(extractor, text, lang), **want)


def test_second_suspect_joined_by_and_is_not_the_target(extractor: RuleExtractor) -> None:
    event = only_event(
        extractor,
        "Assailants set fire to two schools in Djibo, Burkina Faso. There were no reported "
        "casualties. No group claimed responsibility; however, sources attributed the attack "
        "to the Islamic State and Ansar al-Islam.",
        published=date(2018, 12, 31),
    )
    assert_event(
        event, actor={"name": "Islamic State"}, target={"name": CIVILIANS, "text": "schools"}
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Gunmen attacked a police patrol in Kunduz on Monday. Twenty people, including five "
            "officers, were killed in the ensuing clash, which lasted until Wednesday.",
            "en",
        ),
        (
            "هاجم مسلحون دورية للشرطة في مدينة قندوز يوم الاثنين. وقتل عشرون شخصا في الاشتباكات "
            "التي استمرت حتى يوم الأربعاء.",
            "ar",
        ),
    ],
)
def test_a_date_the_fighting_lasted_until_is_not_the_incident_date(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    event = only_event(extractor, text, lang)
    assert_event(
        event,
        date={"value": date(2024, 3, 4)},  # Monday
        killed=20,
        target={"name": "Police Forces of Afghanistan"},
    )


# the actor cue ("شنه") reaches the checkpoint after the gunmen; an object is only a target
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قتل ثلاثة جنود في هجوم شنه مسلحون على حاجز أمني في مدينة العريش.", "ar"),
        ("Three soldiers were killed in an attack by gunmen on a checkpoint in El Arish.", "en"),
    ],
)
def test_an_attacked_checkpoint_is_never_the_attacker(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    event = only_event(extractor, text, lang)
    assert_event(event, actor={"name": UNIDENTIFIED}, target={"name": "Military Forces of Egypt"})
    assert event.event_type == "Battles"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "The Somali army said on Monday that its troops had retaken the town of Bulo Burte "
            "from al-Shabaab.",
            {"actor": {"name": "Military Forces of Somalia"}, "target": {"name": "Al-Shabaab"}},
            id="army-retook-a-town-from-a-group",
        ),
        pytest.param(
            "Rebels seized the town of Bunagana from the Congolese army on Monday.",
            {"target": {"name": "Military Forces of Democratic Republic of the Congo"}},
            id="rebels-took-a-town-from-the-army",
        ),
    ],
)
def test_side_a_town_was_taken_from_is_the_target(
    extractor: RuleExtractor, text: str, want: dict[str, Want]
) -> None:
    assert_event(only_event(extractor, text), **want)


# "الأمن" alone is the security forces only where a cue names the attacker before it; the word
# also names security as a topic ("مديرية الأمن", "مجلس الأمن"). No English twin: "by security"
# is as often "by security sources" or private "security guards"
@pytest.mark.parametrize(
    ("text", "actor", "killed"),
    [
        # a protester shot: at a protest the security forces are coded as the police
        ("قتل متظاهر برصاص الأمن في مدينة البصرة يوم الجمعة.", "Police Forces of Iraq", 1),
        ("قتل رجل برصاص الأمن عند حاجز في مدينة درعا.", "Military Forces of Syria", 1),
        ("قتل مدنيان على يد الأمن في مدينة الفاشر بولاية شمال دارفور.", "Military Forces of Sudan", 2),
        ("قتل خمسة مدنيين في انفجار قرب مبنى مديرية الأمن في مدينة كركوك.", None, 5),
    ],
)  # fmt: skip
def test_security_after_a_cue_naming_the_attacker_is_the_actor(
    extractor: RuleExtractor, text: str, actor: str | None, killed: int
) -> None:
    want: Want = {"name": actor} if actor else None
    assert_event(only_event(extractor, text, "ar"), actor=want, killed=killed)


# an assault noun that is no trigger ("العدوان", "aggression") tells whose the attack was through
# its demonym when a toll reports it; talk of an aggression with no toll names no side
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قتل عشرة أشخاص جراء العدوان الإسرائيلي على مدينة رفح يوم الاثنين.", "ar"),
        ("استشهد خمسة فلسطينيين في عدوان إسرائيلي على مخيم جنين.", "ar"),
        ("Ten people were killed in the Israeli aggression on Rafah on Monday.", "en"),
    ],
)
def test_the_demonym_of_an_assault_noun_names_the_actor(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    assert_event(only_event(extractor, text, lang), actor={"name": "Military Forces of Israel"})


def test_an_aggression_talked_of_with_no_toll_is_no_event(extractor: RuleExtractor) -> None:
    text = "وساندت واشنطن العدوان الإسرائيلي المتواصل على الأراضي الفلسطينية بالاجتياح والغزو رغم فوز حماس."
    assert extractor.extract(text, published=date(2024, 3, 6), language="ar").events == ()


# a verb of holding before its subject, the hostages at the end of the clause however long the
# subject ("took ... hostage" in English already reads any length)
@pytest.mark.parametrize(
    "text",
    [
        "احتجز مسلحون ينتمون إلى جماعة متشددة في شمال مالي عشرة رهائن يوم الأحد.",
        "احتجزت عصابة مسلحة تنشط في ولاية زمفارا منذ سنوات طويلة 30 رهينة من ركاب حافلة.",
    ],
)
def test_hostages_taken_by_a_long_subject_are_an_abduction(
    extractor: RuleExtractor, text: str
) -> None:
    event = only_event(extractor, text, "ar")
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert_event(event, actor={"name": UNIDENTIFIED})


def test_holding_people_with_no_hostages_is_no_abduction(extractor: RuleExtractor) -> None:
    text = "احتجزت الشرطة عشرة أشخاص في بغداد يوم الأحد."
    events = extractor.extract(text, published=date(2024, 3, 6), language="ar").events
    assert all(e.sub_event_type != "Abduction/forced disappearance" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "On 12 February, gunmen attacked a minibus near Mocimboa da Praia, killing five passengers.",
        "On Tuesday, bandits killed seven villagers in Zurmi, Zamfara state.",
        "On Friday night, militants stormed a school in Borno state.",
    ],
)
def test_the_side_after_an_opening_date_is_the_attacker(
    extractor: RuleExtractor, text: str
) -> None:
    event = only_event(extractor, text)
    assert event.actor is not None and event.actor.kind == "unidentified_armed_group", event
    assert event.target is not None and event.target.kind == "civilians"
