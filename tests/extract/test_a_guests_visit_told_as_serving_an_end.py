"""A guest's visit as the subject of "serves as", "offered", "has served as" ("The state
visit by the King of A is serving as an opportunity for us and A to ...") is the
guest's visit to the issuer: the two countries named after the verb, among them the
issuer, are what the visit served, not its sides. A visit with its own "to" keeps that
host (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import event, records


@pytest.mark.parametrize(("text", "expected"), [
    ("The state visit by the Zambian President is serving as an opportunity for "
     "Switzerland and Zambia to deepen ties.", event("visit", "ZMB", "CHE", "2025-10-29")),
    ("The official visit by President Lena Moyo of Ghana served as a platform for "
     "Switzerland and Ghana to sign accords.", event("visit", "GHA", "CHE", "2025-10-29")),
    ("The working visit of the Chilean Foreign Minister offered a chance for Switzerland "
     "and Chile to review trade.", event("visit", "CHL", "CHE", "2025-10-29")),
    ("The visit by the Prime Minister of Peru has served as an occasion for Switzerland "
     "and Peru to mark a century of ties.", event("visit", "PER", "CHE", "2025-10-29")),
])
def test_the_guests_visit_to_the_issuer(text, expected):
    assert records(text, "CHE", {"visit"}, date="2025-10-29") == [expected]


def test_a_visit_with_its_own_host_keeps_it():
    text = ("The visit of the Prime Minister of Peru to Chile served as an occasion for "
            "Switzerland and Peru to talk.")
    assert records(text, "CHE", {"visit"}, date="2025-10-29") == [
        event("visit", "PER", "CHL", "2025-10-29")]


def test_a_speech_serving_an_end_is_no_visit():
    text = ("The speech by the Prime Minister of Peru served as an occasion for "
            "Switzerland and Peru to talk.")
    assert records(text, "CHE", {"visit"}, date="2025-10-29") == []
