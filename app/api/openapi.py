"""Document the error shape the app really returns: problem+json for every 4xx and 5xx."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel

from app.api.query_model import documented_parameters
from app.errors import PROBLEM_JSON

PROBLEM_SCHEMA: dict[str, Any] = {
    "title": "Problem",
    "description": "RFC 9457 problem details; `errors` lists where and why, never the input.",
    "type": "object",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "errors": {"type": "array", "items": {"type": "object"}},
    },
}
_PROBLEM_CONTENT = {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}}
_RESPONSES = {
    "422": "The request is not valid (which parameter, and why, in `errors`)",
    "4XX": "Client error: bad JSON, missing key, not found, too large, wrong media type",
    "5XX": "Server error",
}


def _declare_problems(schema: dict[str, Any]) -> None:
    """Edit a generated schema in place (idempotent: FastAPI caches and may regenerate it)."""
    for path_item in schema.get("paths", {}).values():
        for operation in path_item.values():
            responses = operation.setdefault("responses", {})
            for status, description in _RESPONSES.items():
                responses[status] = {"description": description, "content": _PROBLEM_CONTENT}
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    components["Problem"] = PROBLEM_SCHEMA


def _declare_query_models(
    schema: dict[str, Any], query_models: dict[tuple[str, str], type[BaseModel]]
) -> None:
    """Document the parameters of the query models the app parses itself (FastAPI sees none)."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    for (method, path), model in query_models.items():
        parameters, schemas = documented_parameters(model)
        operation = schema["paths"][path][method]
        others = [p for p in operation.get("parameters", []) if p not in parameters]
        operation["parameters"] = [*parameters, *others]
        components.update(schemas)
    schema["components"]["schemas"] = dict(sorted(components.items()))


def document_problems(
    app: FastAPI, query_models: dict[tuple[str, str], type[BaseModel]] | None = None
) -> None:
    """Replace FastAPI's 422 schema (which the app never returns) with problem+json responses.

    Also document ``query_models`` ((method, path) -> model), the query strings the app
    validates itself (``app.api.query_model``), as FastAPI documents a ``Query()`` model.
    """
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        schema = generate()
        _declare_query_models(schema, query_models or {})
        _declare_problems(schema)
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
