"""A review of a financial or reporting year that runs across two calendar years
("Annual Report 2016-17", "2018–2019 in review") dates its undated events with both
years ("2016".."2017"), not with the year it was published. A readout that names a
split year ("the action plan for 2021-22") keeps its own day, and a review whose split
year does not include its year keeps its year (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str, issuer: str, date: str) -> list[tuple]:
    return sorted((r.type, tuple(r.from_), tuple(r.to), r.date.start, r.date.end)
                  for r in extract_text(text, issuer=issuer, date=date).records)


@pytest.mark.parametrize(("text", "issuer", "date", "want"), [
    ("Departmental overview\n\nAnnual Report 2016-2017\n\nThe year in review\n\nThe "
     "Prime Minister paid visits to Kenya and Peru, deepening both partnerships.", "NZL",
     "2017", [("visit", ("NZL",), ("KEN",), "2016", "2017"),
              ("visit", ("NZL",), ("PER",), "2016", "2017")]),
    ("Annual Report 2019-20\n\nOverview\n\nDuring the reporting period, the Minister "
     "travelled to Japan.", "CAN", "2020",
     [("visit", ("CAN",), ("JPN",), "2019", "2020")]),
    ("Review: the Ministry's work in 2011–12\n\nThe Foreign Secretary held talks with the "
     "Foreign Minister of Chile during the year.", "GBR", "2012",
     [("meeting", ("GBR",), ("CHL",), "2011", "2012")]),
    ("Annual Report of the Department for 2021/22\n\nOver the past year the Foreign Minister "
     "visited Ghana and Senegal.", "IRL", "2022",
     [("visit", ("IRL",), ("GHA",), "2021", "2022"),
      ("visit", ("IRL",), ("SEN",), "2021", "2022")]),
])
def test_a_split_year_review_dates_undated_events_with_both_years(
        text: str, issuer: str, date: str, want: list[tuple]) -> None:
    assert _records(text, issuer, date) == want


def test_a_split_year_not_including_the_texts_year_is_not_the_period() -> None:
    # (the plan of years long past is a topic, not the period reported on)
    text = ("Annual Report\n\nThe year in review recalls the plan of 2008-09.\n\nDuring the "
            "year, the Foreign Minister visited Norway.")
    assert _records(text, "FIN", "2017") == [("visit", ("FIN",), ("NOR",), "2017", None)]


def test_a_readout_naming_a_split_year_keeps_its_day() -> None:
    text = ("The Foreign Minister met the Foreign Minister of Chile in Santiago today. They "
            "reviewed the action plan for 2021-22.")
    assert _records(text, "ARG", "2021-05-04") == [
        ("meeting", ("ARG",), ("CHL",), "2021-05-04", None)]
