"""A sentence that opens with its town ("In Dnipro, …") is told there: a district named in it
that the gazetteer knows only in another city is a district of that town. Sentences written
for these tests."""

from __future__ import annotations

from app.extraction import RuleExtractor
from tests.extraction.events import only_place


def test_a_district_in_a_sentence_opened_by_a_town_lies_in_that_town(
    extractor: RuleExtractor,
) -> None:
    text = (
        "In Dnipro, an industrial city on the river, a Russian missile struck a house in the "
        "Kyivskyi district on Sunday, killing two people."
    )
    place = only_place(extractor, text)
    assert (place.name, place.country_code) == ("Dnipro", "UA")


def test_a_district_in_a_sentence_opened_by_nothing_keeps_its_reading(
    extractor: RuleExtractor,
) -> None:
    text = (
        "A Russian missile struck a house in the Kyivskyi district on Sunday, killing two people."
    )
    place = only_place(extractor, text)
    assert (place.name, place.country_code) == ("Kyivskyi", "UA")
