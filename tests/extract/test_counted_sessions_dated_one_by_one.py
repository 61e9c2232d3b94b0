"""A call, a round of consultations or a commission's session counted ("twice",
"three times", "several") with its dates listed after the count is one record per
date, as a counted visit is: "met twice, in April and in November". A count with
a single date after it stays one record."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records


def _review(text: str, issuer: str, year: str) -> list[tuple]:
    return records(f"Results of our foreign policy in {year}\n\n" + text, issuer, CORE,
                   date=year)


@pytest.mark.parametrize("issuer, text, expected", [
    ("LTU", "The Lithuanian-Polish Intergovernmental Commission for Cooperation met twice, "
     "in April and in November.",
     [("commission", ("LTU",), ("POL",), "2023-04"),
      ("commission", ("LTU",), ("POL",), "2023-11")]),
    ("GEO", "The Prime Minister of Georgia and the Prime Minister of Armenia talked over "
     "the phone twice, in March and in June.",
     [("call", ("GEO",), ("ARM",), "2023-03"), ("call", ("GEO",), ("ARM",), "2023-06")]),
    ("EST", "Consultations were held with Ukraine's Foreign Ministry twice, in February "
     "and in October.",
     [("consultation", ("EST",), ("UKR",), "2023-02"),
      ("consultation", ("EST",), ("UKR",), "2023-10")]),
    ("KGZ", "The President of Kyrgyzstan and the President of Tajikistan had several phone "
     "conversations, in January, March and September.",
     [("call", ("KGZ",), ("TJK",), "2023-01"), ("call", ("KGZ",), ("TJK",), "2023-03"),
      ("call", ("KGZ",), ("TJK",), "2023-09")]),
    ("MNG", "Political consultations with China were held three times, in February, "
     "June and October.",
     [("consultation", ("MNG",), ("CHN",), "2023-02"),
      ("consultation", ("MNG",), ("CHN",), "2023-06"),
      ("consultation", ("MNG",), ("CHN",), "2023-10")]),
])
def test_counted_occasions_dated_one_by_one(issuer: str, text: str,
                                            expected: list[tuple]) -> None:
    assert _review(text, issuer, "2023") == sorted(expected)


def test_one_date_after_the_count_stays_one() -> None:
    got = _review("The Minister spoke by phone with the Foreign Minister of Japan twice, "
                  "in May.", "LTU", "2023")
    assert got == [("call", ("LTU",), ("JPN",), "2023-05")], got


def test_a_visit_with_a_meeting_keeps_one_meeting() -> None:
    got = _review("The Minister visited Kyiv twice, in February and in November, and met "
                  "the Prime Minister of Ukraine in November.", "LTU", "2023")
    assert got.count(("meeting", ("LTU",), ("UKR",), "2023-11")) == 1, got
