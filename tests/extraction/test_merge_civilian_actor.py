"""Civilians named in a later sentence never take over the attacker of the incident they
merge into. Sentences written for these tests."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import only_event


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "قتل ستة مدنيين في قصف مدفعي شنته قوات الدعم السريع على سوق بمدينة أم درمان. "
            "واتهمت الحكومة قوات الدعم السريع باستهداف المدنيين عمدا.",
            "ar",
            id="ar-accused-of-targeting-civilians",
        ),
        pytest.param(
            "Rapid Support Forces shelling killed six civilians at a market in Omdurman. "
            "The government accused the RSF of deliberately targeting civilians.",
            "en",
            id="en-accused-of-targeting-civilians",
        ),
    ],
)
def test_civilians_of_a_later_sentence_never_replace_the_attacker(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    ev = only_event(extractor, text, lang)
    assert ev.actor is not None and ev.actor.name == "Rapid Support Forces"
