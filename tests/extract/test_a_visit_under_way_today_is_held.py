"""A visit told in the (future) progressive with today as its first day ("will be
visiting Peru today and tomorrow", "is paying a working visit to Chile today"): the
release is written on the trip's first day, so the trip is under way, not announced.
A visit "tomorrow", "next week" or with no day stays ahead (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import event, records


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("Ana Ruiz, Deputy Minister for Foreign Affairs, will be visiting Peru today.", "ESP",
     event("visit", "ESP", "PER", "2022-02-10")),
    ("Minister Dara Holm will be visiting Kenya today and tomorrow.", "NLD",
     event("visit", "NLD", "KEN", "2022-02-10")),
    ("The Foreign Secretary will be paying a working visit to Ghana today and tomorrow.",
     "GBR", event("visit", "GBR", "GHA", "2022-02-10")),
    ("State Secretary Lena Berg is visiting Chile and Argentina today.", "SWE",
     event("visit", "SWE", "CHL", "2022-02-10")),
    ("Minister Holm will be on an official visit to Japan today.", "NLD",
     event("visit", "NLD", "JPN", "2022-02-10")),
])
def test_a_visit_under_way_today(text, issuer, expected):
    assert expected in records(text, issuer, {"visit"}, date="2022-02-10")


@pytest.mark.parametrize("text", [
    "Minister Dara Holm will be visiting Kenya tomorrow.",
    "Minister Dara Holm will be visiting Kenya next week, the ministry said today.",
    "Minister Dara Holm will be visiting Kenya on 14 February.",
    "Minister Dara Holm will visit Kenya later this month.",
])
def test_a_visit_still_ahead(text):
    assert records(text, "NLD", {"visit"}, date="2022-02-10") == []
