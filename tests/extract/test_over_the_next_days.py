"""A trip told "over the next two days" after a day told in the same sentence spans the
days after it ("visited A on 20 February, then went on to B over the next two
days": the 21st and 22nd); the event before keeps its day."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


@pytest.mark.parametrize("text, to, start, end", [
    ("The President visited Congo on 20 February, then went on to Senegal over the "
     "next two days.", "SEN", "2022-02-21", "2022-02-22"),
    ("The Minister was in Ghana on 3 May and travelled on to Togo for the following three "
     "days.", "TGO", "2022-05-04", "2022-05-06"),
    ("The Minister visited Kenya on 10 June, then paid a visit to Uganda over the following "
     "two days.", "UGA", "2022-06-11", "2022-06-12"),
    ("On 1 March the Minister met the Foreign Minister of Chile, and made a trip to Peru "
     "during the next two days.", "PER", "2022-03-02", "2022-03-03"),
])
def test_trip_over_the_next_days(text: str, to: str, start: str, end: str) -> None:
    from communique.extract import extract_text
    res = extract_text(text, issuer="TUR", date="2022")
    got = [(r.date.start, r.date.end) for r in res.records if r.type == "visit" and r.to == [to]]
    assert got == [(start, end)], [(r.type, r.to, r.date) for r in res.records]


def test_the_first_stop_keeps_its_day() -> None:
    got = records("The President visited Congo on 20 February, then went on to Senegal "
                  "over the next two days.", "TUR", {"visit"}, date="2022")
    assert ("visit", ("TUR",), ("COG",), "2022-02-20") in got, got
