"""An organisation named in a purpose phrase that opens the sentence ("To deepen ASEAN
integration, the President visited A and B") is what the trip sought to further, not
the traveller: the visits are the issuer's (texts of our own)."""

from __future__ import annotations

import pytest

from .probe_support import event, probe, records

_CASES = [
    probe(("To deepen ASEAN integration, the President visited Laos and Cambodia in "
           "March.", "PHL"),
          (event("visit", "PHL", "LAO", "2017-03"), event("visit", "PHL", "KHM", "2017-03"))),
    probe(("With a view to boosting EU cooperation, the Minister travelled to Austria "
           "and Hungary in May.", "SVK"),
          (event("visit", "SVK", "AUT", "2017-05"), event("visit", "SVK", "HUN", "2017-05"))),
    probe(("In order to strengthen the African Union, the President visited Ghana in "
           "June.", "NGA"),
          (event("visit", "NGA", "GHA", "2017-06"),)),
    probe(("Seeking to revive SAARC, the Prime Minister paid visits to Nepal and Bhutan "
           "in April.", "IND"),
          (event("visit", "IND", "NPL", "2017-04"), event("visit", "IND", "BTN", "2017-04"))),
    probe(("Aiming at closer GCC unity, the Emir went to Oman and Bahrain in "
           "November.", "QAT"),
          (event("visit", "QAT", "OMN", "2017-11"), event("visit", "QAT", "BHR", "2017-11"))),
]


@pytest.mark.parametrize("text,issuer,expected", _CASES)
def test_the_organisation_is_the_aim_not_the_traveller(text: str, issuer: str,
                                                       expected: list[tuple]) -> None:
    assert records(text, issuer, {"visit"}, date="2017-12-20") == expected


def test_an_organisations_official_still_visits() -> None:
    assert records("The Secretary-General of NATO visited Latvia in May.", "LVA",
                   {"visit"}, orgs=True, date="2017-12-20") == [
        event("visit", "", "LVA", "2017-05", "NATO")]
