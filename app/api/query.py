"""Reject query parameters an operation does not declare.

An analyst who types ``contry=SY`` must not silently get every country's events: an unknown
parameter is a 422 naming it, like an unknown field in a JSON body.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.dependencies.models import Dependant
from pydantic import BaseModel

from app.api.query_model import query_model_of
from app.errors import UnprocessableInput


def _names(dependant: Dependant) -> set[str]:
    names: set[str] = set()
    for param in dependant.query_params:
        annotation: Any = param.field_info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            names |= {f.alias or n for n, f in annotation.model_fields.items()}
        else:
            names.add(param.alias)
    for sub in dependant.dependencies:
        model = query_model_of(sub.call)
        if model is not None:
            names |= {f.alias or n for n, f in model.model_fields.items()}
        names |= _names(sub)
    return names


def _allowed(route: Any) -> frozenset[str]:
    # Computed once per operation and kept on the route (routes live as long as the app).
    allowed: frozenset[str] | None = getattr(route, "_allowed_query", None)
    if allowed is None:
        allowed = frozenset(_names(route.dependant))
        route._allowed_query = allowed
    return allowed


async def reject_unknown_query(request: Request) -> None:
    """Raise a 422 naming every query parameter the matched operation does not take."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None or not request.query_params:
        return
    unknown = sorted(set(request.query_params) - _allowed(route))
    if unknown:
        errors = [
            {"loc": ["query", name], "msg": "Unknown query parameter", "type": "extra_forbidden"}
            for name in unknown
        ]
        raise UnprocessableInput(f"Unknown query parameter(s): {', '.join(unknown)}.", errors)
