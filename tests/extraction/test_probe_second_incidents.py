"""A second incident told only by its toll and its own place, in a sentence after the first
("On Sunday, six more died in Gwoza"), and what still reads as a recount of the first."""

from __future__ import annotations

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED


def _tolls(extractor: RuleExtractor, text: str) -> list[tuple[int | None, str | None]]:
    events = extractor.extract(text, published=PUBLISHED, language="en").events
    return [
        (e.killed.best if e.killed else None, e.location.name if e.location else None)
        for e in events
    ]


def test_a_toll_at_a_new_place_after_an_incident_is_a_second_incident(
    extractor: RuleExtractor,
) -> None:
    first = "Boko Haram fighters killed 14 farmers in Konduga on Saturday."
    text = f"{first} On Sunday, six more died in Gwoza."
    assert _tolls(extractor, text) == [(14, "Konduga"), (6, "Gwoza")]
    # at the place already named, or said by officials before any place: a recount
    assert len(_tolls(extractor, f"{first} On Sunday, officials said 16 had died in Konduga.")) == 1
    assert len(_tolls(extractor, f"{first} Officials in Maiduguri said 16 had died.")) == 1
