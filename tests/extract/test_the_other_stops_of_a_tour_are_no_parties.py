"""The other stops of the tour an event is part of ("as part of a regional tour that
also takes her to Peru and Chile", "on a trip which will take him to
Bolivia") are no parties to the event (sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = "Montevideo, 9 November 2021 - "


@pytest.mark.parametrize(("text", "partner"), [
    ("The Foreign Minister met on Monday with the visiting American Under Secretary Ann "
     "Lee, as part of a regional tour that also takes her to Peru and Chile.",
     "USA"),
    ("On Monday the Foreign Minister received the United States Deputy Secretary of State "
     "at the ministry, on a tour of the region which also takes her to Peru.",
     "USA"),
    ("The Foreign Minister held talks with the Foreign Minister of Chile on Monday, on a "
     "trip which will take him to Peru and Bolivia.", "CHL"),
])
def test_the_other_stops_of_a_tour_are_no_parties(ex, text, partner):
    got = ex(_LEAD + text, issuer="URY", date="2021-11-09", types=["meeting"])
    assert got == [("meeting", ("URY",), (partner,), "2021-11-08")]
