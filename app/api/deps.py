"""Dependencies, declared once as Annotated aliases.

Those that do no I/O are ``async def``: FastAPI runs a plain ``def`` dependency in the thread
pool, and each hop there costs more than the work itself.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader
from sqlmodel import Session

from app.db.session import get_session
from app.errors import Unauthorized
from app.extraction.types import Extractor
from app.settings import Settings, get_settings


async def _extractor(request: Request) -> Extractor:
    extractor: Extractor = request.app.state.extractor
    return extractor


async def _settings(request: Request) -> Settings:
    settings: Settings = getattr(request.app.state, "settings", None) or get_settings()
    return settings


# scope="function": the session commits before the response is sent, so a 201 is only ever
# returned for a write that is durable (the default scope would commit after sending it).
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
ExtractorDep = Annotated[Extractor, Depends(_extractor)]
SettingsDep = Annotated[Settings, Depends(_settings)]
# A security scheme (not a plain header parameter) so the /docs console offers "Authorize".
_api_key_header = APIKeyHeader(
    name="X-API-Key",
    scheme_name="ApiKey",
    description="Required for writes when API_KEYS is set, and for reads when READ_API_KEYS is",
    auto_error=False,
)
ApiKeyDep = Annotated[str | None, Security(_api_key_header)]


def key_matches(given: str | None, keys: list[str]) -> bool:
    """Return whether ``given`` is one of ``keys``, in time independent of which and where.

    Digests make every comparison the same length; every key is compared, always.
    """
    given_digest = hashlib.sha256((given or "").encode()).digest()
    matches = [hmac.compare_digest(given_digest, hashlib.sha256(k.encode()).digest()) for k in keys]
    return given is not None and any(matches)


async def require_write_key(settings: SettingsDep, x_api_key: ApiKeyDep = None) -> None:
    """Reject a write without a valid key, when keys are configured."""
    if settings.api_keys and not key_matches(x_api_key, settings.api_keys):
        raise Unauthorized("A valid X-API-Key header is required for this operation.")


async def require_read_key(settings: SettingsDep, x_api_key: ApiKeyDep = None) -> None:
    """Reject a read without a read or write key, when READ_API_KEYS is configured."""
    keys = settings.read_api_keys + settings.api_keys
    if settings.read_api_keys and not key_matches(x_api_key, keys):
        raise Unauthorized("A valid X-API-Key header is required to read.")


WriteAccess = Depends(require_write_key)
ReadAccess = Depends(require_read_key)
