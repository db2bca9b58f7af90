"""Arabic wire-report phrasings: a running toll of one strike, a city written with "ب", a post
belonging to a force, an unnamed sniper, and the crowd that protests (also in English)."""

from __future__ import annotations

from datetime import date

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED, only_event


@pytest.mark.parametrize(
    ("text", "killed", "place"),
    [
        (
            "ارتفعت حصيلة ضحايا القصف الإسرائيلي على مخيم جباليا شمالي قطاع غزة إلى 45 شهيدا "
            "وأكثر من 100 جريح.",
            45,
            "جباليا",
        ),
        ("ارتفعت حصيلة ضحايا التفجير الانتحاري في مقديشو إلى 30 قتيلا.", 30, "مقديشو"),
    ],
)
def test_the_running_toll_of_one_strike_is_its_event(
    extractor: RuleExtractor, text: str, killed: int, place: str
) -> None:
    event = only_event(extractor, text, "ar")
    assert event.killed is not None and event.killed.best == killed
    assert event.location is not None and event.location.text == place


def test_the_running_toll_of_a_war_is_no_event(extractor: RuleExtractor) -> None:
    text = "ارتفعت حصيلة ضحايا الحرب في السودان إلى أكثر من 14 ألف قتيل."
    assert extractor.extract(text, published=PUBLISHED, language="ar").events == ()


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("قتل شخص وأصيب اثنان آخران بانفجار سيارة مفخخة ببغداد صباح اليوم.", "Baghdad", "IQ"),
        ("قتل 7 أشخاص وجرح 15 في انفجار سيارة مفخخة بدمشق، الثلاثاء الماضي.", "Damascus", "SY"),
    ],
)
def test_a_city_written_with_an_attached_in_is_the_place(
    extractor: RuleExtractor, text: str, name: str, code: str
) -> None:
    place = only_event(extractor, text, "ar").location
    assert place is not None and (place.name, place.country_code) == (name, code)


def test_a_word_with_a_bare_in_letter_of_its_own_names_no_place(extractor: RuleExtractor) -> None:
    text = "أكد بيان أن العلاقات ببغداد جيدة."
    assert extractor.extract(text, published=PUBLISHED, language="ar").events == ()


@pytest.mark.parametrize(
    "text",
    [
        "تعرضت نقطة عسكرية تابعة للجيش السوري لهجوم بطائرة مسيرة تركية في ريف الحسكة.",
        "تعرضت دورية عسكرية تابعة للجيش السوري لهجوم بطائرة مسيرة تركية في ريف الحسكة.",
    ],
)
def test_a_post_belonging_to_a_force_is_the_target_not_the_actor(
    extractor: RuleExtractor, text: str
) -> None:
    event = only_event(extractor, text, "ar")
    assert event.actor is not None and event.actor.country_code == "TR"
    assert event.target is not None and event.target.country_code == "SY"
    assert event.target.text.endswith("تابعة للجيش السوري")


def test_an_unnamed_sniper_is_no_country_s_forces(extractor: RuleExtractor) -> None:
    text = "قتل عنصر من قوات الأمن برصاص قناص فلسطيني عند حاجز قرب نابلس."
    event = only_event(extractor, text, "ar")
    assert event.actor is not None
    assert (event.actor.kind, event.actor.text) == ("unidentified_armed_group", "قناص فلسطيني")


def test_the_occupation_s_snipers_are_its_forces(extractor: RuleExtractor) -> None:
    event = only_event(extractor, "أصيب طفل برصاص قناصة الاحتلال في خان يونس.", "ar")
    assert event.actor is not None and event.actor.country_code == "IL"
    assert event.wounded is not None and event.wounded.best == 1


@pytest.mark.parametrize(
    ("text", "lang", "crowd", "against"),
    [
        (
            "خرج آلاف المتظاهرين في مدينة القامشلي تنديدا بالقصف التركي على مناطق شمال سوريا.",
            "ar",
            "المتظاهرين",
            "TR",
        ),
        ("تظاهر مئات الطلاب في الخرطوم احتجاجا على ارتفاع الأسعار.", "ar", "الطلاب", None),
        (
            "Thousands of students protested in Khartoum against the government.",
            "en",
            "students",
            None,
        ),
    ],
)
def test_the_crowd_is_its_protest_s_actor(
    extractor: RuleExtractor, text: str, lang: str, crowd: str, against: str | None
) -> None:
    event = only_event(extractor, text, lang)
    assert event.event_type == "Protests"
    assert event.actor is not None and (event.actor.kind, event.actor.text) == ("civilians", crowd)
    target = event.target.country_code if event.target is not None else None
    assert target == against


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("فرقت الشرطة المصرية بالغاز المسيل للدموع مئات المحتجين في مدينة الإسكندرية.", "ar"),
        ("Police dispersed hundreds of students protesting in Khartoum.", "en"),
    ],
)
def test_a_force_that_broke_up_a_protest_stays_its_actor(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    event = only_event(extractor, text, lang)
    assert event.actor is not None and event.actor.kind == "police"


def test_a_crowd_held_back_by_soldiers_is_what_they_acted_on(extractor: RuleExtractor) -> None:
    text = (
        "حاول المتظاهرون عبور الحاجز، لكن الجنود الإسرائيليين منعوهم وأطلقوا عليهم خراطيم المياه."
    )
    event = only_event(extractor, text, "ar")
    assert event.actor is not None and event.actor.country_code == "IL"
    assert event.target is not None and event.target.text == "المتظاهرون"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "قتل ثلاثة أشخاص في انفجار عبوة ناسفة في سوق بغداد اليوم. وكان 25 شخصا قد قتلوا "
            "الشهر الماضي في هجوم مماثل على السوق نفسه.",
            "ar",
        ),
        (
            "Three people were killed in a bombing at a market in Baghdad today. Twenty-five "
            "people were killed last month in a similar attack on the same market.",
            "en",
        ),
    ],
)
def test_a_similar_attack_last_month_is_background(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    event = only_event(extractor, text, lang)
    assert event.killed is not None and event.killed.best == 3


def test_a_similar_number_of_wounded_is_no_earlier_attack(extractor: RuleExtractor) -> None:
    event = only_event(
        extractor, "قتل 30 جنديا وجرح عدد مماثل في هجوم على معسكر للجيش في مدينة كيدال أمس.", "ar"
    )
    assert event.killed is not None and event.killed.best == 30


def test_a_group_s_cells_are_the_group(extractor: RuleExtractor) -> None:
    text = (
        "قتل 3 من عناصر قوات سوريا الديمقراطية في هجوم لخلايا تنظيم داعش على نقطة لهم في بلدة "
        "ذيبان بريف دير الزور الشرقي."
    )
    event = only_event(extractor, text, "ar")
    assert event.actor is not None and event.actor.name == "Islamic State"
    assert event.target is not None and event.target.name == "Syrian Democratic Forces"


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "قتل جنديان عراقيان وأصيب ثالث بانفجار عبوة ناسفة استهدفت دوريتهم في قضاء الطارمية.",
            2,
            1,
        ),
        ("قتل مرشح للانتخابات البلدية برصاص مسلحين مجهولين في مدينة الموصل.", 1, None),
        ("أصيب طبيب بجروح في قصف على مستشفى في مدينة حلب.", None, 1),
    ],
)
def test_one_victim_told_by_trade_or_as_a_third(
    extractor: RuleExtractor, text: str, killed: int | None, wounded: int | None
) -> None:
    event = only_event(extractor, text, "ar")
    assert (event.killed.best if event.killed else None) == killed
    assert (event.wounded.best if event.wounded else None) == wounded


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("قتل مرشح برصاص مسلحين مجهولين في مدينة الموصل قبل يومين من الانتخابات.", PUBLISHED),
        ("قتل مرشح برصاص مسلحين مجهولين في مدينة الموصل قبل يومين.", date(2024, 3, 4)),
    ],
)
def test_two_days_before_an_event_is_no_date_back_from_publication(
    extractor: RuleExtractor, text: str, day: date
) -> None:
    event = only_event(extractor, text, "ar")
    assert event.date is not None and event.date.value == day


@pytest.mark.parametrize(
    "text",
    [
        "خرجت مسيرة حاشدة في مدينة تعز تنديدا بالحصار.",
        "نظم الطلاب مسيرة سلمية في جامعة الخرطوم للمطالبة بالإفراج عن زملائهم.",
    ],
)
def test_a_mass_march_is_a_protest(extractor: RuleExtractor, text: str) -> None:
    event = only_event(extractor, text, "ar")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")


def test_a_drone_with_a_demonym_is_still_a_force(extractor: RuleExtractor) -> None:
    text = "استهدفت مسيرة تركية سيارة في مدينة القامشلي ما أدى إلى مقتل شخصين."
    event = only_event(extractor, text, "ar")
    assert event.actor is not None and event.actor.country_code == "TR"


def test_most_of_them_from_the_police_are_the_victims(extractor: RuleExtractor) -> None:
    text = "مقتل 13 معظمهم من أفراد الشرطة في هجوم انتحاري في مطعم ببغداد."
    event = only_event(extractor, text, "ar")
    assert event.target is not None and event.target.kind == "police"
    assert event.actor is None or event.actor.kind != "police"


def test_the_cell_the_dead_belonged_to_is_no_attacker(extractor: RuleExtractor) -> None:
    text = (
        "قتل ثلاثة مسلحين في غارة جوية أمريكية في مدينة الموصل، وقال الجيش إن القتلى ينتمون إلى "
        "خلية تهرب الأسلحة."
    )
    event = only_event(extractor, text, "ar")
    assert event.actor is not None and event.actor.country_code == "US"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قتل 18 شخصا في غارات إسرائيلية على منازل في خان يونس.", "خان يونس"),
        ("قتل 18 شخصا في غارات إسرائيلية على منازل في غزة.", "غزة"),
    ],
)
def test_the_attacker_s_nationality_names_no_country_of_the_place(
    extractor: RuleExtractor, text: str, place: str
) -> None:
    location = only_event(extractor, text, "ar").location
    assert location is not None and (location.text, location.country_code) == (place, "PS")


def test_the_attacker_s_nationality_is_no_fallback_place(extractor: RuleExtractor) -> None:
    location = only_event(
        extractor, "قتل خمسة مدنيين في غارة روسية على سوق في أريحا.", "ar"
    ).location
    assert location is None or location.country_code != "RU"
