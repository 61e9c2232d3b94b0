"""An organisation that only names the gathering where a meeting took place ("at an
ASEAN forum", "at the EU summit") is not the side met; its own officials met there
still are (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,issuer", [
    ("It was the first time the foreign ministers of the two countries had met since a "
     "meeting at an ASEAN forum in July 2015.", "VNM"),
    ("On Monday, at the EU summit in Brussels, the Prime Minister held talks with the "
     "Taoiseach.", "PRT"),
    ("The Minister held a brief meeting with his counterpart during the 30th OSCE "
     "Ministerial Council in Skopje on Thursday.", "AUT"),
    ("On the sidelines of the AU summit on Sunday the President had talks with his host.",
     "UGA"),
])
def test_the_venue_organisation_is_no_counterpart(ex, text, issuer):
    from communique.extract import extract_text
    recs = extract_text(text, issuer=issuer, date="2024-03-06").records
    assert not [r for r in recs if r.type == "meeting" and not r.to and r.organizations]


@pytest.mark.parametrize("text,org", [
    # must still fire: the organisation's own official, met at its gathering
    ("On Monday, on the margins of the OSCE Ministerial Council, the Minister met the OSCE "
     "Secretary General.", "OSCE"),
    ("The Minister met the Secretary-General of ASEAN at the ASEAN summit on Monday.",
     "ASEAN"),
    ("At the AU summit on Sunday, the Minister held talks with the Chairperson of the African "
     "Union Commission.", None),
])
def test_the_organisations_own_official_is_still_met(text, org):
    from communique.extract import extract_text
    recs = extract_text(text, issuer="KEN", date="2024-03-06").records
    orgs = [r.organizations for r in recs if r.type == "meeting"]
    assert orgs and all(o for o in orgs)
    if org:
        assert [org] in orgs
