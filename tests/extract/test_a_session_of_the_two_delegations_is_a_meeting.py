"""A session of the two sides' delegations ("a joint sitting of the delegations of both
sides", "a plenary session of the two delegations", "an expanded meeting between
the delegations of A and B") is a bilateral meeting, not the participation in a
multilateral session; a session of an organisation's body stays multilateral
(sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = "Accra, 5 May 2021 - "


@pytest.mark.parametrize("text", [
    "On 4 May 2021 the Minister and his Kenyan counterpart co-chaired a plenary session "
    "of the two delegations in Nairobi.",
    "An expanded meeting between the delegations of Ghana and Kenya was held in Accra on "
    "4 May 2021.",
    "In Nairobi on 4 May 2021 the Minister attended a joint sitting of the delegations "
    "of both sides with Kenyan Foreign Secretary Jane Wambui.",
])
def test_a_session_of_the_two_delegations_is_one_meeting(ex, text):
    got = ex(_LEAD + text, issuer="GHA", date="2021-05-05")
    assert [g[:4] for g in got] == [("meeting", ("GHA",), ("KEN",), "2021-05-04")]


@pytest.mark.parametrize("text", [
    "The Minister took part in a session of the UN Human Rights Council in Geneva on "
    "4 May 2021.",
    "On 4 May 2021 the Minister attended the plenary session of the African Union "
    "Assembly in Addis Ababa.",
])
def test_a_session_of_a_body_stays_multilateral(ex, text):
    got = ex(_LEAD + text, issuer="GHA", date="2021-05-05")
    assert [g[0] for g in got] == ["multilateral"]
