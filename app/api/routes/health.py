"""/healthz: liveness plus a database round trip."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app.api.deps import SessionDep
from app.errors import AppError


class DatabaseUnavailable(AppError):
    status, title, slug = 503, "Database unavailable", "database-unavailable"


router = APIRouter(tags=["health"])


@router.get("/healthz", summary="Service and database health")
def healthz(session: SessionDep) -> dict[str, str]:
    """Return ok when the database answers a query; 503 otherwise."""
    try:
        session.connection().execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        raise DatabaseUnavailable("The database did not answer.") from exc
    return {"status": "ok", "database": "ok"}
