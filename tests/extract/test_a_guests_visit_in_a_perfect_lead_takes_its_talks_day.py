"""A guest's visit told in a lead in the perfect with no day of its own ("Our Minister
and the visiting Kenyan minister have exchanged views on trade"), then the talks of the
same two sides with their day ("during their meeting yesterday"): the visit is dated by
that day, not by the page's (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("Norway's Foreign Minister and the visiting Kenyan minister have exchanged views on "
     "trade.\n\nMinister Dahl and the Foreign Minister of Kenya, Ana Wanjiru, did so "
     "during their meeting yesterday here in Oslo.", "NOR",
     [event("meeting", "NOR", "KEN", "2018-08-22"), event("visit", "KEN", "NOR", "2018-08-22")]),
    ("The Prime Minister and the visiting Chilean Foreign Minister have agreed to expand "
     "trade.\n\nThey agreed on it when they met on Monday in Lima.", "PER",
     [event("meeting", "PER", "CHL", "2018-08-20"), event("visit", "CHL", "PER", "2018-08-20")]),
    ("Ghana's President and the visiting Japanese minister have reviewed their ties.\n\n"
     "President Mensah and the Foreign Minister of Japan, Ken Sato, held talks on Tuesday "
     "in Accra.", "GHA",
     [event("meeting", "GHA", "JPN", "2018-08-21"), event("visit", "JPN", "GHA", "2018-08-21")]),
    ("The Deputy Prime Minister and the visiting UK minister have discussed mine "
     "clearance.\n\nThe two held a meeting yesterday in Phnom Penh.", "KHM",
     [event("meeting", "KHM", "GBR", "2018-08-22"), event("visit", "GBR", "KHM", "2018-08-22")]),
])
def test_the_visit_takes_the_talks_day(text, issuer, expected):
    assert records(text, issuer, CORE, date="2018-08-23") == sorted(expected)


def test_a_visit_with_its_own_day_keeps_it():
    text = ("The visiting Kenyan minister arrived in Oslo on Sunday.\n\nMinister Dahl and "
            "the Foreign Minister of Kenya held talks yesterday.")
    recs = records(text, "NOR", {"visit"}, date="2018-08-23")
    assert recs == [event("visit", "KEN", "NOR", "2018-08-19")]
