"""A headline with a bare "on" and a kind of visit ("Minister A on working visit in
B") tells the visit; a title stays a title with its page's date on the line below
it ("...\\n2024-05-06"), so the visit it tells is kept when the body never tells
it (sentences of our own)."""

from __future__ import annotations

import pytest

_BODY = "\n\nThe Minister held talks with officials on Monday."


@pytest.mark.parametrize(("title", "host"), [
    ("Minister Ana Kovac on working visit in Ghana", "GHA"),
    ("President Tomas Reyes on two-day state visit in Kenya", "KEN"),
    ("Foreign Minister Lee on official visit to Viet Nam", "VNM"),
    ("Minister Kovac pays working visit to Equatorial Guinea", "GNQ"),
    ("Deputy Minister Sato on first official visit in Peru", "PER"),
])
@pytest.mark.parametrize("dateline", ["", "\n2024-05-08", "\n8 May 2024"])
def test_the_headline_tells_the_visit(ex, title, host, dateline):
    got = ex(title + dateline + _BODY, issuer="HRV", date="2024-05-08", types={"visit"})
    assert got == [("visit", ("HRV",), (host,), "2024-05-06")]


@pytest.mark.parametrize("title", [
    "Remarks on the visit in Ghana",
    "Statement on working visits in the region",
])
def test_a_headline_about_visits_tells_none(ex, title):
    got = ex(title + "\n2024-05-08" + _BODY, issuer="HRV", date="2024-05-08",
             types={"visit"})
    assert got == []
