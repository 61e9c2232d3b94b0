"""Choosing the columns of the events table: in the URL (a link keeps them), remembered
for the login, with sorting; downloads and the JSON view keep every field."""

from __future__ import annotations

import html as htmllib
import re

from .conftest import Web


def _headers(page: str) -> list[str]:
    head = re.search(r'<table class="events">\s*<thead>(.*?)</thead>', page, re.S).group(1)
    cells = re.findall(r"<th[^>]*>(.*?)</th>", head, re.S)
    return [re.sub(r"<[^>]+>|[▲▼]", "", c).strip() for c in cells]


def _links(page: str, path: str) -> list[str]:
    return [htmllib.unescape(h) for h in re.findall(rf'href="({path}[^"]*)"', page)]


def test_the_usual_columns_without_a_choice(web: Web) -> None:
    page = web.client("viewer").get("/events").text
    assert _headers(page) == ["id", "date", "type", "countries · organisations", "status",
                              "title / source sentence"]


def test_chosen_columns_show_in_their_order_and_links_keep_them(web: Web) -> None:
    page = web.client("viewer").get("/events?col=confidence&col=date&sort=confidence").text
    assert _headers(page) == ["id", "date", "confidence"]
    assert 'aria-sort="ascending"' in page  # sorted by a chosen column
    head = re.search(r"<thead>.*?</thead>", page, re.S).group(0)
    sort_links = _links(head, "/events\\?")
    assert sort_links and all("col=date" in u and "col=confidence" in u for u in sort_links)
    for url in _links(page, "/events/download") + _links(page, "/api/v1/events"):
        assert "col=" not in url  # the data keep every field


def test_the_choice_is_remembered_for_the_login(web: Web) -> None:
    client = web.client("viewer")
    client.get("/events?col=id&col=type&col=persons")
    page = client.get("/events").text
    assert _headers(page) == ["id", "type", "persons"]
    assert 'name="col" value="persons"' in page  # the search form keeps it too
    facets = client.get("/events/facets").text
    assert all("col=persons" in u for u in _links(facets, "/events\\?"))
    client.get("/events?col=id&col=date&col=type&col=parties&col=status&col=source")
    assert len(_headers(client.get("/events").text)) == 6
    assert _headers(web.client("editor").get("/events").text)[1:3] == ["id", "date"]


def test_the_choice_form_ticks_what_shows(web: Web) -> None:
    page = web.client("viewer").get("/events?col=place&type=meeting").text
    chooser = re.search(r'<details class="columns-chooser".*?</details>', page, re.S).group(0)
    assert re.findall(r'value="(\w+)" checked', chooser) == ["place"]
    assert '<input type="hidden" name="type" value="meeting">' in chooser


def test_an_unknown_column_is_refused_in_words(web: Web) -> None:
    resp = web.client("viewer").get("/events?col=salary")
    assert resp.status_code == 400
    assert "unknown column" in resp.text and "salary" in resp.text
