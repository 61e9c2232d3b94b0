"""A meeting of several others that the issuer hosted, chaired or brought about is
one meeting of them all ("hosted the meeting between Malawi and Zambia"), and a
hosted session that "brought together" several leaders is that session, not a
bilateral meeting with each (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Our minister chaired in Lima on 3 June the meeting between the foreign ministers of "
    "Ecuador and Colombia, which agreed on a joint border patrol.",
    "On 3 June, Peru hosted in Lima the ministerial meeting between Ecuador and Colombia.",
    "Peru facilitated on 3 June in Lima the talks between Ecuador and Colombia on the border.",
    "The talks between Ecuador and Colombia, chaired by our Foreign Minister, were held in "
    "Lima on 3 June.",
])
def test_a_meeting_between_two_others_is_one_meeting_of_both(ex, text):
    recs = ex(text, issuer="PER", date="2025-08-01", types={"meeting"})
    assert recs == [("meeting", ("PER",), ("COL", "ECU"), "2025-06-03")] or \
        recs == [("meeting", ("PER",), ("ECU", "COL"), "2025-06-03")]


@pytest.mark.parametrize("text", [
    "The talks between the foreign ministers of Peru and Colombia took place in Lima on "
    "3 June.",
    "On 3 June a meeting between Peru and Colombia took place in Lima.",
])
def test_a_meeting_between_us_and_another_stays_bilateral(ex, text):
    recs = ex(text, issuer="PER", date="2025-08-01", types={"meeting"})
    assert recs == [("meeting", ("PER",), ("COL",), "2025-06-03")]


def test_consultations_between_the_ministries_with_each_country_stay_one_each(ex):
    text = ("Consultations between the foreign ministries were held with Ecuador and "
            "Colombia in June.")
    recs = ex(text, issuer="PER", date="2025-08-01", types={"consultation"})
    assert recs == [("consultation", ("PER",), ("COL",), "2025-06"),
                    ("consultation", ("PER",), ("ECU",), "2025-06")]


@pytest.mark.parametrize("text", [
    'On 12 May, Peru hosted in Lima the regional meeting "Amazon United", which brought '
    "together the Presidents of Ecuador, Bolivia and Colombia.",
    "The summit, which brought together the leaders of Chile, Ecuador and Bolivia, was held "
    "in Lima on 12 May.",
    "Peru hosted the Amazon summit in Lima on 12 May; the summit brought together the "
    "Presidents of Brazil, Ecuador and Bolivia.",
])
def test_a_hosted_session_that_brought_together_leaders_is_no_bilateral_meeting(ex, text):
    recs = ex(text, issuer="PER", date="2025-08-01", types={"meeting", "multilateral"})
    assert [r[0] for r in recs] == ["multilateral"]


def test_a_meeting_that_brought_together_us_and_one_other_is_bilateral(ex):
    text = "On 12 May a meeting in Lima brought together the Minister and his Chilean counterpart."
    recs = ex(text, issuer="PER", date="2025-08-01", types={"meeting"})
    assert recs == [("meeting", ("PER",), ("CHL",), "2025-05-12")]


LEAD = "Review of 2025\n\nIn May the Foreign Minister of Bolivia visited Lima. "


@pytest.mark.parametrize("text", [
    "The fifth Lima Security Forum, organised by the Ministry in June, brought together "
    "officials and scholars from the countries of the region and from Europe.",
    "In June a conference in Cusco brought together experts, diplomats and journalists.",
])
def test_a_gathering_that_names_no_side_is_no_meeting_with_the_partner_before(ex, text):
    recs = ex(LEAD + text, issuer="PER", date="2025", types={"meeting"})
    assert recs == []


def test_a_gathering_of_the_two_ministers_is_the_meeting_with_the_partner_before(ex):
    text = "A working dinner on 12 May brought together the two ministers."
    recs = ex(LEAD + text, issuer="PER", date="2025", types={"meeting"})
    assert recs == [("meeting", ("PER",), ("BOL",), "2025-05-12")]
