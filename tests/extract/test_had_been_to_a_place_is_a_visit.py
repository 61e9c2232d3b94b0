"""A trip told by "had been to", "has been to" or "have been to" a place ("On 8 May the
Minister had been to Nairobi and attended the summit", "The President has been to
Japan earlier this year"): a visit there, as "had gone to" is. Never having been, or
having been to a thing rather than a place, is none, and so are earlier trips counted
as background ("who had been to A twice") (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "host"), [
    ("On 8 May, the Foreign Minister had been to Nairobi and attended the summit at the "
     "invitation of his Kenyan counterpart.", "KEN"),
    ("The President has been to Japan earlier this year.", "JPN"),
    ("Earlier in March the delegation had been to Lima for consultations.", "PER"),
    ("Our ministers have been to Canberra and held talks there in 2023.", "AUS"),
])
def test_been_to_a_place_is_a_visit(ex, text, host):
    got = ex(text, issuer="GHA", date="2023-12-01", types=["visit"])
    assert [(g[1], g[2]) for g in got] == [(("GHA",), (host,))]


@pytest.mark.parametrize("text", [
    "The Minister has never been to Japan.",
    "The country has been to the polls three times since 2019.",
    "The file had been to the Cabinet twice before it was approved.",
    # earlier trips counted as background
    "The President of Chile, who had been to Ghana twice, praised its progress.",
    "Our Minister has been to Japan many times before.",
])
def test_no_visit(ex, text):
    assert ex(text, issuer="GHA", date="2023-12-01", types=["visit"]) == []
