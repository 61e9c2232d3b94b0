"""A visit told with its month or day, then the talks, signings or commission of that
trip told in the next sentences with no time of their own: they take the visit's date;
an event with another country keeps the year (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

#: a year-end review's title (a readout carries its last date anyway)
_REVIEW = "Results of the foreign policy activities of Kenya in 2024\n\n"


def _dates(text: str, kind: str, country: str) -> list[str | None]:
    recs = extract_text(_REVIEW + text, issuer="KEN", date="2024").records
    return [r.date.start for r in recs if r.type == kind and country in r.from_ + r.to]


@pytest.mark.parametrize(("text", "kind", "country", "day"), [
    ("In early March the Minister paid a working visit to Chile. During the meeting with "
     "President Boric in Santiago, mining was discussed.", "meeting", "CHL", "2024-03"),
    ("The President of Ghana came to Nairobi on an official visit in June. The talks with "
     "the Ghanaian leader covered trade and energy.", "meeting", "GHA", "2024-06"),
    ("The Prime Minister visited Japan on 12 May. Following the results of the visit, four "
     "documents were signed.", "agreement", "JPN", "2024-05-12"),
    ("In April the Foreign Minister travelled to Brazil.\n\nHis meeting with the Brazilian "
     "Foreign Minister was devoted to trade.", "meeting", "BRA", "2024-04"),
    ("The Minister paid a visit to Peru in September. The third session of the Joint "
     "Commission between Kenya and Peru was also held in Lima.", "commission", "PER",
     "2024-09"),
])
def test_an_event_of_the_trip(text: str, kind: str, country: str, day: str) -> None:
    assert _dates(text, kind, country) == [day]


def test_an_event_with_another_country_keeps_the_year() -> None:
    text = ("The Minister paid a visit to Chile in March.\n\nThe President of Peru was received "
            "in Nairobi.")
    assert _dates(text, "meeting", "PER") == ["2024"]


def test_an_event_at_a_gathering_of_its_own_keeps_the_year() -> None:
    text = ("The Foreign Minister visited Chile on 21 January. The meeting between the "
            "Presidents of Kenya and Chile in Santiago within the framework of the regional "
            "summit gave new impetus to relations.")
    assert _dates(text, "meeting", "CHL") == ["2024"]


def test_a_stop_of_the_trip_told_after_it_is_that_trip() -> None:
    text = ("In early March the Minister paid a working visit to Chile. Following the outcome "
            "of the visit, which also took in a visit to the port of Valparaiso, three accords "
            "were signed.")
    assert set(_dates(text, "visit", "CHL")) == {"2024-03"}
    assert _dates(text, "agreement", "CHL") == ["2024-03"]
