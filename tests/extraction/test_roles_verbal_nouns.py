"""Arabic: an armed side in construct after the verbal noun of an attack ("خلال اقتحام قوات
الاحتلال بلدة ...") did it; one indefinite word there is an adjective ("هجوم انتحاري"), and a noun
with the article is in no construct. Sentences written for these tests."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import only_event


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        pytest.param(
            "أصيب ثلاثة شبان خلال اقتحام قوات الاحتلال بلدة قباطية جنوب جنين.",
            ("Military Forces of Israel", "IL"),
            id="raid-of-the-occupation-forces-wounds",
        ),
        pytest.param(
            "استشهد شاب خلال اقتحام قوات الاحتلال بلدة بيتا جنوب نابلس.",
            ("Military Forces of Israel", "IL"),
            id="raid-of-the-occupation-forces-kills",
        ),
        pytest.param(
            "أصيب أربعة مدنيين خلال اقتحام قوات الأمن حي الكرامة في مدينة حمص.",
            ("Military Forces of Syria", "SY"),
            id="raid-of-security-forces",
        ),
        pytest.param(
            "قتل ثلاثة مدنيين خلال هجوم عناصر حركة الشباب على قرية قرب مقديشو.",
            ("Al-Shabaab", "SO"),
            id="attack-of-a-groups-members",
        ),
    ],
)
def test_arabic_side_in_construct_after_an_attack_noun_is_the_actor(
    extractor: RuleExtractor, text: str, actor: tuple[str, str]
) -> None:
    ev = only_event(extractor, text, "ar")
    assert ev.actor is not None
    assert (ev.actor.name, ev.actor.country_code) == actor
    assert ev.target is None or ev.target.name != actor[0]


def test_arabic_indefinite_attacker_word_after_an_attack_noun_stays_an_adjective(
    extractor: RuleExtractor,
) -> None:
    ev = only_event(extractor, "أصيب جنديان في هجوم انتحاري على حاجز للجيش في العريش.", "ar")
    assert ev.target is not None and ev.target.country_code == "EG"
