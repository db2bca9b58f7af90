"""Arabic "قوات الاحتلال" (the occupation forces) is never the forces of the country it stands
in: with a demonym it is that country's, with none Israel's where the press means Israel
(Palestine, Israel, Lebanon, or a text that names Israel), else unknown. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import only_event


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "استشهد شاب برصاص قوات الاحتلال خلال اقتحام بلدة قباطية جنوب جنين فجر اليوم.",
            id="west-bank-town",
        ),
        pytest.param(
            "أصيب ثلاثة مزارعين برصاص جيش الاحتلال قرب بلدة عيتا الشعب في جنوب لبنان.",
            id="south-lebanon",
        ),
        pytest.param(
            "أصيب خمسة شبان برصاص الاحتلال في مدينة الخليل جنوبي الضفة الغربية.",
            id="the-occupation-after-a-cue-naming-the-attacker",
        ),
    ],
)
def test_arabic_occupation_forces_with_no_demonym_in_palestine_or_lebanon_are_israels(
    extractor: RuleExtractor, text: str
) -> None:
    ev = only_event(extractor, text, "ar")
    assert ev.actor is not None
    assert (ev.actor.name, ev.actor.country_code) == ("Military Forces of Israel", "IL")


def test_arabic_occupation_forces_named_with_a_demonym_are_that_countrys(
    extractor: RuleExtractor,
) -> None:
    text = "قتل مدنيان بقصف مدفعي لقوات الاحتلال التركي على قرية في ريف الحسكة شمال شرقي سوريا."
    ev = only_event(extractor, text, "ar")
    assert ev.actor is not None and ev.actor.country_code == "TR"


def test_arabic_occupation_forces_elsewhere_are_no_forces_of_the_country_they_occupy(
    extractor: RuleExtractor,
) -> None:
    text = "قتل ثلاثة مدنيين برصاص قوات الاحتلال في قرية بريف الحسكة شمال شرقي سوريا."
    ev = only_event(extractor, text, "ar")
    assert ev.actor is None or ev.actor.country_code != "SY"
