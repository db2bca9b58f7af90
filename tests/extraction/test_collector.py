"""The garbage collector set up as an extracting process runs it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from app.extraction import settle_collector
from app.extraction.collector import YOUNG_THRESHOLD


@pytest.fixture
def restored_collector() -> Iterator[None]:
    before = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*before)


@pytest.mark.usefixtures("restored_collector")
def test_settle_collector_freezes_survivors_and_spaces_out_young_collections() -> None:
    gc.set_threshold(700, 11, 12)
    kept = [[n] for n in range(100)]  # containers alive at the time are frozen
    settle_collector()
    assert gc.get_threshold() == (YOUNG_THRESHOLD, 11, 12)
    assert gc.get_freeze_count() >= len(kept)
