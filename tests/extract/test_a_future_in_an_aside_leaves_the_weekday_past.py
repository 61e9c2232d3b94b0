"""A future told in a relative clause between commas ("The Minister, who will
visit Paris next month, spoke ... on Monday") does not send the main clause's
weekday forward: that Monday is the one before the dateline (sentences of our
own)."""

from __future__ import annotations

import pytest

_LEAD = "Phnom Penh, 7 September 2021\n\n"  # a Tuesday


@pytest.mark.parametrize(("text", "typ"), [
    ("The Minister, who will visit Paris next month, spoke by telephone with the Foreign "
     "Minister of Laos on Monday.", "call"),
    ("The Minister, who is due to travel to Paris, met the Ambassador of Laos on Monday.",
     "meeting"),
    ("The Foreign Minister of Laos, whose country will host the summit, held talks with the "
     "Minister on Monday.", "meeting"),
])
def test_a_future_in_an_aside_leaves_the_weekday_past(ex, text, typ):
    got = ex(_LEAD + text, issuer="KHM", date="2021-09-07", types=[typ])
    assert got == [(typ, ("KHM",), ("LAO",), "2021-09-06")]
