"""The country an official leaves for a visit ("left Kenya for an official visit to
Japan", "departed from Ghana on a state visit to Peru") is where the trip starts, not a
traveller: one visit, by the official's side, to the place told after "to". A country
that is the subject of the trip stays the traveller (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import event, records

_DAY = "2021-12-19"


@pytest.mark.parametrize(("text", "expected"), [
    ("Minister Okafor tonight left Kenya for an official visit to Japan.",
     event("visit", "NGA", "JPN", _DAY)),
    ("Minister Okafor departed from Ghana for a state visit to Peru.",
     event("visit", "NGA", "PER", _DAY)),
    ("The Kenyan Foreign Minister left Ghana for a working visit to Japan.",
     event("visit", "KEN", "JPN", _DAY)),
    ("After the summit, the Minister left the Netherlands for a visit to Poland.",
     event("visit", "NGA", "POL", _DAY)),
    ("The President, leaving Chile, began an official visit to Peru.",
     event("visit", "NGA", "PER", _DAY)),
])
def test_one_visit_by_the_officials_side(text, expected):
    assert records(text, "NGA", {"visit"}, date=_DAY) == [expected]


def test_a_country_as_the_subject_stays_the_traveller():
    text = "Kenya's President left for a state visit to Japan."
    assert records(text, "NGA", {"visit"}, date=_DAY) == [event("visit", "KEN", "JPN", _DAY)]
