"""The export read-ahead keeps order and reads at most one batch beyond what was taken."""

from __future__ import annotations

from collections.abc import Iterator

from app.services.prefetch import prefetched


def test_prefetched_yields_every_item_in_order() -> None:
    assert list(prefetched(iter(range(5)))) == [0, 1, 2, 3, 4]
    assert list(prefetched(iter([]))) == []


def test_a_consumer_that_stops_early_leaves_the_rest_unread() -> None:
    read: list[int] = []

    def batches() -> Iterator[int]:
        for i in range(100):
            read.append(i)
            yield i

    stream = prefetched(batches())
    assert [next(stream), next(stream)] == [0, 1]
    stream.close()  # the client went away
    assert read == [0, 1, 2]  # the batch in flight, and nothing after it
