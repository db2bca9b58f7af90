"""Application factory: resources load once in the lifespan; routers and error handlers."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline

from app.api.body_limit import BodyLimitMiddleware
from app.api.routes import articles, events, health
from app.db.engine import make_engine
from app.errors import install_error_handlers
from app.extraction.types import Extractor
from app.settings import Settings, get_settings

log = logging.getLogger("app")

DESCRIPTION = """
Turns Arabic and English news articles into conflict events — who did what to whom, where,
when, with how many killed and wounded — each value with the words of the article it came from.

Post an article to `/v1/articles`; query events with `/v1/events`, totals with `/v1/stats`.
"""

TAGS = [
    {"name": "articles", "description": "Post articles; read and delete what is stored."},
    {"name": "events", "description": "Query extracted events; export CSV or GeoJSON."},
    {"name": "stats", "description": "Grouped counts and casualty sums."},
    {"name": "health", "description": "Liveness and database check."},
]


def _load_extractor() -> Extractor:
    from app.extraction import RuleExtractor

    return RuleExtractor.load()


def create_app(settings: Settings | None = None, extractor: Extractor | None = None) -> FastAPI:
    """Build the app; ``extractor`` lets tests share one loaded engine across apps."""
    settings = settings or get_settings()
    logging.basicConfig(level=settings.log_level.upper())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.engine = make_engine(settings.database_url)
        app.state.extractor = extractor or _load_extractor()
        if not settings.api_keys:
            log.warning("API_KEYS is not set: write endpoints are open to anyone who can connect")
        yield
        app.state.engine.dispose()

    app = FastAPIOffline(
        title="Conflict events API",
        version="0.1.0",
        description=DESCRIPTION,
        openapi_tags=TAGS,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    install_error_handlers(app)
    for module in (articles, events, health):
        app.include_router(module.router)
    return app
