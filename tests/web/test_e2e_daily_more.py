"""The last items of daily use, as a person sees them in Chromium (at 1280 and 390 px):
the dashboard's own map (the review's: issuer legend, circles for small states),
choosing the columns of the events table, editing and deleting people and their
terms of office, and accepting or rejecting several candidates at once on the review
page. Screenshots go to test-artifacts/web/."""

from __future__ import annotations

import re
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


def test_several_candidates_are_accepted_at_once_from_the_review_page(
        server: tuple[str, Any], page: Any, make_doc: Any, extractor: Any) -> None:  # noqa: F811
    from communique.services.query import EventFilter, list_events

    base, registry = server
    _seed(registry, make_doc, extractor, accept=False)
    _log_in(page, base)
    page.set_viewport_size(PHONE)
    page.goto(base + "/review")
    boxes = page.locator("#review-bulk-form input[name=pick]")
    assert boxes.count() == 7
    # by keyboard: focus the first box, tick it with Space, Tab to the next, tick it
    boxes.nth(0).focus()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    ticked = [b.get_attribute("value") for b in boxes.all() if b.is_checked()]
    assert len(ticked) == 2, ticked
    _fits(page)
    shot(page, "daily-10-review-bulk-390")
    page.click("#review-bulk-form button[value=accept]")
    page.wait_for_selector("#bulk-summary")
    summary = page.inner_text("#bulk-summary")
    assert summary.startswith("Accepted 2 candidate(s): ")
    shot(page, "daily-11-review-bulk-done-390")
    accepted = {e.id for e in list_events(registry, EventFilter(statuses=["accepted"]))}
    assert accepted == {int(v.split(":")[0]) for v in ticked}
    assert page.locator("#review-bulk-form input[name=pick]").count() == 5
    # tick all, then reject: asked first, and dismissing leaves everything as it was
    page.check("#review-bulk-form [data-check-all]")
    assert all(b.is_checked() for b in page.locator(
        "#review-bulk-form input[name=pick]").all())
    asked: list[str] = []
    page.once("dialog", lambda d: (asked.append(d.message), d.dismiss()))
    page.click("#review-bulk-form button[value=reject]")
    page.wait_for_timeout(300)
    assert asked == ["Reject the ticked candidates?"]
    assert not list_events(registry, EventFilter(statuses=["rejected"]))
    assert page.problems == []  # type: ignore[attr-defined]


def test_columns_are_chosen_by_keyboard_kept_in_the_link_and_sortable(
        server: tuple[str, Any], page: Any, make_doc: Any, extractor: Any) -> None:  # noqa: F811
    base, registry = server
    _seed(registry, make_doc, extractor)
    _log_in(page, base)
    page.set_viewport_size(PHONE)
    page.goto(base + "/events")
    page.focus(".columns-chooser summary")
    page.keyboard.press("Enter")  # opens the list of columns
    for key in ("parties", "source"):  # untick two, tick one, by keyboard
        page.focus(f".columns-chooser input[value={key}]")
        page.keyboard.press("Space")
    page.focus(".columns-chooser input[value=confidence]")
    page.keyboard.press("Space")
    _fits(page)
    shot(page, "daily-12-columns-chooser-390")
    page.focus(".columns-chooser button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/events\?.*col=confidence"))
    heads = [h.strip(" ▲▼") for h in page.locator("table.events thead th").all_inner_texts()]
    assert heads == ["select", "id", "date", "type", "status", "confidence"]
    page.click("table.events thead th a:has-text('confidence')")  # sort by it
    page.wait_for_url(re.compile(r"sort=confidence"))
    assert "col=confidence" in page.url
    assert page.get_attribute("th[aria-sort=ascending] a", "href").count("col=") == 5
    _fits(page)
    shot(page, "daily-13-columns-chosen-390")
    link = page.url
    page.goto(base + "/events")  # remembered for this login
    assert "confidence" in page.locator("table.events thead").inner_text()
    page.goto(link.replace("&col=confidence", ""))  # the link wins over what is kept
    assert "confidence" not in page.locator("table.events thead").inner_text()
    assert page.problems == []  # type: ignore[attr-defined]


def test_people_and_their_terms_are_changed_and_deleted_on_a_phone(
        server: tuple[str, Any], page: Any) -> None:  # noqa: F811
    from communique.model import DateSpan, Person, Record
    from communique.services.persons import add_person
    from communique.services.review import add_event

    base, registry = server
    person = add_person(registry, "Nino Example", role="foreign_minister", country="GEO",
                        start="2020-01-01").id
    event = add_event(registry, Record(type="call", date=DateSpan("2021-03-03"),
                                       from_=["GEO"], to=["FRA"],
                                       persons=[Person(None, "foreign_minister", "GEO")]))
    _log_in(page, base)
    page.set_viewport_size(PHONE)
    page.goto(f"{base}/people/{person}")
    assert "1 event(s)" in page.inner_text("main")
    page.focus("details.term-edit summary")
    page.keyboard.press("Enter")
    page.fill("details.term-edit input[name=end]", "2020-12-31")
    _fits(page)
    shot(page, "daily-14-person-term-edit-390")
    page.click("details.term-edit button[type=submit]")
    page.wait_for_selector(".flash.good")
    assert f"ev-{event}" in page.inner_text(".flash.good")
    assert "0 event(s)" in page.inner_text("main")
    page.click("a:has-text('Delete this person')")
    page.wait_for_selector("#what-happens")
    assert "No event names Nino Example" in page.inner_text("#what-happens")
    _fits(page)
    shot(page, "daily-15-person-delete-ask-390")
    page.click("button.danger:has-text('Delete Nino Example')")
    page.wait_for_url(base + "/people")
    assert page.inner_text(".flash.good").startswith("Nino Example deleted.")
    shot(page, "daily-16-person-deleted-390")
    assert page.problems == []  # type: ignore[attr-defined]
