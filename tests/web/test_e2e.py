"""End to end in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright):
log in, upload a readout, review its records by keyboard, open a dossier and the
dashboard's map, write a report. Every request outside 127.0.0.1 is blocked, so a
page that needed a CDN would fail here. Screenshots go to test-artifacts/web/.

Install the browser with tools/install-browser.sh; without it the test skips.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import PASSWORD, add_user

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

READOUT = """Ministry of Foreign Affairs of the Republic of Azerbaijan
Press release, 14 May 2021

On 12 May 2021, the Minister of Foreign Affairs of the Republic of Azerbaijan received the \
Minister of Foreign Affairs of the Republic of Chile, who was on an official visit to \
Azerbaijan. The ministers discussed trade, education and their work at the United Nations.

On 13 May 2021, the two ministers signed a memorandum of understanding on political \
consultations between the foreign ministries of Azerbaijan and Chile.

On 14 May 2021, the Minister of Foreign Affairs of Azerbaijan had a telephone conversation \
with the Minister of Foreign Affairs of Norway on regional security.
"""

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="needs Debian's chromium at /usr/bin/chromium "
                                       "(run tools/install-browser.sh)")


@pytest.fixture
def server(sqlite_registry: Any, tmp_path: Path) -> Iterator[tuple[str, Any]]:
    """The app under uvicorn on a free loopback port, in a thread."""
    import uvicorn

    from communique.web import create_app

    add_user(sqlite_registry, "ana", "editor")
    app = create_app(sqlite_registry, secret="e2e-secret", data_dir=tmp_path / "data")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", sqlite_registry
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def page(tmp_path: Path) -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900},
                                      accept_downloads=True)
        pg = context.new_page()
        pg.set_default_timeout(30_000)
        pg.problems = []  # type: ignore[attr-defined]
        pg.on("console", lambda m: pg.problems.append(f"console {m.type}: {m.text}")
              if m.type == "error" else None)
        pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))

        def only_loopback(route: Any) -> None:
            if route.request.url.startswith(("http://127.0.0.1:", "data:", "blob:")):
                route.continue_()
            else:
                pg.problems.append(f"blocked outside request: {route.request.url}")
                route.abort()

        context.route("**/*", only_loopback)
        yield pg
        browser.close()


def settle(page: Any) -> None:
    """Let htmx finish settling a swap (it wires the new card's links then)."""
    page.wait_for_selector(".htmx-settling, .htmx-swapping, .htmx-request",
                           state="detached")
    page.wait_for_timeout(150)


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_log_in_upload_review_by_keyboard_dossier_map_and_report(
        server: tuple[str, Any], page: Any, tmp_path: Path) -> None:
    base, registry = server
    readout = tmp_path / "readout-2021-05-14.txt"
    readout.write_text(READOUT, encoding="utf-8")

    page.goto(base + "/")
    assert "/login" in page.url
    page.fill("input[name=name]", "ana")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(base + "/")
    shot(page, "01-dashboard-empty")

    page.goto(base + "/documents")
    page.set_input_files("input[name=file]", str(readout))
    page.fill("input[name=issuer]", "AZE")
    page.click("#upload button[type=submit]")
    page.wait_for_selector("#upload-result .flash.good")
    result = page.inner_text("#upload-result")
    assert "record(s)" in result
    shot(page, "02-uploaded")

    page.click("#upload-result [data-review-link]")
    page.wait_for_selector("[data-review] [data-key=a]")
    total = int(page.inner_text("[data-review] .headline .muted").split(" of ")[1].split()[0])
    assert total >= 2
    shot(page, "03-review-first")
    first = page.get_attribute("[data-review] h2 a", "href")
    page.keyboard.press("a")  # accept
    page.wait_for_selector("[data-review] .flash:has-text('accepted')")
    settle(page)
    second = page.get_attribute("[data-review] h2 a", "href")
    assert second != first
    page.keyboard.press("r")  # reject
    page.wait_for_selector("[data-review] .flash:has-text('rejected')")
    settle(page)
    if total > 2:
        before = page.get_attribute("[data-review] h2 a", "href")
        page.keyboard.press("j")  # next (the page's CSP forbids wait_for_function's eval)
        page.wait_for_selector(f"[data-review] h2 a:not([href='{before}'])")
        settle(page)
        page.keyboard.press("k")  # previous
        page.wait_for_selector(f"[data-review] h2 a[href='{before}']")
    shot(page, "04-review-after-keys")
    from communique.services.query import get_event

    assert get_event(registry, int(first.rsplit("/", 1)[1])).view.status == "accepted"
    assert get_event(registry, int(second.rsplit("/", 1)[1])).view.status == "rejected"
    history = get_event(registry, int(first.rsplit("/", 1)[1])).history
    assert history[-1]["who"] == "ana"

    page.goto(base + "/dossiers/CHL?year=2021")
    page.wait_for_selector("#chart-contacts .main-svg")
    assert "Chile" in page.inner_text("h1")
    shot(page, "05-dossier-chile")

    page.goto(base + "/?year=2021&candidates=true")
    page.wait_for_selector("#chart-map .scatterlayer .trace")  # the review's own map
    shot(page, "06-dashboard-map")

    page.goto(base + "/reports?issuer=AZE&year=2021&candidates=true")
    frame = page.frame_locator("iframe.report")
    frame.locator("body").wait_for()
    assert "2021" in frame.locator("body").inner_text()
    shot(page, "07-report-preview")
    with page.expect_download() as download:
        page.click("a:has-text('DOCX')")
    assert download.value.suggested_filename == "review-AZE-2021.docx"
    assert page.problems == []  # type: ignore[attr-defined]
