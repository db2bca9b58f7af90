"""The OpenAPI console in a real browser: served offline, rendered, and able to post the example."""

from __future__ import annotations

import json
from typing import Any

import pytest
from playwright.sync_api import Locator, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.e2e.conftest import Traffic
from tests.e2e.server import LiveServer

pytestmark = pytest.mark.browser

OPERATIONS = {
    ("POST", "/v1/articles"),
    ("GET", "/v1/articles"),
    ("GET", "/v1/articles/{article_id}"),
    ("DELETE", "/v1/articles/{article_id}"),
    ("GET", "/v1/events"),
    ("GET", "/v1/events/{event_id}"),
    ("GET", "/v1/stats"),
    ("GET", "/healthz"),
}


def open_console(page: Page, server: LiveServer, traffic: Traffic) -> None:
    """Load /docs and wait until Swagger UI has rendered the operations from /openapi.json."""
    page.goto(f"{server.base_url}/docs")
    try:
        page.locator(".opblock").first.wait_for()
    except PlaywrightTimeout as exc:
        raise AssertionError(
            f"no operation rendered; blocked remote requests: {traffic.remote()}, "
            f"error responses: {traffic.errors}"
        ) from exc


def rendered_operations(page: Page) -> set[tuple[str, str]]:
    """Return (method, path) of every operation block the console shows."""
    rows: list[list[str]] = page.locator(".opblock").evaluate_all(
        """blocks => blocks.map(b => [
            b.querySelector('.opblock-summary-method').textContent.trim(),
            b.querySelector('.opblock-summary-path').getAttribute('data-path')])"""
    )
    return {(method, path) for method, path in rows}


def operation(page: Page, method: str, path: str) -> Locator:
    """Locate one operation block by its HTTP method and path."""
    return page.locator(f".opblock-{method.lower()}").filter(
        has=page.locator(f'.opblock-summary-path[data-path="{path}"]')
    )


def execute_example(block: Locator) -> tuple[str, str]:
    """Expand an operation, click Try it out and Execute; return the status and body it shows."""
    block.locator(".opblock-summary").click()
    block.get_by_role("button", name="Try it out").click()
    block.get_by_role("button", name="Execute").click()
    live = block.locator(".live-responses-table .response")
    live.wait_for(timeout=25_000)
    status = live.locator(".response-col_status").inner_text().strip()
    body = live.locator(".response-col_description pre").first.inner_text()
    return status, body


def test_console_renders_every_operation_from_local_assets_only(
    page: Page, server: LiveServer, traffic: Traffic
) -> None:
    open_console(page, server, traffic)
    assert OPERATIONS - rendered_operations(page) == set()
    assert page.locator(".info .title").inner_text().startswith("Conflict events API")
    assert any("/static-offline-docs/swagger-ui-bundle.js" in u for u in traffic.urls)
    assert traffic.remote() == []
    assert traffic.errors == []


def test_console_posts_the_arabic_seed_example_and_shows_its_events(
    page: Page, server: LiveServer, traffic: Traffic
) -> None:
    open_console(page, server, traffic)
    status, shown = execute_example(operation(page, "POST", "/v1/articles"))
    assert status == "201", f"{shown}\n{server.log()}"
    body: dict[str, Any] = json.loads(shown)
    assert body["language"] == "ar"
    assert body["events"], "the seed article yielded no events"
    # Search the events only: the article text in the same body names both places anyway.
    events = json.dumps(body["events"], ensure_ascii=False)
    assert "Derna" in events or "درنة" in events
    assert "Minya" in events or "المنيا" in events
    assert traffic.remote() == []
