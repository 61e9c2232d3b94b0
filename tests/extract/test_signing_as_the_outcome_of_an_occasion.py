"""A signing told as what an occasion ended in ("The session concluded with the
signing of four memoranda", "... were held in Lima and resulted in the signing of
eleven agreements"): an agreement with the occasion's partner, in a year's
review too, not a count of the year (sentences of our own)."""

from __future__ import annotations

import pytest

_REVIEW = ("Georgian diplomacy in 2023: the year in review\n"
           "Tbilisi, 29 December 2023\n"
           "The Ministry of Foreign Affairs sums up the main results of the year.\n")


@pytest.mark.parametrize(("text", "partner", "month"), [
    ("On 5 and 6 May, Tbilisi hosted the fourth session of the Georgia–Kenya Joint "
     "Commission, co-chaired by the Minister and the Foreign Minister of Kenya. The "
     "session concluded with the signing of four memoranda of understanding.",
     "KEN", "2023-05"),
    ("The meetings of the Georgian-Peruvian Intergovernmental Committee were held in "
     "Lima on 12 and 13 October and resulted in the signing of 11 agreements and "
     "protocols.", "PER", "2023-10"),
    ("In March the Minister paid an official visit to Ghana. The visit culminated in "
     "the signing of six agreements on trade, health and visas.", "GHA", "2023-03"),
    ("The Vice Prime Minister held talks with the Foreign Minister of Chile in "
     "Tbilisi on 9 June. These talks ended with the signature of seven protocols.",
     "CHL", "2023-06"),
])
def test_a_signing_an_occasion_ended_in_is_an_agreement_in_a_review(ex, text, partner,
                                                                     month):
    got = ex(_REVIEW + text, date="2023-12-29", types=["agreement"])
    assert [(g[0], g[1], g[2]) for g in got] == [("agreement", ("GEO",), (partner,))]
    assert got[0][3].startswith(month)


def test_the_same_in_a_readout(ex):
    text = ("The fourth session of the Georgia-Kenya Joint Commission was held in Nairobi "
            "on 5 and 6 May. The session concluded with the signing of nine memoranda.")
    got = ex(text, date="2023-05-07", types=["agreement"])
    assert [(g[0], g[1], g[2]) for g in got] == [("agreement", ("GEO",), ("KEN",))]


@pytest.mark.parametrize("text", [
    # the year, not an occasion, ended in the signings: a count of the period
    "In March the Minister paid an official visit to Ghana. The year ended with the "
    "signing of 40 agreements with partners in Africa and Asia.",
    # an outcome hoped for is no signing
    "The meetings of the Georgian-Peruvian Intergovernmental Committee were held in "
    "Lima in October and are expected to result in the signing of 11 agreements next "
    "year.",
])
def test_no_agreement_from_the_year_or_an_outcome_hoped_for(ex, text):
    assert ex(_REVIEW + text, date="2023-12-29", types=["agreement"]) == []
