"""One gazetteer for the whole geo test session: loading it is the expensive part."""

from __future__ import annotations

import pytest

from app.geo import Gazetteer


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    """The committed artefact, loaded once."""
    return Gazetteer.load()
