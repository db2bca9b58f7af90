"""Tolls told as a share of a group ("12 of its soldiers") and victims told by a bare plural
with no number ("soldiers killed in attack"): the number counts the share, and a bare plural is
an incident whose toll the article does not give."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor
from tests.extraction.events import PUBLISHED, assert_event, only_event


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


@pytest.mark.parametrize(
    "text",
    [
        "Niger: gendarmes killed in jihadist attack near Tillaberi",
        "Farmers killed as bandits storm village in Katsina",
        "Pilgrims were killed in a grenade attack on a shrine in Kashmir on Friday.",
        "Bandits raided a market in Sokoto state on Monday, killing traders and herders.",
    ],
)
def test_a_bare_plural_of_victims_is_an_incident_of_unknown_toll(
    extractor: RuleExtractor, text: str
) -> None:
    event = only_event(extractor, text)
    assert event.killed is not None
    assert (event.killed.best, event.killed.low, event.killed.qualifier) == (None, 2, "approximate")


@pytest.mark.parametrize(
    ("bare", "counted", "killed"),
    [
        (
            "Kenyan policemen killed in a roadside blast in Mandera",
            "Two more Kenyan policemen killed in a roadside blast in Mandera",
            2,
        ),
        (
            "Women and children were killed in the raid on Kadiri on Sunday.",
            "Nine people, including women and children, were killed in the raid on Kadiri.",
            9,
        ),
        (
            "Guards were killed in the attack on the depot in Kasai on Monday.",
            "One of the guards was killed in the attack on the depot in Kasai on Monday.",
            1,
        ),
    ],
)
def test_a_bare_plural_counts_some_unless_a_number_before_it_or_of_makes_it_a_group(
    extractor: RuleExtractor, bare: str, counted: str, killed: int
) -> None:
    unknown = only_event(extractor, bare).killed
    assert unknown is not None and (unknown.best, unknown.low) == (None, 2)
    assert_event(only_event(extractor, counted), killed=killed)


def test_a_plural_before_a_kill_verb_is_its_victims_only_when_no_object_follows(
    extractor: RuleExtractor,
) -> None:
    told = only_event(extractor, "Troops killed near Menaka as jihadists overrun post")
    assert told.killed is not None and told.killed.low == 2
    text = "Troops killed jihadists near Menaka on Sunday, the army said."
    events = extractor.extract(text, published=PUBLISHED, language="en").events
    assert all(e.killed is None or e.killed.low != 2 for e in events)
