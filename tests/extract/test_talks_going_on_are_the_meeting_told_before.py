"""Talks told as going on ("Minister Sato and the Ambassadors also had discussions
on food security") add a topic to the meeting told before that day: no second
meeting, and no meeting with the host of the visit (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_LEAD = ("On May 4, Mr. SATO Jiro, Minister for Foreign Affairs, who is visiting Geneva, "
         "Switzerland, held a meeting with the Ambassadors of African countries to the "
         "UN offices in Geneva. A summary follows.\n\n1. Minister Sato stated that Japan "
         "would support the region.\n")


def _meetings(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="JPN", date="2023-05-05").records
    return [list(r.to) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize("after", [
    "2. Minister Sato and the Ambassadors also had discussions on food security.",
    "2. Minister Sato and the Permanent Representatives further held talks on climate.",
    "2. The Minister and his guests also discussed the reform of the Council.",
])
def test_talks_going_on_are_no_new_meeting(after: str) -> None:
    assert _meetings(_LEAD + after + "\n") == [[]]


def test_a_partner_named_is_another_meeting() -> None:
    after = "2. Minister Sato and the Swiss Foreign Minister also held talks on trade.\n"
    assert ["CHE"] in _meetings(_LEAD + after)
