"""Places reports name that the gazetteer lacked or read as another country: a Congo that is
the Democratic Republic, regions and islands (Mindanao, the Niger Delta, Puntland), and a massacre
village."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import assert_has, only_place


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Militia fighters killed 14 villagers in eastern Congo on Tuesday.", "CD"),
        ("Rebels killed 14 villagers in the Democratic Republic of the Congo on Tuesday.", "CD"),
        ("Gunmen kidnapped three oil workers in the Niger Delta on Monday.", "NG"),
        ("Pirates hijacked a fishing vessel off Puntland on Monday.", "SO"),
        ("Two soldiers were killed in a bomb attack in Mindanao on Friday.", "PH"),
        ("Jihadists killed 30 people in the village of Solhan in Yagha province.", "BF"),
    ],
)
def test_regions_and_villages_reports_name(
    extractor: RuleExtractor, text: str, country: str
) -> None:
    assert_has(only_place(extractor, text), country_code=country)


def test_congo_alone_is_the_democratic_republic_and_brazzaville_s_the_republic(
    extractor: RuleExtractor,
) -> None:
    assert_has(
        only_place(extractor, "Congo: rebels kill 9 in attack on displaced camp"), country_code="CD"
    )
    text = "Police fired tear gas at protesters in Congo-Brazzaville on Friday."
    assert_has(only_place(extractor, text), country_code="CG")


@pytest.mark.parametrize(
    "text",
    [
        "NPA guerrillas attacked an army detachment in Samar on Monday, killing a soldier.",
        "Abu Sayyaf militants abducted three loggers near Samar on Sunday.",
    ],
)
def test_a_named_group_s_home_chooses_between_namesakes_when_no_country_is_told(
    extractor: RuleExtractor, text: str
) -> None:
    assert_has(only_place(extractor, text), name="Samar", country_code="PH")
    # a country the text tells still comes first
    told = text.replace("on ", "in Russia on ", 1)
    assert_has(only_place(extractor, told), name="Samara", country_code="RU")
