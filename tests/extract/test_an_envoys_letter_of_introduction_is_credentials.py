"""The papers a new envoy hands over are credentials whatever they are called: a
Commonwealth High Commissioner presents "Letters of Commission" to a head of state
and "a Letter of Introduction" to a head of government. Told in the passive ("the
Prime Minister was presented with a Letter of Introduction by ...") or as
received ("received the Letters of Commission of ..."), the one who takes them
meets the envoy's country (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "to"), [
    ("On 3 May 2024, Prime Minister Ralph Gonsalves was presented with the Letter of "
     "Introduction of Ms. Jane Doe, High Commissioner of Canada.", "CAN"),
    ("On 3 May 2024, the Honourable Ralph Gonsalves, Prime Minister of Saint Vincent and "
     "the Grenadines, was presented with a letter of introduction by Mr. Tom Reid, High "
     "Commissioner of New Zealand.", "NZL"),
    ("On 3 May 2024, the Governor-General was presented with the Letters of Commission by "
     "Mr. Raj Kumar, the new High Commissioner of India.", "IND"),
    ("On 3 May 2024, Prime Minister Gonsalves received the Letter of Introduction of "
     "Ms. Ama Owusu, High Commissioner of Ghana.", "GHA"),
    ("On 3 May 2024, the Governor-General accepted the Letters of Commission of the "
     "incoming High Commissioner of Malaysia.", "MYS"),
])
def test_letters_of_introduction_or_commission_meet_the_envoys_country(ex, text, to):
    got = ex(text, issuer="VCT", date="2024-05-04", types=["meeting"])
    assert got == [("meeting", ("VCT",), (to,), "2024-05-03")]


def test_the_envoy_on_a_first_visit_to_the_country_visits(ex):
    text = ("On 3 May 2024, Prime Minister Gonsalves was presented with a Letter of "
            "Introduction by Ms. Jane Doe, High Commissioner of Canada, during her first "
            "official visit to the country.")
    got = ex(text, issuer="VCT", date="2024-05-04")
    assert ("visit", ("CAN",), ("VCT",), "2024-05-03") in got
    assert ("meeting", ("VCT",), ("CAN",), "2024-05-03") in got


@pytest.mark.parametrize("text", [
    # a letter of introduction for a trader, and a commission that is a body
    ("On 3 May 2024, the exporters were presented with a letter of introduction to "
     "the chamber of commerce."),
    ("On 3 May 2024, the Minister received the report of the Commission on trade."),
    ("On 3 May 2024, the ministry issued letters of introduction to local businesses."),
])
def test_other_letters_and_commissions_are_no_meeting(ex, text):
    assert ex(text, issuer="VCT", date="2024-05-04", types=["meeting"]) == []
