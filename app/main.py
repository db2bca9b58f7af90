"""Application factory: resources load once in the lifespan; routers and error handlers."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi_offline import FastAPIOffline

from app.api.deps import ReadAccess
from app.api.middleware import install_middleware
from app.api.openapi import document_problems
from app.api.query import reject_unknown_query
from app.api.routes import articles, events, health
from app.db.engine import make_engine, refresh_planner_statistics
from app.errors import install_error_handlers
from app.extraction.types import Extractor
from app.logging import configure_logging
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
    """Load the rule extractor, then settle the garbage collector (``settle_collector``)."""
    from app.extraction import RuleExtractor, settle_collector

    loaded = RuleExtractor.load()
    settle_collector()
    return loaded


def create_app(settings: Settings | None = None, extractor: Extractor | None = None) -> FastAPI:
    """Build the app; ``extractor`` lets tests share one loaded engine across apps."""
    settings = settings or get_settings()
    configure_logging(settings.log_level, settings.log_format)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.engine = make_engine(settings.database_url)
        refresh_planner_statistics(app.state.engine)
        app.state.extractor = extractor or _load_extractor()
        if not settings.api_keys:
            log.warning("API_KEYS is not set: write endpoints are open to anyone who can connect")
        if settings.read_api_keys and not settings.api_keys:
            log.warning("READ_API_KEYS is set but API_KEYS is not: reads are closed, writes open")
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
    install_middleware(app, settings)
    install_error_handlers(app)
    # Reads need a key only when READ_API_KEYS is set; the schema then shows it too.
    read_access = [ReadAccess] if settings.read_api_keys else []
    for module in (articles, events):
        app.include_router(
            module.router, dependencies=[*read_access, Depends(reject_unknown_query)]
        )
    app.include_router(health.router)
    document_problems(app, events.QUERY_MODELS)
    return app
