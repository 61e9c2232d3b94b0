"""A title that names an event, its partner and its day ("Foreign Secretary's call with
Indian External Affairs Minister, 14 March 2023") dates that event; the statement under
it that tells the same event by "yesterday" counts from its day of issue, which the
title does not give: the title's day. A title with a day and no event leaves
"yesterday" counted from it (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("issuer", "title", "body", "kind", "other", "day"), [
    ("GBR", "Foreign Secretary's meeting with Japanese Foreign Minister Yoshimasa Hayashi, "
            "1 February 2023", "A spokesperson said: The Foreign Secretary met Foreign "
            "Minister Hayashi in London yesterday.", "meeting", "JPN", "2023-02-01"),
    ("GBR", "Foreign Secretary's call with Indian External Affairs Minister, 14 March 2023",
     "The Foreign Secretary spoke to Indian External Affairs Minister Jaishankar by phone "
     "yesterday.", "call", "IND", "2023-03-14"),
    ("NOR", "State Secretary's talks with the Foreign Minister of Chile, 3 May 2023",
     "The State Secretary held talks with her Chilean counterpart in Oslo yesterday.",
     "meeting", "CHL", "2023-05-03"),
    ("GBR", "Foreign Secretary's visit to Kenya, 12 June 2023", "The Foreign Secretary "
            "arrived in Nairobi yesterday for a two-day visit.", "visit", "KEN", "2023-06-12"),
    ("USA", "Secretary Blinken's Meeting With Polish Foreign Minister Rau, March 3, 2023",
     "The Secretary met with Polish Foreign Minister Zbigniew Rau in Washington yesterday.",
     "meeting", "POL", "2023-03-03"),
])
def test_the_titles_day(ex, issuer, title, body, kind, other, day):
    got = ex(title + "\n\n" + body, issuer=issuer, date="2023", types=[kind])
    assert got == [(kind, (issuer,), (other,), day)]


def test_a_title_without_an_event_keeps_yesterday(ex):
    got = ex("1 February 2023\n\nThe Foreign Secretary met Japanese Foreign Minister "
             "Yoshimasa Hayashi in London yesterday.", issuer="GBR", date="2023",
             types=["meeting"])
    assert got == [("meeting", ("GBR",), ("JPN",), "2023-01-31")]
