"""A newsletter's or bulletin's issue line, a line of its own next to the title that
gives only a month and its year ("Issue No. 12, March 2019", "No. 4 | June 2021",
"October 2018"), dates what the issue tells: with only the year known and no
dateline, its undated events take that month, not the year alone (as a title that
closes with its month does). A line naming two months, a month of another year, an
issue's number alone, or a month-year line further down the body sets none
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_CORE = {"visit", "meeting", "call", "consultation", "commission", "agreement"}


def _core(text: str, issuer: str, date: str) -> list[tuple]:
    return records(text, issuer, _CORE, date=date)


@pytest.mark.parametrize("text, issuer, date, expected", [
    ("Chilean Foreign Minister visits Lisbon\n\nIssue No. 12, March 2019\n\n"
     "The Foreign Minister of Chile Roberto Ampuero visited Lisbon, where he met with "
     "Prime Minister Antonio Costa.",
     "PRT", "2019", [("meeting", ("PRT",), ("CHL",), "2019-03"),
                     ("visit", ("CHL",), ("PRT",), "2019-03")]),
    ("Minister in Nairobi\n\nNo. 4 | June 2021\n\n"
     "Minister Ann Linde travelled to Nairobi for talks with the Cabinet Secretary for "
     "Foreign Affairs of Kenya Raychelle Omamo.",
     "SWE", "2021", [("meeting", ("SWE",), ("KEN",), "2021-06"),
                     ("visit", ("SWE",), ("KEN",), "2021-06")]),
    ("October 2018\n\nForeign Minister receives her Peruvian counterpart\n\n"
     "The Minister of Foreign Affairs received the Foreign Minister of Peru Nestor "
     "Popolizio at the Ministry.",
     "ECU", "2018", [("meeting", ("ECU",), ("PER",), "2018-10")]),
    ("Diplomatic Bulletin\n\nVol. 7, Issue 3 - November 2017\n\n"
     "State Secretary Marcin Przydacz paid a working visit to Vilnius and held "
     "consultations with Deputy Foreign Minister Neris Germanas of Lithuania.",
     "POL", "2017", [("consultation", ("POL",), ("LTU",), "2017-11"),
                     ("visit", ("POL",), ("LTU",), "2017-11")]),
    ("Newsletter of the Embassy\n\nEdition 9, May 2022\n\n"
     "The Ambassador accompanied Foreign Minister Edgars Rinkevics on his visit to "
     "Canberra, where he met Foreign Minister Penny Wong.",
     "LVA", "2022", [("meeting", ("LVA",), ("AUS",), "2022-05"),
                     ("visit", ("LVA",), ("AUS",), "2022-05")]),
])
def test_the_issue_month_dates_its_undated_events(text: str, issuer: str, date: str,
                                                  expected: list) -> None:
    assert _core(text, issuer, date) == sorted(expected)


@pytest.mark.parametrize("text, issuer, date, expected", [
    # two months: a bimonthly issue sets no one month
    ("Chilean Foreign Minister visits Lisbon\n\nIssue No. 12, March-April 2019\n\n"
     "The Foreign Minister of Chile Roberto Ampuero visited Lisbon.",
     "PRT", "2019", [("visit", ("CHL",), ("PRT",), "2019")]),
    # a month of another year than the text's
    ("Chilean Foreign Minister visits Lisbon\n\nIssue No. 12, December 2018\n\n"
     "The Foreign Minister of Chile Roberto Ampuero visited Lisbon.",
     "PRT", "2019", [("visit", ("CHL",), ("PRT",), "2019")]),
    # the issue's number alone
    ("Chilean Foreign Minister visits Lisbon\n\nIssue No. 12\n\n"
     "The Foreign Minister of Chile Roberto Ampuero visited Lisbon.",
     "PRT", "2019", [("visit", ("CHL",), ("PRT",), "2019")]),
    # a month-year line further down is a section of the body, not the issue's date
    ("Chilean Foreign Minister visits Lisbon\n\n"
     "The Foreign Minister of Chile Roberto Ampuero visited Lisbon.\n\n"
     "The two ministers reviewed trade.\n\nMarch 2019\n\n"
     "The Minister of State held consultations with Spain.",
     "PRT", "2019", [("consultation", ("PRT",), ("ESP",), "2019"),
                     ("meeting", ("PRT",), ("CHL",), "2019"),
                     ("visit", ("CHL",), ("PRT",), "2019")]),
    # an event's own day still wins
    ("Chilean Foreign Minister visits Lisbon\n\nIssue No. 12, March 2019\n\n"
     "On 26 February, the Foreign Minister of Chile Roberto Ampuero visited Lisbon.",
     "PRT", "2019", [("visit", ("CHL",), ("PRT",), "2019-02-26")]),
])
def test_near_misses_keep_their_readings(text: str, issuer: str, date: str,
                                         expected: list) -> None:
    assert _core(text, issuer, date) == sorted(expected)
