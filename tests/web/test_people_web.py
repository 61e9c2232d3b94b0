"""People in the web: editors rename, add, change and delete terms of office and
delete people, each against the version they read, audited, and never losing an
event's person silently (the confirmation page says what happens)."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from .conftest import Web


@pytest.fixture
def titled_event(web: Web, person: int) -> int:
    """A 2021 event naming Azerbaijan's foreign minister by title (linked to Ana)."""
    from communique.model import DateSpan, Person, Record
    from communique.services.review import add_event

    return add_event(web.registry, Record(
        type="meeting", date=DateSpan("2021-05-04"), from_=["AZE"], to=["NOR"],
        persons=[Person(None, "foreign_minister", "AZE")]), user="seed")


def _flash(html: str) -> str:
    found = re.search(r'<p class="flash good" role="status">([^<]*)</p>', html)
    return found.group(1) if found else ""


def _term(web: Web, person: int) -> int:
    from communique.services.persons import show_person

    return show_person(web.registry, person).roles[0].id or 0


def test_an_editor_sees_the_controls_a_viewer_does_not(web: Web, person: int) -> None:
    editor = web.client("editor").get(f"/people/{person}").text
    assert f'action="/people/{person}/rename"' in editor
    assert f'href="/people/{person}/delete"' in editor and 'name="version" value="1"' in editor
    viewer = web.client("viewer").get(f"/people/{person}").text
    assert "/rename" not in viewer and "/delete" not in viewer


def test_renaming_checks_the_version_and_is_audited(web: Web, person: int) -> None:
    from communique.registry import AuditEntry

    client = web.client("editor")
    resp = client.post(f"/people/{person}/rename", {"name": "Ana B. Example", "version": "1"})
    assert resp.status_code == 303 and resp.headers["location"] == f"/people/{person}"
    page = client.get(f"/people/{person}").text
    assert "<h1>Ana B. Example</h1>" in page and _flash(page).startswith("Renamed")
    stale = client.post(f"/people/{person}/rename", {"name": "Somebody", "version": "1"})
    assert stale.status_code == 409
    assert "changed since you read it" in stale.text and "<h1>Ana B. Example</h1>" in stale.text
    with web.registry.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "person",
                                                   AuditEntry.action == "rename")).one()
    assert (entry.who, entry.after["name"]) == ("editor", "Ana B. Example")


def test_shortening_a_term_says_which_events_lose_the_link(web: Web, person: int,
                                                           titled_event: int) -> None:
    from communique.services.query import get_event

    client = web.client("editor")
    resp = client.post(f"/people/{person}/terms/{_term(web, person)}",
                       {"version": "1", "role": "foreign_minister", "country": "Azerbaijan",
                        "start": "2020", "end": "2020"})
    assert resp.status_code == 303
    said = _flash(client.get(f"/people/{person}").text)
    assert f"No longer linked to this person (no term explains their title): " \
           f"ev-{titled_event}." in said
    assert get_event(web.registry, titled_event).view.record.persons[0].name is None


def test_a_bad_term_is_refused_in_the_page(web: Web, person: int) -> None:
    resp = web.client("editor").post(f"/people/{person}/terms",
                                     {"version": "1", "role": "foreign_minister",
                                      "country": "Atlantis"})
    assert resp.status_code == 400 and "is not a country we know" in resp.text


def test_adding_a_term_links_what_it_explains(web: Web, person: int,
                                              titled_event: int) -> None:
    client = web.client("editor")
    client.post(f"/people/{person}/terms/{_term(web, person)}/delete", {"version": "1"})
    resp = client.post(f"/people/{person}/terms", {"version": "2", "role": "foreign_minister",
                                                   "country": "AZE", "start": "2021"})
    assert resp.status_code == 303
    assert _flash(client.get(f"/people/{person}").text) == \
        "Term of office added; 1 more event(s) linked."


def test_deleting_a_term_asks_first_and_lists_the_events(web: Web, person: int,
                                                         titled_event: int) -> None:
    client = web.client("editor")
    term = _term(web, person)
    ask = client.get(f"/people/{person}/terms/{term}/delete").text
    assert "1 event(s) name Ana Example only by this title" in ask
    assert f"/events/{titled_event}" in ask and 'class="danger"' in ask
    assert web.client("viewer").get(f"/people/{person}/terms/{term}/delete").status_code == 403
    client.post(f"/people/{person}/terms/{term}/delete", {"version": "1"})
    page = client.get(f"/people/{person}").text
    assert "No terms recorded." in page and f"ev-{titled_event}" in _flash(page)


def test_deleting_a_person_keeps_the_name_on_its_events(web: Web, person: int,
                                                        titled_event: int) -> None:
    from communique.services.query import get_event

    client = web.client("editor")
    ask = client.get(f"/people/{person}/delete").text
    assert "1 event(s) name Ana Example (1 of them only by a title" in ask
    assert "They keep the name" in ask and f"/events/{titled_event}" in ask
    assert client.post(f"/people/{person}/delete", {"version": "9"}).status_code == 409
    resp = client.post(f"/people/{person}/delete", {"version": "1"})
    assert resp.status_code == 303 and resp.headers["location"] == "/people"
    listing = client.get("/people").text
    assert "Ana Example deleted. 1 event(s) keep the name Ana Example" in _flash(listing)
    assert client.get(f"/people/{person}").status_code == 404
    assert get_event(web.registry, titled_event).view.record.persons[0].name == "Ana Example"
