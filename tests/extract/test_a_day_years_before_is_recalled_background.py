"""A day named more than a year before the day a readout was telling ("held talks on
9 May ... welcomed the progress since the embassy opened on 4 June 2018", "recalled the
first round held on 12 February 2020") is a time recalled as background: the event it
dates keeps it, but the next sentences do not go on telling it, so "The two ministers
signed an agreement" stays on the talks' day (it took the old day). A day of the same
trip, or a later one, still carries (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _agreements(text: str, issuer: str, date: str = "2023") -> list[tuple]:
    return records(text, issuer, {"agreement"}, date=date)


@pytest.mark.parametrize("text, issuer, expected", [
    ("LISBON, May 9 - The Foreign Minister of Portugal held talks in Lisbon with the "
     "Foreign Minister of Vietnam.\n\nThe two ministers welcomed the growth of relations "
     "since the opening of the Embassy of Portugal in Hanoi in March 2015 and the decision "
     "of Vietnam to open an embassy in Lisbon on June 4, 2018.\n\nThe two ministers signed "
     "an agreement on visa exemption for diplomatic passports.", "PRT",
     [("agreement", ("PRT",), ("VNM",), "2023-05-09")]),
    ("SANTIAGO, October 3 - The Minister met the Foreign Minister of Kenya in Santiago."
     "\n\nThey recalled the first round of political consultations held in Nairobi on 12 "
     "February 2020.\n\nThe two ministers also signed a memorandum of understanding on "
     "trade.", "CHL", [("agreement", ("CHL",), ("KEN",), "2023-10-03")]),
    ("OSLO, 14 November - The State Secretary received the Deputy Foreign Minister of "
     "Peru.\n\nBoth welcomed the bilateral relations since the Peruvian embassy in Oslo "
     "reopened on 1 September 2016.\n\nA memorandum on fisheries was signed.", "NOR",
     [("agreement", ("NOR",), ("PER",), "2023-11-14")]),
    ("ACCRA, 20 June - The Minister held talks with the Foreign Minister of Malta.\n\nThe "
     "ministers noted that diplomatic relations were established on 2 March 1999.\n\nThey "
     "then signed an agreement on the avoidance of double taxation.", "GHA",
     [("agreement", ("GHA",), ("MLT",), "2023-06-20")]),
])
def test_the_next_signing_stays_on_the_talks_day(text: str, issuer: str,
                                                 expected: list) -> None:
    assert _agreements(text, issuer) == expected


@pytest.mark.parametrize("text, issuer, expected", [
    # a later day of the same trip still carries
    ("RIGA, 3 May - The Minister met the Foreign Minister of Chile in Riga.\n\nOn 4 May, "
     "the two ministers held a second round of talks in Liepaja.\n\nThey signed an "
     "agreement on youth mobility.", "LVA", [("agreement", ("LVA",), ("CHL",), "2023-05-04")]),
    # the old day's own event keeps it
    ("The Minister welcomed the agreement on culture signed with Chile on 4 June 2018.",
     "LVA", [("agreement", ("LVA",), ("CHL",), "2018-06-04")]),
])
def test_a_day_of_the_trip_still_carries(text: str, issuer: str, expected: list) -> None:
    assert _agreements(text, issuer) == expected
