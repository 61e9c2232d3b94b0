"""A visit told with the traveller's way home after it in the same sentence
("concluded his visit to Azerbaijan on Saturday and returned to Ankara", "... and left
for Ankara"): the home city is neither a host of the visit nor the destination of a
trip of the host's (sentences of our own). A trip on to a third country stays one."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records

_DAY = "2024-05-06"


@pytest.mark.parametrize("text", [
    "Foreign Minister Arslan concluded his visit to Azerbaijan on Saturday and returned to "
    "Ankara.",
    "Foreign Minister Arslan concluded his visit to Azerbaijan on Saturday and left for "
    "Ankara.",
    "Foreign Minister Arslan visited Azerbaijan on Saturday, then flew back to Ankara.",
    "Foreign Minister Arslan ended his visit to Azerbaijan on Saturday and headed home to "
    "Ankara.",
    "On Saturday Foreign Minister Arslan wrapped up his visit to Azerbaijan and came back "
    "to Ankara.",
])
def test_the_home_city_is_no_host(text):
    assert records(text, "TUR", CORE, date=_DAY) == [event("visit", "TUR", "AZE", "2024-05-04")]


def test_a_trip_on_to_another_country_stays():
    text = "Foreign Minister Arslan visited Azerbaijan on Saturday and left for Georgia."
    assert records(text, "TUR", {"visit"}, date=_DAY) == sorted(
        [event("visit", "TUR", "AZE", "2024-05-04"), event("visit", "TUR", "GEO", "2024-05-04")])
