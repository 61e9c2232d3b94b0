"""A tour told by its other stops ("The visit follows her stops this week in A and
B", "On Friday she continues her tour to C"): the stops are the traveller's of the
visit told before, a guest's as well as the issuer's own; a tour that continues on
a weekday goes on after the text's day; "this week" is the month (sentences of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

HEAD = "Warsaw, 12 March 2025\n\n"  # a Wednesday
GUEST = ("The Foreign Minister of Kenya, Ms Wanjiru Otieno, who arrived in Warsaw on "
         "Monday, held talks with Minister Nowak. ")


def _visits(text: str) -> list[tuple[str, str, str]]:
    recs = extract_text(HEAD + text, issuer="POL", date="2025-03-12").records
    return sorted((r.from_[0], r.to[0], r.date.start or "") for r in recs
                  if r.type == "visit" and r.from_ and r.to)


@pytest.mark.parametrize(("text", "stops"), [
    (GUEST + "The visit follows her stops this week in Hungary and Slovakia.",
     [("KEN", "HUN", "2025-03"), ("KEN", "SVK", "2025-03")]),
    (GUEST + "On Friday she continues her tour to Lithuania.", [("KEN", "LTU", "2025-03-14")]),
    (GUEST + "She continues her European tour on Friday to Latvia and Estonia.",
     [("KEN", "EST", "2025-03-14"), ("KEN", "LVA", "2025-03-14")]),
    (GUEST + "Her tour will continue on Friday to Lithuania.", [("KEN", "LTU", "2025-03-14")]),
])
def test_a_guests_stops_are_the_guests(text, stops):
    assert _visits(text) == sorted([("KEN", "POL", "2025-03-10"), *stops])


def test_the_issuers_own_tour_stays_the_issuers():
    got = _visits("The Minister visited Chile on Monday. On Friday he continues his tour "
                  "to Peru.")
    assert got == [("POL", "CHL", "2025-03-10"), ("POL", "PER", "2025-03-14")]


@pytest.mark.parametrize(("text", "visit"), [
    # the issuer's own minister named as the subject: her trip, on the day before
    (GUEST + "On Tuesday Minister Nowak travelled to Lithuania.", ("POL", "LTU", "2025-03-11")),
    # a weekday of a trip told as done is the one before
    (GUEST + "On Tuesday the Minister visited Lithuania.", ("POL", "LTU", "2025-03-11")),
])
def test_no_guests_tour_without_the_possessive_tour(text, visit):
    assert visit in _visits(text)
    assert not any(v[0] == "KEN" and v[1] == "LTU" for v in _visits(text))


def test_no_stops_without_a_traveller_told():
    # an official of no known side: no trip of anybody's
    got = _visits("The Commissioner, who came to Warsaw after stops in Prague and Vilnius, "
                  "met Minister Nowak on Tuesday.")
    assert not any(v[1] in ("CZE", "LTU") for v in got)
