"""A guest met and then told to be "in the country" for a visit
is on a visit to the issuer's country; the meeting then named again by "the"
("During the audience, ...") with no day of its own is the one told before, not a
second meeting on the visit's first day. The host's own stay at home, or an envoy's
posting, is no visit (sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = "Bandar Seri Begawan, 20 March 2024 - On 19 March the Sultan received "


@pytest.mark.parametrize(("text", "guest", "day"), [
    ("Mr Pierre Martin, Minister of Culture of France. The Minister is in the country for "
     "a four-day working visit from 18 March.", "FRA", "2024-03-18"),
    ("Mr Pierre Martin, Minister of Culture of France. He is in the country on a two-day "
     "official visit.", "FRA", "2024-03-19"),
    ("Ms Anna Berg, Foreign Minister of Sweden. Ms Berg is currently in the country on "
     "an official visit.", "SWE", "2024-03-19"),
])
def test_a_guest_in_the_country_is_on_a_visit_here(ex, text, guest, day):
    got = ex(_LEAD + text, issuer="BRN", date="2024-03-20", types=["visit"])
    assert got == [("visit", (guest,), ("BRN",), day)]


def test_the_audience_named_again_after_the_visits_day_is_the_same_meeting(ex):
    text = ("Mr Pierre Martin, Minister of Culture of France. The Minister is in the country "
            "for a four-day working visit from 18 March. During the audience, the Sultan "
            "and the Minister exchanged views on culture and youth.")
    got = ex(_LEAD + text, issuer="BRN", date="2024-03-20", types=["meeting"])
    assert got == [("meeting", ("BRN",), ("FRA",), "2024-03-19")]


@pytest.mark.parametrize("text", [
    "a group of students. He is in the country for an official visit of four days.",
    "the Ambassador of Japan, Mr Taro Sato, who has been in our country since 2021 and "
    "will end his mission soon.",
])
def test_no_visit_for_the_host_or_an_envoys_posting(ex, text):
    assert ex(_LEAD + text, issuer="BRN", date="2024-03-20", types=["visit"]) == []
