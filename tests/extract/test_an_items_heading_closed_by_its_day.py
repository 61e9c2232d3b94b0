"""On a page of news items, an item's title closed by its own day in brackets ("Holm-
Rojas telephone call (Wednesday 9 February 2022)") is that item's heading, not a caption
nor the end of the teaser before it ("... and […]", a line cut off): its "today" is that
day, also on a page whose own day is not known (only its year), and the item's events
are not read into the teaser's sentence (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records

_TEASER = ("Minister Holm in Lima\n"
           "Minister Ana Holm paid a visit to Peru on 10 and 11 February 2022, where she "
           "held talks with the President of Peru, the Foreign Minister of Peru, the "
           "Minister of Energy and the heads of the main mining firms and […]\n")


@pytest.mark.parametrize(("body", "expected"), [
    ("Read moreHolm-Rojas telephone call (Wednesday 9 February 2022)\nTrade and fishing "
     "rights. These were the topics of today's telephone conversation between Minister "
     "Holm and the Foreign Minister of Chile, […]\n",
     event("call", "ITA", "CHL", "2022-02-09")),
    ("Holm meets Kenyan counterpart (8 February 2022)\nMinister Holm today met the Foreign "
     "Minister of Kenya in Rome.\n", event("meeting", "ITA", "KEN", "2022-02-08")),
    ("Minister Holm and her Chilean colleague on the phone (Monday, 7 February 2022)\n"
     "Minister Holm spoke by telephone this morning with the Foreign Minister of Chile "
     "about the ocean treaty.\n",
     event("call", "ITA", "CHL", "2022-02-07")),
    ("Talks with the Foreign Minister of Japan in Rome (04.02.2022)\nMinister Holm held "
     "talks today with her Japanese counterpart.\n",
     event("meeting", "ITA", "JPN", "2022-02-04")),
])
def test_today_is_the_items_own_day(body, expected):
    recs = records(_TEASER + body, "ITA", CORE, date="2022")
    assert expected in recs
    # the heading is no part of the teaser's sentence: no event of the item with Peru
    assert not [r for r in recs if r[0] == expected[0] and r[2] == ("PER",)
                and r[3] == expected[3]]


@pytest.mark.parametrize("body", [
    # a month alone in the brackets: no day for "today"
    "Holm meets Kenyan counterpart (February 2022)\nMinister Holm today met the Foreign "
    "Minister of Kenya in Rome.\n",
    # a span of days: no one day
    "Holm in Nairobi (7-8 February 2022)\nMinister Holm today met the Foreign Minister "
    "of Kenya.\n",
])
def test_no_single_day_in_brackets_dates_nothing(body):
    recs = records(_TEASER + body, "ITA", CORE, date="2022")
    assert event("meeting", "ITA", "KEN", "2022-02-07") not in recs
    assert event("meeting", "ITA", "KEN", "2022-02-08") not in recs


@pytest.mark.parametrize(("line", "expected"), [
    ("Minister Holm met the Foreign Minister of Peru in Lima (12 May 2022)",
     event("meeting", "ITA", "PER", "2022-05-12")),
    ("Minister Holm received the Ambassador of Chile at the ministry (3 June 2022)",
     event("meeting", "ITA", "CHL", "2022-06-03")),
])
def test_a_line_telling_its_event_in_the_past_is_no_heading(line, expected):
    text = "News from the ministry\n" + line + "\nThe two discussed mining and trade.\n"
    assert expected in records(text, "ITA", CORE, date="2022")
