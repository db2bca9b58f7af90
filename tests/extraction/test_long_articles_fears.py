"""Long articles end with reactions: what people fear comes next is no event."""

from __future__ import annotations

from datetime import date

from app.extraction import RuleExtractor


def test_looting_shop_owners_fear_is_no_event(extractor: RuleExtractor) -> None:
    text = (
        "Police fired tear gas at protesters in central Nairobi on Tuesday, witnesses said.\n\n"
        "Business owners in Nairobi said on Tuesday that they feared renewed looting by gangs."
    )
    events = extractor.extract(text, published=date(2025, 2, 11), language="en").events
    assert [e.event_type for e in events] == ["Protests"]
