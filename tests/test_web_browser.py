"""End to end in headless Chromium: filter, open an event, see the evidence, accept it.

Also proves that a ``<script>`` in an article's text never runs. Needs Debian's
``/usr/bin/chromium`` (``apt-get install chromium``) and the ``playwright`` package.
Set ``TACITUS_SCREENSHOTS=docs`` to save the map and event pages as PNG files there.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tacitus.api import create_app
from tacitus.records import Article
from tacitus.store import SQLiteStore
from test_api_dedup import LATER_TEXT, later_event
from test_api_events import TOKENS, fill

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's Chromium at /usr/bin/chromium"
)
playwright_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")
uvicorn = pytest.importorskip("uvicorn", reason="needs uvicorn")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A live server on 127.0.0.1 over a store with the two test events, one of them
    reported by two articles (merged by a reviewer)."""
    db = tmp_path_factory.mktemp("web") / "desk.db"
    fill(db)
    with SQLiteStore(db) as store:
        later = Article(id="iq-farmers-later", text=LATER_TEXT, title="Farmers buried")
        store.save(later, [later_event()])
        store.merge_events("ev_attack_mosul", "ev_mosul_later", by="ana")
    app = create_app(db=str(db), tokens=TOKENS, public_reads=True)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Headless Chromium driven by Playwright."""
    with playwright_api.sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


def _shot(page: object, name: str) -> None:
    folder = os.environ.get("TACITUS_SCREENSHOTS")
    if folder:
        page.screenshot(path=str(Path(folder) / name))  # type: ignore[attr-defined]


def test_filter_open_highlight_accept_and_persist(base_url: str, browser: object) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{base_url}/")
    page.wait_for_selector("#events tbody tr")
    assert page.locator("#events tbody tr").count() == 2
    assert page.locator(".land path").count() > 100 and page.locator(".point").count() == 2
    _shot(page, "map.png")
    page.fill("input[name=country]", "IRQ")
    page.click("#filters button[type=submit]")
    playwright_api.expect(page.locator("#events tbody tr")).to_have_count(1)
    assert page.locator(".point").count() == 1 and "country=IRQ" in page.url
    assert page.locator("#total").inner_text() == "1"
    page.click("#events tbody tr")
    page.wait_for_selector("mark.hl-counts")
    assert page.locator("mark.hl-counts").first.inner_text() == "killed five farmers"
    assert page.locator("#reports li").count() == 2
    assert page.locator("mark.hl-counts").last.inner_text() == "Six people died"
    assert "merged by a reviewer" in page.locator("#merges").inner_text()
    _shot(page, "event.png")
    page.fill("#token", "ana-secret")
    page.press("#token", "Enter")
    page.click("#accept")
    page.wait_for_selector("#review-state[data-review=accept]")
    page.reload()
    page.wait_for_selector("#review-state[data-review=accept]")
    assert "accept by ana" in page.locator("#audit").inner_text()
    assert errors == []


def test_a_script_in_an_article_never_runs(base_url: str, browser: object) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(f"{base_url}/event/ev_attack_mosul")
    page.wait_for_selector("mark.hl-counts")
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pwned") is None
    text = page.locator(".article-text").first.inner_text()
    assert "<script>window.__pwned = 1</script>" in text and "onerror" in text
    assert page.locator(".article-text script, .article-text img").count() == 0


def test_a_report_split_out_becomes_its_own_event(base_url: str, browser: object) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(f"{base_url}/event/ev_attack_mosul")
    page.wait_for_selector("#reports li")
    page.fill("#token", "ana-secret")
    page.press("#token", "Enter")
    page.click("#reports li[data-report=ev_mosul_later] button.split-out")
    playwright_api.expect(page.locator("#reports li")).to_have_count(1)
    assert page.locator(".article-text").count() == 1
    page.goto(f"{base_url}/")
    playwright_api.expect(page.locator("#events tbody tr")).to_have_count(3)
