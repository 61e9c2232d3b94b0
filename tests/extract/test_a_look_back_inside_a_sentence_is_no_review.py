"""A readout that looks back inside a sentence of its lead ("highlighted the progress
made ... over the past year", "had grown closer throughout the past year") is no year's
review: its undated events after a new paragraph keep the days of the trip it tells. A
look-back that opens a sentence ("During the past year, our diplomacy ...") still frames
a review (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract._context import is_review


@pytest.mark.parametrize(("text", "issuer", "year", "want"), [
    ("From 5 to 7 September, Prime Minister Hipkins visited Jakarta, Indonesia for the 26th "
     "ASEAN-New Zealand Summit.\nThe Prime Minister highlighted the progress made "
     "implementing the Pacific Strategy over the past year.\nAlongside the summit, he met the "
     "leaders of Indonesia and Japan.\n", "NZL", "2023",
     {("meeting", ("IDN",)): "2023-09-05", ("meeting", ("JPN",)): "2023-09-05"}),
    ("On 14 March the Foreign Minister travelled to Nairobi for talks with her Kenyan "
     "counterpart.\n\nThe ministers reviewed what the partnership achieved during the past "
     "year.\n\nThe Minister also held talks with the Foreign Minister of Uganda.", "FIN",
     "2024", {("meeting", ("KEN",)): "2024-03-14", ("meeting", ("UGA",)): "2024-03-14"}),
    ("Prime Minister Luxon travelled to Tokyo on 18 June 2024.\n\nHe said the relationship "
     "had grown closer throughout the past year.\n\nHe also held talks with the Prime "
     "Minister of Japan.", "NZL", "2024", {("meeting", ("JPN",)): "2024-06-18"}),
    ("The President paid a state visit to Ghana from 2 to 4 May.\n\nThe two leaders welcomed "
     "the growth in trade in the course of the last year.\n\nThe President also held talks "
     "with the Speaker of Parliament of Ghana.", "SEN", "2024",
     {("meeting", ("GHA",)): "2024-05-02"}),
])
def test_the_trip_dates_what_follows(ex, text, issuer, year, want):
    got = ex(text, issuer=issuer, date=year, types=["meeting"])
    assert {(t, to): d for t, _f, to, d in got} == want
    assert not is_review(text, int(year))


@pytest.mark.parametrize("text", [
    "The Ministry in figures\n\nDuring the past year, our diplomacy opened four embassies "
    "and hosted forty visits.",
    "Summary\n\nOver the past year, the Ministry held consultations with twelve countries.",
])
def test_a_look_back_opening_a_sentence_is_a_review(text):
    assert is_review(text, 2025)
