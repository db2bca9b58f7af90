"""One incident retold in a later sentence with a word of another type ("clashes", then
"opened fire"; "the live fire" with its toll) stays one event. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED, only_event


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "استشهد شاب برصاص الجيش الإسرائيلي خلال مواجهات في بلدة بيتا جنوب نابلس. "
            "وأفاد الهلال الأحمر بأن طواقمه تعاملت مع 12 إصابة بالرصاص الحي. "
            "وقال شهود عيان إن جنود الجيش الإسرائيلي أطلقوا النار على الشبان بشكل مباشر.",
            "ar",
            id="ar-clashes-then-the-live-fire-then-opening-fire",
        ),
        pytest.param(
            "A young man was killed by Israeli army fire during clashes in the town of Beita "
            "near Nablus. Witnesses said Israeli soldiers opened fire on the youths.",
            "en",
            id="en-clashes-then-opening-fire",
        ),
    ],
)
def test_a_side_retold_with_another_word_in_a_later_sentence_is_one_event(
    extractor: RuleExtractor, text: str, lang: str
) -> None:
    ev = only_event(extractor, text, lang)
    assert ev.killed is not None and ev.killed.best == 1


def test_a_side_that_kills_then_arrests_elsewhere_gives_two_events(
    extractor: RuleExtractor,
) -> None:
    # the retelling is violent: arrests told after a killing are another act
    text = (
        "قتل الجيش الإسرائيلي شابا في مدينة نابلس صباح اليوم. "
        "واعتقل الجيش الإسرائيلي عشرة أشخاص في بلدة قباطية قرب جنين."
    )
    events = extractor.extract(text, published=PUBLISHED, language="ar").events
    assert len(events) == 2
