"""Dependencies, declared once as Annotated aliases."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Header, Request
from sqlmodel import Session

from app.db.session import get_session
from app.errors import Unauthorized
from app.extraction.types import Extractor
from app.settings import Settings, get_settings


def _extractor(request: Request) -> Extractor:
    extractor: Extractor = request.app.state.extractor
    return extractor


def _settings(request: Request) -> Settings:
    settings: Settings = getattr(request.app.state, "settings", None) or get_settings()
    return settings


SessionDep = Annotated[Session, Depends(get_session)]
ExtractorDep = Annotated[Extractor, Depends(_extractor)]
SettingsDep = Annotated[Settings, Depends(_settings)]


def require_write_key(
    settings: SettingsDep,
    x_api_key: Annotated[
        str | None, Header(description="Required for writes when API_KEYS is set")
    ] = None,
) -> None:
    """Reject a write without a valid key, when keys are configured."""
    if not settings.api_keys:
        return
    given = (x_api_key or "").encode()
    # Compare against every key, always, so timing does not reveal which prefix matched.
    matches = [hmac.compare_digest(given, key.encode()) for key in settings.api_keys]
    if not any(matches):
        raise Unauthorized("A valid X-API-Key header is required for this operation.")


WriteAccess = Depends(require_write_key)
