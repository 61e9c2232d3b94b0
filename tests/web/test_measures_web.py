"""Measures in the web editor and the API."""

from __future__ import annotations

from .conftest import Web


def test_the_edit_form_sets_and_shows_measures(web: Web) -> None:
    c = web.client("editor")
    resp = c.post("/events/2/edit", {"measures": "143 votes; about 2 million USD",
                                     "version": "1"})
    assert resp.status_code == 303
    record = c.get("/api/v1/events/2").json()["event"]["record"]
    assert record["measures"] == [{"value": 143, "qualifier": "exactly", "unit": "votes"},
                                  {"value": 2000000, "qualifier": "about", "unit": "USD"}]
    page = c.get("/events/2/edit")
    assert "143 votes; about 2,000,000 USD" in page.text
    assert "about 2,000,000 USD" in c.get("/events/2").text
    bad = c.post("/events/2/edit", {"measures": "many votes", "version": "2"})
    assert bad.status_code == 400 and "143 votes" in bad.text


def test_a_new_event_and_the_api_take_measures(web: Web) -> None:
    c = web.client("editor")
    resp = c.post("/events/new", {"type": "outreach", "date_start": "2021-04-01",
                                  "from": "AZE", "measures": "40 students"})
    assert resp.status_code == 303
    event = c.get("/api/v1" + resp.headers["location"]).json()["event"]
    assert event["record"]["measures"] == [
        {"value": 40, "qualifier": "exactly", "unit": "students"}]
    ok = c.request("PATCH", "/api/v1/events/1", json={"changes": {"measures": [
        {"value": 15, "qualifier": "exactly", "unit": "diplomats"}]}, "version": 1})
    assert ok.status_code == 200
    assert ok.json()["record"]["measures"][0]["unit"] == "diplomats"
    bad = c.request("PATCH", "/api/v1/events/1", json={"changes": {"measures": [
        {"value": "x"}]}, "version": 2})
    assert bad.status_code == 400
