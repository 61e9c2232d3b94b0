"""After consultations (or a joint body's session) are reported, "The last meeting was
held in Riga in 2019" or "The previous round took place in Montevideo in 2018" names
an earlier round of the same format, with the same sides and its own date. After a
plain meeting of ministers, or with nothing reported before, such a sentence makes no
record (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("issuer", "text", "typ", "to", "now", "then"), [
    ("EST", "Estonia and Latvia held political consultations in Tallinn on 10 November "
     "2021. The last meeting was held in Riga in 2019.", "consultation", "LVA",
     "2021-11-10", "2019"),
    ("CHL", "On 4 March 2021 Chile and Uruguay held their regular political "
     "consultations in Santiago. The previous round took place in Montevideo in 2018.",
     "consultation", "URY", "2021-03-04", "2018"),
    ("NOR", "Norway and Iceland held bilateral consultations in Oslo on 2 June 2021. The "
     "last round had taken place in Reykjavik in 2017.", "consultation", "ISL",
     "2021-06-02", "2017"),
    ("GHA", "Ghana and Togo held the fifth session of their Joint Commission in Accra on "
     "3 May 2021. The last meeting was held in Lomé in 2016.", "commission", "TGO",
     "2021-05-03", "2016"),
])
def test_the_last_meeting_of_a_format_is_an_earlier_round(ex, issuer, text, typ, to, now,
                                                          then):
    got = ex(text, issuer=issuer, date="2021-11-11", types=[typ])
    assert got == [(typ, (issuer,), (to,), then), (typ, (issuer,), (to,), now)]


@pytest.mark.parametrize(("text", "want"), [
    ("The Foreign Ministers of Estonia and Latvia met in Tallinn on 10 November 2021. "
     "The last meeting was held in Riga in 2019.",
     [("meeting", ("EST",), ("LVA",), "2021-11-10")]),
    ("The last meeting was held in Riga in 2019.", []),
])
def test_after_a_plain_meeting_or_nothing_it_is_none(ex, text, want):
    got = ex(text, issuer="EST", date="2021-11-11",
             types=["meeting", "consultation", "commission"])
    assert got == want
