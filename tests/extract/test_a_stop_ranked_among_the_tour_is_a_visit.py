"""A stop told by its rank among a tour's stops ("Tonga was the 12th he visited",
"Fiji is the third country the Minister has visited this year") is the issuer's visit
to that place, not a visit by the place to the places named after it ("leaving only A
and B to go") (texts of our own)."""

from __future__ import annotations

import pytest

HEAD = "Minister visits the Pacific\n\nMonday, 14 October 2024\n\n"


@pytest.mark.parametrize("sentence, host", [
    ("The Minister aims to visit every Forum member this year. Tonga was the 12th he "
     "visited, leaving only Nauru and Palau to go.", "TON"),
    ("Fiji is the third country the Minister has visited on this trip.", "FJI"),
    ("After Samoa, Vanuatu became the fourth nation she visited on the tour.", "VUT"),
    ("Suva was the last stop the Foreign Minister visited before flying home.", "FJI"),
])
def test_the_ranked_stop_is_the_issuers_visit(ex, sentence, host):
    visits = ex(HEAD + sentence, issuer="NZL", date="2024", types={"visit"})
    assert ("visit", ("NZL",), (host,), "2024-10-14") in visits
    # the places still to come, or the stop itself, visit no one
    assert all(v[1] == ("NZL",) for v in visits)


@pytest.mark.parametrize("sentence", [
    # a ranking of something else than the visitor's stops
    "Tonga was the 12th country to ratify the treaty.",
    "Fiji is the third largest economy in the region.",
])
def test_a_rank_of_something_else_is_no_visit(ex, sentence):
    assert ex(HEAD + sentence, issuer="NZL", date="2024", types={"visit"}) == []
