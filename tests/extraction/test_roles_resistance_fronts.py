""" "The Islamic Resistance in Lebanon" is Hezbollah's armed wing; "the Islamic Resistance in
Iraq" is a coalition of Iraqi militias of its own, never Hezbollah. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import only_event


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        pytest.param(
            "استهدفت المقاومة الإسلامية في لبنان موقعا للجيش الإسرائيلي قرب المطلة.",
            "ar",
            ("Hezbollah", "LB"),
            id="ar-lebanon-is-hezbollah",
        ),
        pytest.param(
            "The Islamic Resistance in Lebanon said it attacked an Israeli army post near Metula.",
            "en",
            ("Hezbollah", "LB"),
            id="en-lebanon-is-hezbollah",
        ),
        pytest.param(
            "استهدفت المقاومة الإسلامية في العراق قاعدة أمريكية في سوريا بطائرة مسيرة.",
            "ar",
            ("Islamic Resistance in Iraq", "IQ"),
            id="ar-iraq-is-its-own-coalition",
        ),
        pytest.param(
            "The Islamic Resistance in Iraq claimed a drone attack on a US base in Syria.",
            "en",
            ("Islamic Resistance in Iraq", "IQ"),
            id="en-iraq-is-its-own-coalition",
        ),
    ],
)
def test_islamic_resistance_fronts_are_named_by_their_country(
    extractor: RuleExtractor, text: str, lang: str, actor: tuple[str, str]
) -> None:
    ev = only_event(extractor, text, lang)
    assert ev.actor is not None
    assert (ev.actor.name, ev.actor.country_code) == actor
