"""A readout's opening lines that speak of "the outcomes of the summit in Tokyo in
July this year" name the time of an occasion, not the year a review looks back
on: the text stays a readout, and its date line dates the events told (texts of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text
from communique.extract._context import is_review

READOUTS = [
    "Minister meets Chile's Foreign Minister in Lima\n\nWednesday 5 March 2025\n\n"
    "The Minister for Foreign Affairs congratulated the Foreign Minister of Chile on her "
    "appointment and said he looked forward to good outcomes of the Pacific Alliance "
    "summit in Santiago in July this year.\n\n"
    "Both Ministers met on the margins of the ministerial meeting in Lima, where they "
    "discussed trade and fisheries.\n",
    "Talks with Ecuador\n\nMonday 10 February 2025\n\n"
    "The Minister held talks with the Foreign Minister of Ecuador in Lima. Both looked "
    "ahead to the results of the Andean summit in Quito in October 2025.\n",
]


@pytest.mark.parametrize("text", READOUTS)
def test_a_coming_occasion_in_the_lead_is_no_review(text: str) -> None:
    assert not is_review(text, 2025)


@pytest.mark.parametrize(("text", "partner", "day"), [
    (READOUTS[0], "CHL", "2025-03-05"),
    (READOUTS[1], "ECU", "2025-02-10"),
])
def test_the_date_line_dates_the_meeting(text: str, partner: str, day: str) -> None:
    recs = extract_text(text, issuer="PER", date="2025").records
    assert [r.date.start for r in recs if r.type == "meeting" and r.to == [partner]] == [day]


@pytest.mark.parametrize("text", [
    "Results of the year 2024: the Ministry's main activities\n\nText.",
    "Review of the foreign policy activities in 2024\n\nText.",
    "The Ministry in 2024\n\nThe outcomes of the year for our diplomacy were many.",
])
def test_a_year_reviewed_is_still_a_review(text: str) -> None:
    assert is_review(text, 2025)


def test_a_look_back_late_in_a_readout_is_no_review() -> None:
    text = ("On 1 and 2 March, the Foreign Minister welcomed her Kenyan counterpart to Lisbon. "
            + "The two ministers discussed trade, energy, and the situation in the Horn of "
              "Africa at length, and agreed to meet again in Nairobi. " * 6
            + "The Minister said Portugal had seen more arrivals during the past year.")
    assert not is_review(text, 2025)
    recs = extract_text(text, issuer="PRT", date="2025").records
    assert {r.date.start for r in recs if r.type in ("visit", "meeting")} == {"2025-03-01"}


def test_a_look_back_in_the_opening_lines_is_a_review() -> None:
    assert is_review("The Ministry in figures\n\nDuring the past year, our diplomacy opened "
                     "four embassies and hosted forty visits.", 2025)
