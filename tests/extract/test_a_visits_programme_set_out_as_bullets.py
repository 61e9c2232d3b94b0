"""A visit's programme set out as bulleted items under a bulleted label ("• Main
events" then "• An audience with the King", "• A meeting with the Speaker of the
Senate"): each item tells its event as a sentence does, with the guest told before as
the other side and on the visit's day, also when the items are not closed by a stop,
when the line before an item is long, and when an item wraps onto a second line
indented under its text. A bulleted label with no event ("• Results") gives nothing,
and an item only planned stays none (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import event, records

_HEAD = ("Summary of the Weekly Press Briefing by the Spokesperson, Friday 4 May 2024.\n\n"
         "  1. Results of the Chilean President’s State Visit to Kenya (3 May 2024) – "
         "presented together with the head of the Americas Department of the ministry\n"
         "  • On 3 May 2024, Ana Lopez, President of Chile, paid a state visit to Kenya.\n"
         "  • Main events\n")
_TAIL = "  • Results\n    • The two sides agreed to deepen trade.\n"
_DAY = "2024-05-03"


def _events(items: str, types: set[str]) -> list[tuple]:
    return records(_HEAD + items + _TAIL, "KEN", types, date="2024-05-04")


@pytest.mark.parametrize("item", [
    "    • An audience with His Majesty the King\n",
    "    • A meeting with the Chief Justice, the Speaker of the Senate of Kenya and the "
    "head of its lower house\n",
    "    • Talks with the Prime Minister\n",
    "    • A courtesy call on the Vice President\n",
    "    • The Royal Audience with Their Majesties King Omondi Wekesa Otieno\n"
    "      Mwangi and Queen Achieng Auma Wanjiru\n",
])
def test_each_item_is_a_meeting_with_the_guest(item):
    assert _events(item, {"meeting"}) == [event("meeting", "KEN", "CHL", _DAY)]


def test_three_items_three_meetings_and_the_signing():
    items = ("    • An audience with the King\n"
             "    • With the Prime Minister: a bilateral meeting, witnessing the signing "
             "of 3 agreements, and a joint press conference before the media\n"
             "    • A meeting with the Speaker of the National Assembly\n")
    assert _events(items, {"meeting", "agreement"}) == sorted(
        [event("meeting", "KEN", "CHL", _DAY)] * 3 + [event("agreement", "KEN", "CHL", _DAY)])


@pytest.mark.parametrize("item", [
    "    • Cultural programme\n",
    "    • A meeting with the Speaker of the National Assembly is planned for next year\n",
])
def test_an_item_with_no_event_held_gives_none(item):
    assert _events(item, {"meeting"}) == []


def test_an_item_wrapped_under_its_text_is_one_sentence():
    from communique.extract import extract_text
    items = ("    • The Royal Audience with Their Majesties King Omondi Wekesa Otieno\n"
             "      Mwangi and Queen Achieng Auma Wanjiru\n"
             "    • A meeting with the Speaker of the National Assembly\n")
    res = extract_text(_HEAD + items + _TAIL, issuer="KEN", date="2024-05-04")
    met = [r for r in res.records if r.type == "meeting"]
    assert [(r.from_, r.to, r.date.start) for r in met] == [(["KEN"], ["CHL"], _DAY)] * 2
    assert met[0].source is not None and met[0].source.text.endswith("Queen Achieng Auma Wanjiru")
