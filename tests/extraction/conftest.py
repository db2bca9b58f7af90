"""Extraction test options and a shared extractor (loaded once per session)."""

from __future__ import annotations

import pytest

from app.extraction import RuleExtractor


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--regen-golden``: write current predictions into each golden case's "predicted" key."""
    parser.addoption(
        "--regen-golden",
        action="store_true",
        default=False,
        help="write the extractor's current output into each golden case's 'predicted' key",
    )


@pytest.fixture(scope="session")
def extractor() -> RuleExtractor:
    """The real extractor with every language and the committed gazetteer."""
    return RuleExtractor.load()
