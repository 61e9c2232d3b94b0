""""Meet" with an abstract object ("a fund that meets the scale of the crisis", "the
programme met all the requirements", "met their expectations") is no meeting; "met"
or "meets" with a person still is one (sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = "Suva, 12 March 2022 - "


@pytest.mark.parametrize("text", [
    "Fiji wants a financing window from the United States that meets the scale of the "
    "needs of island states.",
    "The Minister said the Japanese grant met all the requirements of the climate fund.",
    "The new Australian programme meets the expectations of our farmers, the Minister said.",
    "The Minister noted that New Zealand had met its commitments under the agreement.",
])
def test_an_abstract_object_is_no_meeting(ex, text):
    assert ex(_LEAD + text, issuer="FJI", date="2022-03-12", types=["meeting"]) == []


@pytest.mark.parametrize(("text", "partner"), [
    ("On Friday the Minister met the Foreign Minister of Japan.", "JPN"),
    ("The Minister meets the Australian High Commissioner today.", "AUS"),
    ("On Friday the Minister met the Ambassador of New Zealand to discuss the needs of "
     "farmers.", "NZL"),
])
def test_a_person_met_is_a_meeting(ex, text, partner):
    got = ex(_LEAD + text, issuer="FJI", date="2022-03-12", types=["meeting"])
    assert [g[:3] for g in got] == [("meeting", ("FJI",), (partner,))]
