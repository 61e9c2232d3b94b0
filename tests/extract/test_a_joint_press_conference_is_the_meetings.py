"""A joint press conference of two sides ("Both ministers are then to give a joint
press conference", "Speaking at a joint press conference, the guest praised ...") is
part of their meeting, not an outreach event of its own, nor a session addressed
("Addressing a joint press conference with A, B said"); a press conference of the
issuer's own ("held a press conference on the results of the year") stays outreach
(sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Both ministers are then to give a joint press conference.",
    "Speaking at a joint press conference, the Peruvian Minister praised the partnership.",
    "Addressing a joint press conference with Chilean President Rosa Vidal, the guest "
    "said that trade had doubled.",
    "The State Secretary and her Estonian colleague then gave a joint press briefing.",
])
def test_no_outreach_nor_session(ex, text):
    assert ex(text, issuer="SWE", date="2024-09-13",
              types=["outreach", "multilateral"]) == []


@pytest.mark.parametrize("text", [
    "The Minister held a press conference on the results of the year.",
    "The spokesperson gave the weekly press briefing on Thursday.",
])
def test_an_own_press_conference_is_outreach(ex, text):
    got = ex(text, issuer="SWE", date="2024-09-13", types=["outreach"])
    assert len(got) == 1 and got[0][:3] == ("outreach", ("SWE",), ())
