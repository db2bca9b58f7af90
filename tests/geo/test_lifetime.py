"""A dropped Gazetteer is freed at once: nothing it holds points back at it."""

from __future__ import annotations

import gc
import weakref

from app.geo import Gazetteer


def test_dropped_gazetteer_is_freed_without_the_cycle_collector() -> None:
    gc.disable()  # only reference counting may free it
    try:
        gaz = Gazetteer.load()
        gaz.resolve("Derna", ["LY"])  # rankings and candidates memoised
        alive = weakref.ref(gaz)
        del gaz
        assert alive() is None
    finally:
        gc.enable()
