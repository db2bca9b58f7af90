"""Arabic wire phrasings (own sentences): a village the gazetteer lacks after a settlement noun,
the pluperfect that tells background, one victim named with an attached pronoun or as an
assassinated official, a town that names its province, and a market named after its city."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED, only_event


@pytest.mark.parametrize(
    ("text", "village", "code", "admin1"),
    [
        (
            "قتل ثلاثة مدنيين في قصف جوي على قرية سرمدا بريف إدلب الشمالي.",
            "سرمدا",
            "SY",
            "Idlib",
        ),
        (
            "أصيب خمسة أشخاص بقصف مدفعي استهدف بلدة كنصفرة في جبل الزاوية بريف إدلب.",
            "كنصفرة",
            "SY",
            "Idlib",
        ),
        ("قتل جنديان في هجوم على قرية الخرابة في محافظة ديالى.", "الخرابة", "IQ", "Diyala"),
        ("قتل أربعة أشخاص في هجوم مسلح على قرية تلكسبة في ولاية بورنو.", "تلكسبة", "NG", "Borno"),
        (
            "استهدفت غارة إسرائيلية بلدة عيتا الشعب في جنوب لبنان ما أدى إلى مقتل شخصين.",
            "عيتا الشعب",
            "LB",
            None,
        ),
    ],
)
def test_an_unlisted_village_after_a_settlement_noun_is_the_place(
    extractor: RuleExtractor, text: str, village: str, code: str, admin1: str | None
) -> None:
    place = only_event(extractor, text, "ar").location
    assert place is not None
    assert (place.text, place.country_code, place.admin1) == (village, code, admin1)
    assert place.latitude is None  # no point of its own


@pytest.mark.parametrize(
    "text",
    [
        "قتل ثلاثة مدنيين في قصف على قرية صغيرة بريف إدلب.",
        "قتل شخصان في قصف على بلدة حدودية في محافظة ديالى.",
    ],
)
def test_an_adjective_after_a_settlement_noun_names_no_village(
    extractor: RuleExtractor, text: str
) -> None:
    place = only_event(extractor, text, "ar").location
    assert place is not None and place.text in ("إدلب", "ديالى")


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "أصيب شرطي بجروح في انفجار عبوة ناسفة في الموصل. وكان عشرة أشخاص قد قتلوا في "
            "تفجير قرب المكان نفسه قبل أسبوعين.",
            None,
            1,
        ),
        (
            "قتل مدني برصاص قناص في تعز. وكانت غارة جوية قد أودت بحياة 12 مدنيا في المدينة "
            "قبل أيام.",
            1,
            None,
        ),
    ],
)
def test_the_pluperfect_tells_background_not_a_new_toll(
    extractor: RuleExtractor, text: str, killed: int | None, wounded: int | None
) -> None:
    event = only_event(extractor, text, "ar")
    assert (event.killed and event.killed.best) == killed
    assert (event.wounded and event.wounded.best) == wounded


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("أعلنت الشرطة مقتل سائقها في هجوم على حافلة في كركوك.", 1, None),
        ("أصيب نجله بجروح خطيرة في انفجار سيارة مفخخة في بغداد.", None, 1),
        ("أسفر الهجوم على القافلة في الأنبار عن مقتل قائدها.", 1, None),
        ("اغتال مسلحون مسؤولا محليا في مدينة درنة.", 1, None),
        ("اغتالت مجموعة مسلحة عضوا في المجلس البلدي في الفلوجة.", 1, None),
    ],
)
def test_one_victim_by_kin_role_or_office_counts_one(
    extractor: RuleExtractor, text: str, killed: int | None, wounded: int | None
) -> None:
    event = only_event(extractor, text, "ar")
    assert (event.killed and event.killed.best) == killed
    assert (event.wounded and event.wounded.best) == wounded


def test_a_town_that_names_its_province_is_the_place(extractor: RuleExtractor) -> None:
    place = only_event(extractor, "قتل شاب برصاص قوات النظام في درعا.", "ar").location
    assert place is not None and (place.text, place.country_code) == ("درعا", "SY")


def test_a_province_name_alone_needs_a_cue(extractor: RuleExtractor) -> None:
    text = "استخدم المسلحون المدنيين درعا بشريا خلال الاشتباكات مع الجيش."
    events = extractor.extract(text, published=PUBLISHED, language="ar").events
    assert all(e.location is None or e.location.text != "درعا" for e in events)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قتل عشرة أشخاص في انفجار سيارة مفخخة في سوق بغداد.", "Baghdad"),
        ("قتل خمسة مدنيين في هجوم على سوق حلب الشعبي.", "Aleppo"),
    ],
)
def test_a_market_named_after_its_city_is_in_that_city(
    extractor: RuleExtractor, text: str, name: str
) -> None:
    place = only_event(extractor, text, "ar").location
    assert place is not None and place.name == name


def test_a_pluperfect_lead_still_tells_the_news(extractor: RuleExtractor) -> None:
    text = "وكان مسلحون قد قتلوا ثلاثة جنود في هجوم على حاجز للجيش في مدينة الرمادي."
    event = only_event(extractor, text, "ar")
    assert event.killed is not None and event.killed.best == 3


def test_a_gulf_named_after_a_city_is_the_water_not_the_city(extractor: RuleExtractor) -> None:
    text = "أصيب ثلاثة بحارة في هجوم على سفينة تجارية في خليج عدن قبالة سواحل اليمن."
    place = only_event(extractor, text, "ar").location
    assert place is not None
    assert (place.text, place.country_code, place.admin1, place.latitude) == (
        "خليج عدن",
        "YE",
        None,
        None,
    )


def test_civil_after_a_definite_noun_names_no_civilians(extractor: RuleExtractor) -> None:
    text = "قتل شرطي في هجوم على مقر المجلس المدني في الرقة."
    target = only_event(extractor, text, "ar").target
    # the policeman killed, not the council's civilians (a lone "شرطي" is the police's)
    assert target is not None and target.name == "Police Forces of Syria"


def test_civil_defence_crews_are_civilians(extractor: RuleExtractor) -> None:
    text = "أصيب عنصر في الدفاع المدني بقصف على إدلب."
    target = only_event(extractor, text, "ar").target
    assert target is not None and target.name == "Civilians"
