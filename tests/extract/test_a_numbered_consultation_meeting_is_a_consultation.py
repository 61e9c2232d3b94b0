"""A round of consultations named as a meeting, numbered or qualified ("held the
3rd Bilateral Consultation Meeting", "the annual consultative meeting between A
and B"), is a consultation, not a plain meeting; a bare consultative meeting with
an envoy, one with civil society or one only planned is none (sentences of our
own)."""

from __future__ import annotations

import pytest

_DAY = "2024-09-12"


@pytest.mark.parametrize(("text", "partner"), [
    ("Georgia and Chile held the 3rd Bilateral Consultation Meeting in Tbilisi on "
     "11 September.", "CHL"),
    ("On 11 September the two foreign ministries held their first consultation meeting in "
     "Santiago with Chile.", "CHL"),
    ("The 4th Political Consultation Meeting between Georgia and Peru took place in Lima on "
     "11 September.", "PER"),
    ("Georgia and Peru convened the annual Consultative Meeting on 11 September in Lima.",
     "PER"),
])
def test_a_numbered_or_qualified_consultation_meeting_is_a_consultation(ex, text, partner):
    assert ex(text, date=_DAY, types=["consultation", "meeting"]) == [
        ("consultation", ("GEO",), (partner,), "2024-09-11")]


@pytest.mark.parametrize(("text", "kinds"), [
    ("On 11 September the Deputy Minister held a consultative meeting with the Ambassador "
     "of Peru on the draft law.", ["meeting"]),
    ("The Minister held a public consultation meeting with civil society on 11 September.",
     []),
    ("The next Bilateral Consultation Meeting between Georgia and Chile will be held in "
     "Santiago in 2025.", []),
])
def test_other_consultation_meetings_are_no_round(ex, text, kinds):
    got = ex(text, date=_DAY, types=["consultation", "meeting"])
    assert [k for k, *_ in got] == kinds
