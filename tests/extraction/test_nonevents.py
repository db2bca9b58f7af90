"""Sentences that use a trigger word but report no violent event produce no event."""

from __future__ import annotations

from datetime import date

import pytest

from app.extraction import RuleExtractor
from app.extraction.types import ExtractedEvent

PUBLISHED = date(2024, 5, 2)


def _events(extractor: RuleExtractor, text: str, lang: str) -> tuple[ExtractedEvent, ...]:
    return extractor.extract(text, published=PUBLISHED, language=lang).events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ضبطت الشرطة في الموصل أمس 200 كيلوغرام من مادة شديدة الانفجار داخل مخزن مهجور", "ar"),
        ("وصلت الرهينة الفرنسية السابقة إلى مطار باريس أمس على متن طائرة حكومية", "ar"),
        ("اتهم زعيم المعارضة الرئيس باغتصاب السلطة في بغداد يوم الثلاثاء", "ar"),
        ("دعا وزير الخارجية المصري في القاهرة أمس إلى تثبيت وقف إطلاق النار في غزة", "ar"),
        ("اشترى سكان البصرة أمس المياه العذبة من محطات التحلية بأسعار مرتفعة", "ar"),
        ("Twelve miners were trapped in a coal mine in Zonguldak on Monday after a flood.", "en"),
        ("The former hostage landed at an air base near Paris on Friday.", "en"),
    ],
)
def test_non_violent_senses_of_trigger_words_are_not_events(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    assert _events(extractor, text, lang) == ()


@pytest.mark.parametrize(
    "text",
    [
        "احتجز مسلحون 12 رهينة في فندق بمقديشو أمس",
        "قال ناجون إن عناصر الميليشيا عذبوا ثلاثة معتقلين حتى الموت في الموصل أمس",
    ],
)
def test_hostage_taking_and_torture_are_still_events(extractor: RuleExtractor, text: str) -> None:
    assert len(_events(extractor, text, "ar")) == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("كشفت الشرطة الأردنية في عمان أمس مخططا لتفجير سفارات أجنبية", "ar"),
        (
            "قال مسؤول أمريكي في واشنطن أمس إن الإدارة لم تعط ضوءا أخضر للهجوم على المنشآت النووية",
            "ar",
        ),
        ("Police in Amman uncovered a plot to bomb foreign embassies on Monday.", "en"),
    ],
)
def test_an_attack_told_as_an_aim_or_plot_is_not_an_event(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    assert _events(extractor, text, lang) == ()


@pytest.mark.parametrize(
    "text",
    [
        "تعرض مقر حزب الدعوة في البصرة ليلة أمس لهجوم مسلح",
        "تعرضت قافلة تابعة للأمم المتحدة في شمال دارفور صباح أمس لإطلاق نار",
        "تصدت القوات العراقية أمس لهجوم شنه مسلحون على بلدة حديثة",
        "أصيب راعيان بجروح جراء لغم قديم قرب الحدود في محافظة صعدة أمس",
    ],
)
def test_an_attack_suffered_or_a_mine_is_still_an_event(
    extractor: RuleExtractor, text: str
) -> None:
    assert len(_events(extractor, text, "ar")) == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("طالب الادعاء العام في روما أمس بفتح تحقيقات بشأن اختطاف رجل دين مصري", "ar"),
        ("وصل فريق من المحققين الفرنسيين إلى بيروت أمس للمشاركة في التحقيقات في التفجير", "ar"),
        ("طلبت أسرة الصحفي من السفارة في طهران أمس توضيحات بشأن اختطافه", "ar"),
        (
            "Investigators from France arrived in Beirut on Tuesday to join the investigation "
            "into the bombing.",
            "en",
        ),
        (
            "Lawmakers in Rome on Monday demanded answers regarding the kidnapping of a cleric.",
            "en",
        ),
    ],
)
def test_an_attack_under_investigation_or_talked_about_is_not_an_event(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    assert _events(extractor, text, lang) == ()


@pytest.mark.parametrize(
    "text",
    [
        "دارت حول المطار اشتباكات عنيفة بين الجيش والمسلحين أمس",
        "قتل ثلاثة جنود في هجوم على حاجز قرب الرمادي أمس وفتحت الشرطة تحقيقا",
    ],
)
def test_fighting_around_a_place_or_before_an_inquiry_is_still_an_event(
    extractor: RuleExtractor, text: str
) -> None:
    assert len(_events(extractor, text, "ar")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "حرم علماء الدين في القاهرة العمليات الانتحارية",
        "تراجع عدد الهجمات الانتحارية في محافظة ديالى بشكل كبير",
    ],
)
def test_attacks_of_a_kind_name_no_attacker_and_report_no_event(
    extractor: RuleExtractor, text: str
) -> None:
    assert _events(extractor, text, "ar") == ()


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("استهدف انتحاري نقطة تفتيش للشرطة في كركوك أمس", "انتحاري"),
        ("فجرت انتحارية نفسها وسط سوق في بعقوبة أمس", "انتحارية"),
    ],
)
def test_a_suicide_bomber_after_the_verb_is_still_the_actor(
    extractor: RuleExtractor, text: str, actor: str
) -> None:
    (event,) = _events(extractor, text, "ar")
    assert event.actor is not None and event.actor.text == actor


def test_present_tense_firing_is_an_event(extractor: RuleExtractor) -> None:
    text = "قال شاهد إنه رأى مسلحين يطلقون النار على المروحيات فوق الفلوجة أمس"
    (event,) = _events(extractor, text, "ar")
    assert event.actor is not None and event.actor.text == "مسلحين"


@pytest.mark.parametrize(
    "text",
    [
        "عقد وزراء الداخلية العرب في تونس أمس اجتماعا طارئا غداة اعتداء استهدف فندقا في عمان",
        "أغلقت السفارة الأمريكية في صنعاء أبوابها أمس في أعقاب هجوم على موكب دبلوماسي",
    ],
)
def test_an_attack_that_dates_something_else_is_not_an_event(
    extractor: RuleExtractor, text: str
) -> None:
    assert _events(extractor, text, "ar") == ()


def test_deaths_after_an_attack_are_still_its_event(extractor: RuleExtractor) -> None:
    text = "قتل خمسة أشخاص في بلدة بعقوبة أمس بعد هجوم شنه مسلحون على سوق شعبي"
    (event,) = _events(extractor, text, "ar")
    assert event.killed is not None and event.killed.best == 5
    assert [e.text for e in event.evidence if e.field == "trigger"] == ["هجوم"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("هل تقف إيران وراء اغتيال القائد العسكري في دمشق الشهر الماضي", "ar"),
        ("قال محللون في القاهرة أمس إن من شأن الهجوم على المنشآت النووية أن يشعل المنطقة", "ar"),
        ("اعتبر رئيس الوزراء التركي في أنقرة أمس أن اغتيال الصحافي اعتداء على حرية التعبير", "ar"),
        (
            "The minister in Ankara on Tuesday considered the killing of the journalist an "
            "attack on free speech.",
            "en",
        ),
    ],
)
def test_questions_conditionals_and_judgements_of_an_attack_are_not_events(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    assert _events(extractor, text, lang) == ()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # تحرير (liberation) names the square; the battle/clash word names the road
        ("تجمع مئات المتظاهرين في ساحة التحرير وسط بغداد يوم الجمعة.", "ar"),
        ("احتشد آلاف المحتجين في ميدان التحرير وسط القاهرة مساء الثلاثاء.", "ar"),
        ("Hundreds of protesters gathered on Battle Road in Lexington on Friday.", "en"),
    ],
)
def test_a_square_or_street_named_by_a_trigger_word_is_no_trigger(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    events = _events(extractor, text, lang)
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Protests", "Peaceful protest")]


@pytest.mark.parametrize(
    ("text", "lang", "event_type"),
    [
        # the battlefield is no square; the word after it is still a trigger
        ("قتل جنديان في ساحة المعركة قرب حلب يوم الاثنين.", "ar", "Battles"),
        # a title-case headline names no street: "Battle" is the verb
        ("Rebels Battle Road Convoy Near Goma, Killing Three Soldiers", "en", "Battles"),
    ],
)
def test_a_trigger_after_a_street_noun_that_names_no_street_still_counts(
    extractor: RuleExtractor, text: str, lang: str, event_type: str
) -> None:
    assert [e.event_type for e in _events(extractor, text, lang)] == [event_type]


@pytest.mark.parametrize(
    "text",
    [
        "The army has been fighting Islamic State militants in the north of Sinai for years.",
        "Government forces have been battling al-Shabaab in Lower Shabelle for months.",
    ],
)
def test_fighting_told_as_lasting_for_years_is_background(
    extractor: RuleExtractor, text: str
) -> None:
    assert _events(extractor, text, "en") == ()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The monitors said most of the victims were hit by artillery shells and drones. "
            "March was the deadliest month of the year, with 180 civilians killed.",
            "en",
        ),
        (
            "قالت البعثة إن معظم الضحايا سقطوا بصواريخ بعيدة المدى وطائرات مسيرة. وكان شهر "
            "يونيو الشهر الأكثر دموية، إذ قتل فيه 232 مدنيا.",
            "ar",
        ),
    ],
)
def test_toll_of_the_deadliest_month_is_a_tally_not_an_incident(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    assert _events(extractor, text, lang) == ()


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Troops, who have been fighting Boko Haram, killed 12 militants in Borno on Monday.", 12),
        ("Gunmen killed five people in Kano on Monday, in an area contested for months.", 5),
    ],
)
def test_a_war_told_as_going_on_leaves_the_incident_beside_it(
    extractor: RuleExtractor, text: str, killed: int
) -> None:
    assert [e.killed.best if e.killed else None for e in _events(extractor, text, "en")] == [killed]


@pytest.mark.parametrize(
    ("text", "lang", "killed"),
    [
        ("In response to the ambush, troops killed 12 militants in Borno on Monday.", "en", 12),
        ("In retaliation for the raid, gunmen killed four soldiers in Kidal on Monday.", "en", 4),
        (
            "ردا على الهجوم، قصفت المدفعية التركية قرى في ريف حلب يوم الاثنين ما أدى إلى مقتل "
            "ثلاثة مدنيين.",
            "ar",
            3,
        ),
    ],
)
def test_a_fronted_response_phrase_ends_at_its_comma(
    extractor: RuleExtractor, text: str, lang: str, killed: int
) -> None:
    # the earlier incident it names is background; the incident after the comma is reported
    assert [e.killed.best if e.killed else None for e in _events(extractor, text, lang)] == [killed]


@pytest.mark.parametrize(
    "text",
    [
        "Maoists killed two villagers they accused of being police informers in Bijapur district.",
        "Gunmen killed two villagers they accused of spying for the army in Borno state.",
    ],
)
def test_a_killing_of_people_accused_of_something_is_an_event(
    extractor: RuleExtractor, text: str
) -> None:
    # the charge comes after the toll: it says why they were killed, not what one is charged with
    (ev,) = _events(extractor, text, "en")
    assert ev.killed is not None and ev.killed.best == 2


@pytest.mark.parametrize(
    "text",
    [
        "A man accused of killing five people in Kano appeared in court on Monday.",
        "The militant, accused of killing 12 soldiers in 2019, was captured in Borno state.",
    ],
)
def test_a_toll_someone_is_accused_of_is_no_event(extractor: RuleExtractor, text: str) -> None:
    assert not any(ev.killed for ev in _events(extractor, text, "en"))
