"""Browser-test fixtures: Debian's chromium, a live server, and pages that cannot leave 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Route, sync_playwright

from scripts.database import migrate
from tests.e2e.server import HOST, LiveServer, live_server

CHROMIUM = Path("/usr/bin/chromium")
# Quiet, offline-friendly flags: no GPU, no QUIC, no update / sync / background traffic.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
LOCAL_SCHEMES = {"data", "blob", "about"}


@dataclass
class Traffic:
    """Every URL the page requested, and the responses that came back with an error status."""

    urls: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def remote(self) -> list[str]:
        """Return the requested URLs whose host is not this machine's loopback address."""
        return [u for u in self.urls if not is_local(u)]


def is_local(url: str) -> bool:
    """Tell whether a URL stays on 127.0.0.1 (data:, blob: and about: never leave the page)."""
    parts = urlsplit(url)
    return parts.scheme in LOCAL_SCHEMES or parts.hostname == HOST


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: run scripts/install_browser.sh (Debian's chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The service as production starts it, with the default (real) extractor."""
    directory = tmp_path_factory.mktemp("e2e")
    url = f"sqlite:///{directory / 'events.db'}"
    migrate(url)
    with live_server(url, directory / "uvicorn.log") as live:
        yield live


@pytest.fixture
def traffic() -> Traffic:
    return Traffic()


@pytest.fixture
def page(browser: Browser, traffic: Traffic) -> Iterator[Page]:
    """A fresh page that records every request and refuses any that would leave 127.0.0.1."""
    context = browser.new_context(service_workers="block")
    context.set_default_timeout(15_000)

    def guard(route: Route) -> None:
        # Behave like a firewalled field machine: anything remote fails at once.
        if is_local(route.request.url):
            route.continue_()
        else:
            route.abort("internetdisconnected")

    context.route("**/*", guard)
    page = context.new_page()
    page.on("request", lambda request: traffic.urls.append(request.url))
    page.on(
        "response",
        lambda r: traffic.errors.append(f"{r.status} {r.url}") if r.status >= 400 else None,
    )
    yield page
    context.close()
