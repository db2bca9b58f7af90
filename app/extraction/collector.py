"""How a process that extracts articles sets up Python's cyclic garbage collector.

The service and the benchmarks call ``settle_collector`` once the extractor is loaded, so that
what the benchmarks measure is what the service runs.
"""

from __future__ import annotations

import gc

# Container allocations (net of frees) between two young-generation collections. Python's
# default of 700 runs one every few dozen words of an article: each walks the objects made
# since, though extraction leaves almost no reference cycles (a document and its mentions are
# freed by reference counting as each step returns). At 10,000 the collector does a tenth of
# the work (callgrind: 4 % fewer instructions per article; 5,000 gives nearly as much), and
# what cyclic garbage there is waits for at most that many allocations.
YOUNG_THRESHOLD = 10_000


def settle_collector() -> None:
    """Collect what loading left, freeze the survivors, and space out young collections.

    The loaded lexicons and gazetteer are a few hundred thousand objects that live as long as
    the process; frozen, no full collection walks them again (unfrozen: 60-115 ms a walk,
    measured, a pause in whichever request triggers it).
    """
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
