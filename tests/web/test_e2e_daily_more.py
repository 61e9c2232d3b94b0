"""The last items of daily use, as a person sees them in Chromium (at 1280 and 390 px):
the dashboard's own map (the review's: issuer legend, circles for small states),
choosing the columns of the events table, editing and deleting people and their
terms of office, and accepting or rejecting several candidates at once on the review
page. Screenshots go to test-artifacts/web/."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import SEED_LINES
from .test_e2e import ARTIFACTS, CHROMIUM, page, server, settle, shot  # noqa: F401
from .test_e2e_daily import _log_in

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="needs Debian's chromium at /usr/bin/chromium "
                                       "(run tools/install-browser.sh)")

PHONE = {"width": 390, "height": 844}


def _seed(registry: Any, make_doc: Any, extractor: Any, *, accept: bool = True) -> None:
    from communique.services.ingest import ingest_documents

    lines = (*SEED_LINES, "meeting 2021-04-10 AZE>MLT | Talks in Valletta")
    ingest_documents([make_doc("readouts-2021.txt", *lines)], registry=registry,
                     issuer="AZE", extractor=extractor, accept=accept)


def _fits(page: Any) -> None:  # noqa: F811
    """Nothing of the page runs past a 390 px screen."""
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_the_dashboard_map_marks_small_states_and_names_the_issuer(
        server: tuple[str, Any], page: Any, make_doc: Any, extractor: Any) -> None:  # noqa: F811
    base, registry = server
    _seed(registry, make_doc, extractor)
    _log_in(page, base)
    page.goto(base + "/?year=2021")
    page.wait_for_selector("#chart-map .scatterlayer .trace")
    page.wait_for_timeout(300)
    legend = page.locator("#chart-map .legend").first.text_content() or ""
    assert "Azerbaijan (the issuer)" in legend and "not a linear scale" in legend
    # the circle of Malta (1 event), drawn over the base map (the only small state here)
    assert page.locator("#chart-map .scatterlayer .trace .points path").count() == 1
    page.locator("#chart-map").screenshot(path=str(ARTIFACTS / "daily-08-dashboard-map.png"))
    page.set_viewport_size(PHONE)
    page.goto(base + "/?year=2021")
    page.wait_for_selector("#chart-map .scatterlayer .trace")
    _fits(page)
    shot(page, "daily-09-dashboard-map-390")
    assert page.problems == []  # type: ignore[attr-defined]
