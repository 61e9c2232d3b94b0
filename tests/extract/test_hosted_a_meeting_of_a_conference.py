"""A meeting named as the session of a body ("hosted the Forty-Ninth Regular Meeting
of the Conference of Heads of Government of CARICOM", "held the annual meeting of the
Assembly of ...", "convened the meeting of the Board of Governors") is no bilateral
meeting with the body; a meeting held with a counterpart still is (sentences of our
own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "In July, Barbados hosted the Forty-Ninth Regular Meeting of the Conference of Heads "
    "of Government of CARICOM in Bridgetown.",
    "In May the Minister chaired and hosted the annual meeting of the Assembly of the "
    "Caribbean Development Bank.",
    "Guyana convened the 20th meeting of the Board of Governors of the Caribbean "
    "Development Bank in Georgetown in June.",
])
def test_a_session_of_a_body_hosted_is_no_meeting(ex, text):
    assert ex(text, issuer="BRB", date="2025-12-30", types={"meeting"}) == []


def test_a_meeting_held_with_a_counterpart_still_is_one(ex):
    text = "On 3 July the Minister held a bilateral meeting with the Foreign Minister of Guyana."
    assert ex(text, issuer="BRB", date="2025-12-30", types={"meeting"}) == [
        ("meeting", ("BRB",), ("GUY",), "2025-07-03")]
