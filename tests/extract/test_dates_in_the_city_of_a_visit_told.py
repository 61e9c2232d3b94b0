"""A sentence that opens in a city of the country the last dated event went to
("... visited Japan in March. In Tokyo he held talks ...") tells the same stay
and takes its date, with or without a comma after the city; a city elsewhere
does not (sentences of our own, in a year's review, where undated events
otherwise keep the year only)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "typ", "day"), [
    ("In March the Minister paid an official visit to Japan. In Tokyo he held talks with "
     "the Foreign Minister of Japan.", "meeting", "2024-03"),
    ("The Minister travelled to Kenya and Tanzania in June. In Nairobi she met the "
     "President of Kenya.", "meeting", "2024-06"),
    ("In October the Minister visited Brazil. In Brasília the Minister met the Foreign "
     "Minister of Brazil.", "meeting", "2024-10"),
    ("In October the Minister visited Brazil. In Brasília, the Minister met the Foreign "
     "Minister of Brazil.", "meeting", "2024-10"),
])
def test_the_city_of_the_visit_told_takes_its_date(ex, text, typ, day):
    got = ex(text, issuer="HRV", date="2024", types={typ})
    assert [g[3] for g in got] == [day]


@pytest.mark.parametrize("text", [
    # the city is in another country than the visit told
    "In March the Minister paid an official visit to Japan. In Seoul he held talks with "
    "the Foreign Minister of Korea.",
    # no visit told before
    "In Tokyo he held talks with the Foreign Minister of Japan.",
    # a month, not a city
    "In March the Minister paid an official visit to Japan. In December he held talks "
    "with the Foreign Minister of Japan.",
])
def test_no_visit_to_that_city_no_date_carried(ex, text):
    got = ex(text, issuer="HRV", date="2024", types={"meeting"})
    assert [g[3] for g in got] in (["2024"], ["2024-12"])
    assert "2024-03" not in [g[3] for g in got]
