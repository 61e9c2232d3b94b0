"""Two constructions (sentences of our own):

- a title that lists its partners by a plural office ("met with the foreign
  ministers of A, B and C") over a body that tells some of those
  meetings keeps the ones the body leaves out; a title naming one partner keeps none
  (a venue or a topic may stand there as a side);
- a day set off by commas between "was received" and its "by" ("was received
  yesterday, 12 May, by the Minister of France") keeps the meeting."""

from __future__ import annotations

import pytest

_BODY = ("\n\nThe Minister took part today in the ministerial conference on UN reform "
         "in Rome. The Minister also met with the Foreign Minister of Malta. Later "
         "in the day, he met with the Italian Foreign Minister.")


def test_a_title_listing_partners_keeps_those_the_body_leaves_out(ex):
    text = ("On the fringes of the UN reform conference, Minister Kovac held talks with "
            "the foreign ministers of Spain, Malta and Italy" + _BODY)
    got = ex(text, issuer="HRV", date="2009-05-14", types=["meeting"])
    assert sorted(g[2][0] for g in got) == ["ESP", "ITA", "MLT"]


def test_a_title_with_one_partner_and_a_venue_keeps_no_venue(ex):
    text = ("Minister Kovac meets Japan's Foreign Minister at the PALM Meeting, Fiji\n\n"
            "On 13 May, Minister Kovac met the Foreign Minister of Japan in Suva.")
    got = ex(text, issuer="HRV", date="2009-05-14", types=["meeting"])
    assert [g[2] for g in got] == [("JPN",)]


@pytest.mark.parametrize("text", [
    "Foreign Minister Ararat Mirzoyan, who is in Paris on a working visit, was received "
    "yesterday, 12 May, by the Minister for Europe and Foreign Affairs of France.",
    "The Minister was received on Monday, 12 May, by the President of France.",
])
def test_a_day_set_off_before_by_keeps_the_meeting(ex, text):
    got = ex(text, issuer="ARM", date="2025-05-13", types=["meeting"])
    assert got == [("meeting", ("ARM",), ("FRA",), "2025-05-12")]


@pytest.mark.parametrize("text", [
    "The Minister was received on 12 May, in the Élysée Palace, by the President of France.",
    "The Minister was received yesterday (12 May) by the President of France.",
])
def test_a_place_set_off_or_a_day_in_brackets_before_by(ex, text):
    # generality audit (audit3)
    got = ex(text, issuer="ARM", date="2025-05-13", types=["meeting"])
    assert got == [("meeting", ("ARM",), ("FRA",), "2025-05-12")]
