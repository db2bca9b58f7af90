"""Tolls told as a share of a group ("12 of its soldiers") and victims told by a bare plural
with no number ("soldiers killed in attack"): the number counts the share, and a bare plural is
an incident whose toll the article does not give."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import assert_event, only_event


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The ministry said 14 of its troops had been killed in an ambush near Menaka.", 14),
        ("Five of our guards had been killed in the raid on the depot in Kasai, he said.", 5),
        ("Police said nine of the officers later died in hospital in Quetta.", 9),
        ("The rebels admitted that 40 of their fighters had been killed near Ma'rib.", 40),
    ],
)
def test_a_number_before_a_share_of_a_group_counts_it_not_the_noun(
    extractor: RuleExtractor, text: str, killed: int
) -> None:
    assert_event(only_event(extractor, text), killed=killed)
