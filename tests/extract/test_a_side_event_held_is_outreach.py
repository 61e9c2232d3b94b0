"""A side event held, organised or hosted at a conference ("the Minister hosted a
high-level side event on water security", "a side-event on cyber security was
held") is an outreach event of the issuer's, on the day told (sentences of our
own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, day", [
    ("On the margins of the UN General Assembly, the Minister hosted a high-level side "
     "event on water security.", "2024-09-13"),
    ("On 3 May a side-event on cyber security was held in Vienna.", "2024-05-03"),
    ("The Ministry organised a side event at the Human Rights Council in Geneva.",
     "2024-09-13"),
    ("On 10 June, Sweden and Chile co-hosted a side event on ocean governance.",
     "2024-06-10"),
    ("On 4 April, the Ministry also organised a side event on disinformation in New York.",
     "2024-04-04"),
])
def test_outreach(ex, text, day):
    got = ex(text, issuer="SWE", date="2024-09-13", types=["outreach"])
    assert got == [("outreach", ("SWE",), (), day)]


def test_a_side_event_attended_is_not_ours(ex):
    text = "The Minister attended a side event hosted by Chile on ocean governance."
    assert ex(text, issuer="SWE", date="2024-09-13", types=["outreach"]) == []
