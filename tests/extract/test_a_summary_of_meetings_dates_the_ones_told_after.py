"""A readout that opens with its events in summary, no partner named ("The Minister
met many senior diplomats on June 19 at the forum", "Saturday held meetings with
foreign ministers of different countries"), tells the day of the meetings it then
names one by one; a summary that looks ahead, or names a day more than a week
before the document's, does not (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str, issuer: str, date: str) -> list[tuple]:
    recs = extract_text(text, issuer=issuer, date=date).records
    return sorted((tuple(r.to), r.date.start) for r in recs if r.type == "meeting")


@pytest.mark.parametrize(("text", "issuer", "date", "expected"), [
    ("The Turkish Foreign Minister met many senior diplomats and leaders of international "
     "organizations on June 19 at the forum in Antalya.\n\nHe started the day with a "
     "meeting with the foreign minister of Malta.", "TUR", "2021-06-20",
     [(("MLT",), "2021-06-19")]),
    ("The Foreign Minister Saturday held meetings with foreign ministers of different "
     "countries at the security conference.\n\nThe minister met his Saudi counterpart and "
     "the two pledged to deepen ties.", "PAK", "2023-02-19", [(("SAU",), "2023-02-18")]),
    ("On the margins of the summit the Prime Minister held a series of bilateral meetings "
     "on 8 May. Among others, he met the Prime Minister of Fiji.", "NZL", "2024-05-10",
     [(("FJI",), "2024-05-08")]),
    ("The President received several foreign delegations at the palace yesterday. He "
     "received the Foreign Minister of Laos, with whom he discussed the railway.", "VNM",
     "2024-05-10", [(("LAO",), "2024-05-09")]),
    ("Minister Rui Sol held talks with a number of counterparts in Geneva on Tuesday, "
     "7 May.\n\nShe met the Foreign Minister of Norway, then the Foreign Minister of "
     "Chile.", "KEN", "2024-05-10", [(("CHL",), "2024-05-07"), (("NOR",), "2024-05-07")]),
])
def test_the_summarys_day_dates_the_meetings_told_after_it(text, issuer, date, expected):
    assert _met(text, issuer, date) == expected


@pytest.mark.parametrize("text", [
    # a summary of what is to come
    "The Minister is expected to hold meetings with several counterparts on Monday. He "
    "met the Foreign Minister of Fiji.",
    # a day long before the document's: background
    "The Minister recalled the meetings held with several counterparts on 2 March. He met "
    "the Foreign Minister of Fiji.",
    # no events told: an interview
    "The Minister gave an interview to a newspaper on Wednesday about trade. He met the "
    "Foreign Minister of Fiji.",
])
def test_no_summary_day_leaves_the_documents_day(text):
    assert _met(text, "NZL", "2024-05-10") == [(("FJI",), "2024-05-10")]
