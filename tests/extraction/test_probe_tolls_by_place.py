"""A sentence that tells its toll at two places ("five died in Idlib and three in Aleppo") is
two incidents; a total told before such a breakdown is not counted again, and a breakdown at
places that are not two known places adds up to one toll."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED


def _tolls(extractor: RuleExtractor, text: str) -> list[tuple[int | None, str | None]]:
    events = extractor.extract(text, published=PUBLISHED, language="en").events
    return sorted(
        (e.killed.best if e.killed else None, e.location.name if e.location else None)
        for e in events
    )


@pytest.mark.parametrize(
    "text",
    [
        "Shelling killed nine people in Kharkiv and four in Sumy on Thursday.",
        "Rebels stormed two towns on Thursday; nine died in Kharkiv and four in Sumy.",
        "Drone strikes killed 13 people in two cities, nine in Kharkiv and four in Sumy.",
        "Missiles killed 13 people on Thursday, nine in Kharkiv and four in Sumy.",
    ],
)
def test_a_toll_told_at_two_places_is_two_incidents_and_no_total_beside_them(
    extractor: RuleExtractor, text: str
) -> None:
    assert _tolls(extractor, text) == [(4, "Sumy"), (9, "Kharkiv")]


def test_a_breakdown_at_no_two_known_places_adds_up_to_one_toll(
    extractor: RuleExtractor,
) -> None:
    text = "Gunmen killed nine worshippers in the mosque and four in the yard in Kano on Friday."
    assert _tolls(extractor, text) == [(13, "Kano")]
    text = "Gunmen killed 13 people in Kano, nine at the mosque and four at the market."
    assert _tolls(extractor, text) == [(13, "Kano")]
