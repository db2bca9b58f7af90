"""Arabic from probing (own sentences): attackers an air strike killed, a leader and his
guards, a force announcing whom it killed, a US command, settlers, two policemen, and attacks
recalled after their noun (dated back, habitual)."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED, assert_event, only_event


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "نفذت طائرة مسيرة غارة جوية على مخبأ في وادي قرب بلدة بولو مرير، أسفرت عن مقتل سبعة إرهابيين.",
            7,
        ),
        ("قتل قيادي بارز في تنظيم داعش واثنان من مرافقيه بقصف جوي قرب مدينة البوكمال.", 3),
    ],
)
def test_a_strike_toll_of_attackers_and_a_leader_with_his_guards_count(
    extractor: RuleExtractor, text: str, killed: int
) -> None:
    toll = only_event(extractor, text, "ar").killed
    assert toll is not None and toll.best == killed


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "أعلن الجيش النيجري مقتل خمسة عشر إرهابيا خلال عملية تمشيط قرب مدينة ديفا.",
            "Military Forces of Niger",
        ),
        (
            "أعلن الجيش الصومالي مقتل 12 من عناصر حركة الشباب في عملية بإقليم جلجدود.",
            "Military Forces of Somalia",
        ),
        (
            "قالت القيادة الأمريكية في أفريقيا إنها نفذت ضربة جوية قرب مدينة كيسمايو أسفرت عن مقتل مسلحين.",
            "Military Forces of United States",
        ),
        ("أصيب مزارع فلسطيني برصاص مستوطنين قرب بلدة سنجل شمال رام الله.", "Israeli settlers"),
    ],
)
def test_the_force_that_says_it_killed_and_settlers_who_shot_are_the_actor(
    extractor: RuleExtractor, text: str, actor: str
) -> None:
    assert_event(only_event(extractor, text, "ar"), actor={"name": actor})


def test_two_policemen_killed_are_the_police_not_civilians(extractor: RuleExtractor) -> None:
    event = only_event(extractor, "قتل شرطيان بانفجار قنبلة على طريق قرب مدينة الرمادي.", "ar")
    assert_event(event, killed=2, target={"kind": "police"})


@pytest.mark.parametrize(
    "text",
    [
        "احتشد المئات في جنازة ضحايا الهجوم الذي وقع الشهر الماضي على سوق مدينة منبج.",
        "نشرت الشرطة صورا للسيارة المستخدمة في التفجير الذي حدث ليلة الجمعة الماضية في بلدة جرابلس.",
        "يشكو سكان الحي من عمليات خطف متكررة على طريق المطار في طرابلس.",
    ],
)
def test_an_attack_recalled_after_its_noun_is_no_event(extractor: RuleExtractor, text: str) -> None:
    assert extractor.extract(text, published=PUBLISHED, language="ar").events == ()
