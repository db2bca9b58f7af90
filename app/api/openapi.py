"""Document the error shape the app really returns: problem+json for every 4xx and 5xx."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

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


def document_problems(app: FastAPI) -> None:
    """Replace FastAPI's 422 schema (which the app never returns) with problem+json responses."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        schema = generate()
        _declare_problems(schema)
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
