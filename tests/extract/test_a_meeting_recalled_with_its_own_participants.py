"""A meeting spoken of with participants of its own, named by rank and side
("stressed the value of the meeting that brought together the presidents
of both nations", "went over the outcome of the meeting held between the foreign
ministers of A and B"), is an earlier occasion of its own, though
a meeting with that country was reported before: one more meeting, dated by
the gathering it was held at when the text told that gathering's days, else
by the year only (not the day last told). "The meeting" as the one reported,
or as a sentence's subject, is no second meeting (texts of our own)."""

from __future__ import annotations

import pytest

LEAD = "The Minister received the Ambassador of Peru on Monday. "
FORUM = ("The Minister received the Ambassador of Peru on Monday. They reviewed the "
         "Pacific Cooperation Forum (PCF), held from 20 to 21 April 2023 in Lima. ")


@pytest.mark.parametrize("text, recalled", [
    (LEAD + "She stressed the value of the meeting that brought together the presidents "
     "of both nations, Ana Torres and Luis Vega, at the Summit of the Americas.", "2023"),
    (LEAD + "The two also went over the outcome of the meeting held between the foreign "
     "ministers of Chile and Peru.", "2023"),
    (FORUM + "They also reviewed the follow-up to the meeting held between the foreign "
     "ministers of Chile and Peru, on the sidelines of PCF.", "2023-04-20"),
    (FORUM + "The Ambassador referred to the meeting that brought together the presidents "
     "of Chile and Peru, outside PCF.", "2023-04-20"),
])
def test_the_recalled_meeting_is_one_more(ex, text, recalled):
    got = ex(text, issuer="CHL", date="2023-05-10", types={"meeting"})
    assert ("meeting", ("CHL",), ("PER",), "2023-05-08") in got
    assert ("meeting", ("CHL",), ("PER",), recalled) in got
    assert len([r for r in got if r[2] == ("PER",)]) == 2


@pytest.mark.parametrize("text", [
    # the meeting reported, named again with its participants as the subject
    LEAD + "The meeting held between the two diplomats focused on trade.",
    # "During the meeting": the one reported
    LEAD + "During the meeting that brought together the Minister and the Ambassador, "
    "they discussed trade.",
    # "the two ministers": those of the meeting reported
    LEAD + "They noted the results of the meeting held between the two diplomats.",
])
def test_the_meeting_reported_is_not_counted_twice(ex, text):
    got = ex(text, issuer="CHL", date="2023-05-10", types={"meeting"})
    assert got == [("meeting", ("CHL",), ("PER",), "2023-05-08")]
