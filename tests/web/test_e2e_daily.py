"""What a person sees in Chromium, day to day: a refused upload says why, the reports
page explains a wrong issuer in the form, the review's map, the phone layout, the skip
link and the confirmation before a destructive admin action. Screenshots go to
test-artifacts/web/ (the map, the reports page, the mobile layout)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .conftest import PASSWORD, SEED_LINES, add_user
from .test_e2e import ARTIFACTS, CHROMIUM, page, server, shot  # noqa: F401  (fixtures)

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="needs Debian's chromium at /usr/bin/chromium "
                                       "(run tools/install-browser.sh)")


def _log_in(page: Any, base: str, name: str = "ana") -> None:  # noqa: F811
    page.goto(base + "/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(base + "/")


def _seed(registry: Any, make_doc: Any, extractor: Any) -> None:
    from communique.services.ingest import ingest_documents

    ingest_documents([make_doc("readouts-2021.txt", *SEED_LINES)], registry=registry,
                     issuer="AZE", extractor=extractor, accept=True)


def test_a_refused_upload_says_why(server: tuple[str, Any], page: Any,  # noqa: F811
                                   tmp_path: Path) -> None:
    base, _ = server
    picture = tmp_path / "photo.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    _log_in(page, base)
    page.goto(base + "/documents")
    page.set_input_files("input[name=file]", str(picture))
    page.click("#upload button[type=submit]")
    page.wait_for_selector("#upload-result .flash.bad")
    assert page.inner_text("#upload-result .flash.bad").strip()
    shot(page, "daily-01-refused-upload")


def test_the_reports_page_says_a_wrong_issuer_in_the_form(
        server: tuple[str, Any], page: Any, make_doc: Any, extractor: Any) -> None:  # noqa: F811
    base, registry = server
    _seed(registry, make_doc, extractor)
    _log_in(page, base)
    page.goto(base + "/reports?issuer=XXX&year=2021")
    alert = page.inner_text("form [role=alert]")
    assert "is not a country we know" in alert
    assert page.locator("iframe.report").count() == 0
    assert page.locator("a:has-text('DOCX')").count() == 0
    shot(page, "daily-02-reports-wrong-issuer")
    page.goto(base + "/reports")
    assert "2021 is the latest year with events" in page.inner_text("main")
    frame = page.frame_locator("iframe.report")
    frame.locator("#chart-map .main-svg").first.wait_for()
    page.wait_for_timeout(300)
    shot(page, "daily-03-reports-page")
    frame.locator("#chart-map").screenshot(path=str(ARTIFACTS / "daily-04-review-map.png"))
    legend = frame.locator("#chart-map .legend").first.text_content() or ""
    assert "Azerbaijan (the issuer)" in legend and "not a linear scale" in legend


def test_the_phone_layout_collapses_the_menu_and_puts_results_first(
        server: tuple[str, Any], page: Any, make_doc: Any, extractor: Any) -> None:  # noqa: F811
    base, registry = server
    _seed(registry, make_doc, extractor)
    _log_in(page, base)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(base + "/events")
    page.wait_for_selector("#facets .facet")
    assert not page.is_visible("#site-nav")
    results = page.locator("#results").bounding_box()
    facets = page.locator("#facets").bounding_box()
    assert results["y"] < facets["y"]
    assert page.locator("main").bounding_box()["width"] <= 390
    shot(page, "daily-05-mobile-events")
    page.click("[data-menu]")
    assert page.is_visible("#site-nav a:has-text('Dossiers')")
    shot(page, "daily-06-mobile-menu")
    page.set_viewport_size({"width": 1280, "height": 900})
    assert page.is_visible("#site-nav")


def test_a_skip_link_leads_to_the_content(server: tuple[str, Any], page: Any) -> None:  # noqa: F811
    base, _ = server
    _log_in(page, base)
    page.keyboard.press("Tab")
    assert page.inner_text(":focus") == "Skip to the content"
    page.keyboard.press("Enter")
    assert page.get_attribute(":focus", "id") == "main"


def test_disabling_a_user_asks_first(server: tuple[str, Any], page: Any) -> None:  # noqa: F811
    base, registry = server
    add_user(registry, "root", "admin")
    _log_in(page, base, "root")
    page.goto(base + "/admin/users")
    asked: list[str] = []

    def answer(dialog: Any) -> None:
        asked.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", answer)
    row = page.locator("tr", has_text="ana")
    button = row.locator("button.danger:has-text('Disable')")
    assert button.count() == 1
    button.click()
    page.wait_for_timeout(300)
    assert asked and asked[0].startswith("Disable ana?")
    assert "active" in row.inner_text()  # dismissed: nothing happened


def test_the_api_documentation_renders_in_the_browser(server: tuple[str, Any],  # noqa: F811
                                                      page: Any) -> None:  # noqa: F811
    base, _ = server
    _log_in(page, base)
    page.click("footer a:has-text('JSON API')")
    page.wait_for_selector("#swagger-ui .opblock")
    assert page.locator("#swagger-ui .opblock").count() > 10
    assert "/api/v1/events" in page.inner_text("#swagger-ui")
    shot(page, "daily-07-api-docs")
    assert page.problems == []  # type: ignore[attr-defined]
