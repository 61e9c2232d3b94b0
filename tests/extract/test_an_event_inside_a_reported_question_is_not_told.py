"""An event named in what a reported question asks ("Senator A asked the Minister to
report on her recent meeting with ...", "asked the Minister if he has met ...") is not
told as held, as a question ending in "?" tells none; the answer that follows tells it
with its own day (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "Thursday, 8 February 2024\n\n"


@pytest.mark.parametrize(("issuer", "text"), [
    ("IRL", "Senator Ann Kelly asked the Minister for Foreign Affairs to report on her "
            "recent meeting with the Polish Foreign Minister; and if she will make a "
            "statement on the matter."),
    ("IRL", "Deputy Tom Walsh asked the Minister if he has met the Ambassador of China in "
            "recent weeks."),
    ("GBR", "Mr Patel asked the Foreign Secretary whether she discussed sanctions with the "
            "US Secretary of State during her visit to Washington."),
    ("IRL", "Deputy Rose Byrne asked the Tánaiste to outline the outcome of his talks with "
            "the Dutch Prime Minister last week."),
    ("CAN", "The member for Halifax asked the Minister to give details of the visit of the "
            "President of Kenya to Ottawa."),
])
def test_what_a_question_asks_is_no_event(ex, issuer, text):
    assert ex(_DAY + text, issuer=issuer, date="2024-02-08",
              types=["meeting", "visit", "call"]) == []


def test_the_answer_tells_the_event_on_its_own_day(ex):
    got = ex(_DAY + "Senator Ann Kelly asked the Minister to report on her recent meeting "
             "with the Polish Foreign Minister.\n\nI met the Polish Foreign Minister in "
             "Warsaw on 30 January.", issuer="IRL", date="2024-02-08", types=["meeting"])
    assert got == [("meeting", ("IRL",), ("POL",), "2024-01-30")]


def test_a_request_that_is_no_question_keeps_the_meeting(ex):
    got = ex(_DAY + "The Minister asked the Ambassador of Japan to convey his thanks, and "
             "later met the Foreign Minister of Korea.", issuer="IRL", date="2024-02-08",
             types=["meeting"])
    assert ("meeting", ("IRL",), ("KOR",), "2024-02-08") in got
