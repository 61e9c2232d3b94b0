"""A call on a head of government or of a body styled otherwise than President or
Minister ("called on the Chief Adviser", "called on the Chairwoman of the
Presidency", "called on the Chairperson of the Senate", "called on the Head of
State", "called on the Governor-General") is a meeting with that side, as a call
on a Prime Minister is; a call on a chair of a company or a committee to act is none
(sentences of our own)."""

from __future__ import annotations

import pytest

LEAD = ("The third round of bilateral consultations between Nepal and Bangladesh was held "
        "in Dhaka yesterday, co-chaired by the two Foreign Secretaries.\n\n")


@pytest.mark.parametrize("text", [
    "Later in the day, the Foreign Secretary called on the Chief Adviser, Professor "
    "Muhammad Yunus.",
    "In the evening the Foreign Secretary also called on the Chief Advisor at the State "
    "Guest House Jamuna.",
    "Before leaving Dhaka, the Foreign Secretary called on the Chairperson of the "
    "Parliament.",
])
def test_a_call_on_a_chief_adviser_or_a_chair_is_a_meeting_with_the_partner(ex, text):
    recs = ex(LEAD + text, issuer="NPL", date="2025-04-18", types={"meeting"})
    assert recs == [("meeting", ("NPL",), ("BGD",), "2025-04-17")]


@pytest.mark.parametrize(("text", "partner"), [
    ("On Monday the State Secretary called on the Chairwoman of the Presidency of Bosnia "
     "and Herzegovina in Sarajevo.", "BIH"),
    ("During her stay the Minister called on the Governor-General of Australia, Sam Mostyn, "
     "in Canberra on Monday.", "AUS"),
    ("The Deputy Minister called on the Head of State of Ghana at the Jubilee House on "
     "Monday.", "GHA"),
])
def test_a_call_on_a_chair_of_a_named_country_is_a_meeting_with_it(ex, text, partner):
    recs = ex(text, issuer="NPL", date="2025-04-18", types={"meeting"})
    assert [(r[2]) for r in recs] == [(partner,)]


@pytest.mark.parametrize("text", [
    "The Foreign Secretary called on the chief executives of Nepali companies to invest "
    "more in Bangladesh.",
    "The Foreign Secretary called on the chair of the working group to circulate a draft.",
])
def test_a_call_on_an_executive_or_a_chair_to_act_is_no_meeting(ex, text):
    assert ex(text, issuer="NPL", date="2025-04-18", types={"meeting"}) == []
