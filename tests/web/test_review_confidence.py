"""The web review queue works through the least confident candidates first."""

from __future__ import annotations

from .conftest import Web


def _set_confidence(web: Web, values: dict[int, float | None]) -> None:
    from communique.registry import Event

    with web.registry.write() as session:
        for event_id, value in values.items():
            session.get(Event, event_id).confidence = value


def test_the_queue_opens_on_the_least_confident_candidate_and_shows_it(web: Web) -> None:
    _set_confidence(web, {1: 0.91, 2: 0.12, 3: 0.55, 4: 0.99, 5: 0.3, 6: 0.8})
    c = web.client("editor")
    page = c.get("/review").text
    assert "ev-2</a>" in page and "confidence 0.12" in page
    hx = {"HX-Request": "true", "HX-Target": "review-card"}
    order = []
    for offset in range(6):
        card = c.http.get(f"/review?offset={offset}", headers=hx).text
        order.append(int(card.split(">ev-")[1].split("<")[0]))
    assert order == [2, 5, 3, 6, 1, 4]


def test_an_unknown_confidence_comes_first_and_says_so(web: Web) -> None:
    _set_confidence(web, {1: 0.91, 2: 0.12, 3: None, 4: 0.99, 5: 0.3, 6: 0.8})
    page = web.client("viewer").get("/review").text
    assert "ev-3</a>" in page and "confidence unknown" in page


def test_accepting_moves_on_to_the_next_least_confident(web: Web) -> None:
    _set_confidence(web, {1: 0.91, 2: 0.12, 3: 0.55, 4: 0.99, 5: 0.3, 6: 0.8})
    c = web.client("editor")
    hx = {"HX-Request": "true", "HX-Target": "review-card", "X-CSRF-Token": c.csrf}
    # setting the confidence above made version 2
    card = c.http.post("/review/2/accept", data={"version": "2", "offset": "0"}, headers=hx)
    assert card.status_code == 200
    assert "ev-5</a>" in card.text and "confidence 0.30" in card.text


def test_the_events_page_sorts_by_confidence(web: Web) -> None:
    _set_confidence(web, {1: 0.91, 2: 0.12, 3: 0.55, 4: 0.99, 5: 0.3, 6: 0.8})
    page = web.client("viewer").get("/events?sort=confidence").text
    assert "least confident first" in page
    positions = [page.index(f'/events/{i}"') for i in (2, 5, 3)]
    assert positions == sorted(positions)


def test_the_event_page_shows_its_confidence(web: Web) -> None:
    _set_confidence(web, {2: 0.12})
    c = web.client("viewer")
    assert "<dt>Confidence</dt><dd>0.12</dd>" in c.get("/events/2").text
    assert "<dt>Confidence</dt><dd>unknown</dd>" in c.get("/events/3").text
