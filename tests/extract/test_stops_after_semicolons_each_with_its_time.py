"""A year-end list of trips with the verb told once and each later stop after a
semicolon with its own time first ("In March the Minister visited Kenya; in June,
Ghana; and in October, Senegal"): every place is a host, each with its own month, the
first with the month that opens the clause (sentences of our own). A clause after the
semicolon with a verb of its own ("in June, Ghana hosted the summit") is no stop, and a
list dated once at its end keeps that one date for all."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import event, records

_DAY = "2023-12-30"


@pytest.mark.parametrize("text", [
    "In March the Minister visited Kenya; in June, Ghana; and in October, Senegal.",
    "The Minister travelled to Kenya in March; in June, to Ghana; and in October, to Senegal.",
    "In March the State Secretary went to Kenya; in June, to Ghana; in October, to Senegal.",
    "In March, the Minister paid a visit to Kenya; in June, to Ghana; and in October, to "
    "Senegal.",
])
def test_each_stop_its_own_month(text):
    assert records(text, "NOR", {"visit"}, date=_DAY) == sorted(
        [event("visit", "NOR", "KEN", "2023-03"), event("visit", "NOR", "GHA", "2023-06"),
         event("visit", "NOR", "SEN", "2023-10")])


def test_a_clause_with_its_own_verb_is_no_stop():
    got = records("In March the Minister visited Kenya; in June, Ghana hosted the summit.",
                  "NOR", {"visit"}, date=_DAY)
    assert got == [event("visit", "NOR", "KEN", "2023-03")]


def test_one_date_at_the_end_dates_the_whole_list():
    text = ("The Minister visited Chile twice, in January and again in September, and "
            "travelled to Peru, Bolivia and Ecuador in May.")
    got = [g for g in records(text, "NOR", {"visit"}, date=_DAY) if g[2] != ("CHL",)]
    assert got == sorted([event("visit", "NOR", c, "2023-05") for c in ("PER", "BOL", "ECU")])
