"""Schema fuzzing: schemathesis drives every operation of our own /openapi.json through the app.

Valid and invalid inputs (mode "all"), a fixed seed and a bounded number of examples per
operation; writes carry a valid key. Every response must be a non-5xx that matches the schema
the app declares for its status code.

The write endpoint runs with the scripted test extractor by default, so the suite does not depend
on the state of the rule lexicons; FUZZ_REAL_EXTRACTOR=1 runs it with ``RuleExtractor.load()``.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from app.main import create_app
from app.settings import Settings
from scripts.database import migrate
from tests.factories import ScriptedExtractor
from tests.hardening.conftest import WRITE_KEY

SEED = 20_261_129
MAX_EXAMPLES = 25
CONFIG = {
    "seed": SEED,
    "suppress-health-check": ["too_slow", "filter_too_much", "data_too_large"],
    "generation": {
        "mode": "all",
        "max-examples": MAX_EXAMPLES,
        "deterministic": True,
        "database": "none",
    },
    "phases": {"stateful": {"enabled": False}},
}
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]


def _extractor() -> Any:
    if os.environ.get("FUZZ_REAL_EXTRACTOR") != "1":
        return ScriptedExtractor()
    from app.extraction import RuleExtractor

    return RuleExtractor.load()


# Built at import because schemathesis parametrizes at collection (its from_fixture loader does
# not work with this pytest); the app opens its database at startup, so migrate it first.
DB_DIR = Path(tempfile.mkdtemp(prefix="fuzz-"))
atexit.register(shutil.rmtree, DB_DIR, ignore_errors=True)  # also when the test is deselected
DB_URL = f"sqlite:///{DB_DIR / 'events.db'}"
migrate(DB_URL)
APP = create_app(Settings(database_url=DB_URL, api_keys=[WRITE_KEY]), _extractor())
schema = schemathesis.openapi.from_asgi(
    "/openapi.json", APP, config=SchemathesisConfig.from_dict(CONFIG)
)


@schema.parametrize()
def test_every_operation_answers_within_its_schema(case: Any) -> None:
    case.call_and_validate(headers={"X-API-Key": WRITE_KEY}, checks=CHECKS)
