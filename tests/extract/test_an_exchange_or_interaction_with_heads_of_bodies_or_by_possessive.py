"""An exchange or interaction had with the head of an organisation ("had an exchange
with the Director-General of the WTO"), one named by its maker's possessive as the
subject of what it covered ("Her exchange with the Foreign Minister of Latvia focused
on Ukraine", "The President's interaction with Prime Minister A of Australia"), and
officials "convened with": meetings (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize(("text", "want"), [
    ("On Friday the Minister had an exchange with the Director-General of the WTO.",
     [("GHA", (), ("WTO",), "2024-03-01")]),
    ("Her exchange with the Foreign Minister of Latvia on 1 March focused on Ukraine.",
     [("GHA", ("LVA",), (), "2024-03-01")]),
    ("The President's interaction with Prime Minister Albanese of Australia on Friday "
     "focused on trade.", [("GHA", ("AUS",), (), "2024-03-01")]),
    ("The Minister convened with the ambassadors of Chile and Argentina on 2 March.",
     [("GHA", ("ARG",), (), "2024-03-02"), ("GHA", ("CHL",), (), "2024-03-02")]),
    ("The Minister had a frank interaction with the Executive Director of UNICEF on 1 March.",
     [("GHA", (), ("UNICEF",), "2024-03-01")]),
])
def test_each_is_a_meeting(text, want):
    from communique.extract import extract_text
    recs = extract_text(text, issuer="GHA", date=_DAY).records
    got = sorted((r.from_[0], tuple(r.to), tuple(r.organizations), r.date.start)
                 for r in recs if r.type == "meeting")
    assert got == want


@pytest.mark.parametrize("text", [
    "Her exchange with students on Friday focused on careers in diplomacy.",
    "The Council convened with a quorum on Friday.",
])
def test_no_official_is_no_meeting(ex, text):
    assert ex(text, issuer="GHA", date=_DAY, types=["meeting"]) == []
