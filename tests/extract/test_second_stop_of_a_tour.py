"""Two or three visits of one subject named as nouns in one clause ("made a state
visit to Peru on 3 May and an official visit to Ecuador on 5 May"): every visit
is the subject's, each to its own host on its own day; the first host is not
the second visit's visitor (sentences of our own)."""

from __future__ import annotations

import pytest

HEAD = "Warsaw, 10 May 2024\n\n"


@pytest.mark.parametrize(("text", "want"), [
    ("The President made a state visit to Peru on 3 May and an official visit to Ecuador "
     "on 5 May.", [("PER", "2024-05-03"), ("ECU", "2024-05-05")]),
    ("The Foreign Minister paid an official visit to the Republic of Peru from 2 to 4 May "
     "and a working visit to the Republic of Ecuador on 6 and 7 May 2024.",
     [("PER", "2024-05-02"), ("ECU", "2024-05-06")]),
    ("Minister Kowalski paid a working visit to Chile on 2 May, an official visit to "
     "Argentina on 4 May and a short visit to Uruguay on 6 May.",
     [("CHL", "2024-05-02"), ("ARG", "2024-05-04"), ("URY", "2024-05-06")]),
    ("On her Asian tour the Deputy Minister made an official visit to Viet Nam on 3 May "
     "as well as a working trip to Laos on 6 May.",
     [("VNM", "2024-05-03"), ("LAO", "2024-05-06")]),
])
def test_each_visit_is_the_subjects(ex, text, want):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types={"visit"})
    assert sorted(got) == sorted(("visit", ("POL",), (c,), d) for c, d in want)


def test_a_visitor_named_with_the_second_visit_stays_its_visitor(ex):
    # a second subject of its own: the Chilean President's visit, not the issuer's
    got = ex(HEAD + "The Minister paid a visit to Peru on 3 May, while the President of "
             "Chile made a state visit to Ecuador on 5 May.", issuer="POL", date="2024-05-10",
             types={"visit"})
    assert ("visit", ("POL",), ("ECU",), "2024-05-05") not in got
    assert ("visit", ("PER",), ("ECU",), "2024-05-05") not in got


def test_visits_named_again_in_an_apposition_are_no_new_visits(ex):
    got = ex(HEAD + "The Minister travelled to Peru and to Ecuador on 3 May, her first visits "
             "abroad.", issuer="POL", date="2024-05-10", types={"visit"})
    assert sorted(g[2] for g in got) == [("ECU",), ("PER",)]
