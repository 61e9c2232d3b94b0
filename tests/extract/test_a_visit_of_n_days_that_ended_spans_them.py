"""A visit of so many days told as the subject of its end, the sentence opening with
it ("The two-day visit of A wrapped up today", "Her three-day state visit to B ended
on Friday"), runs from the days before up to the day told, as "concluded a three-day
visit on Friday" does. A day told inside the noun phrase ("which began on Tuesday"),
or a visit that is not the subject of the end, changes nothing (sentences of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str, issuer: str, date: str) -> list[tuple]:
    recs = extract_text(text, issuer=issuer, date=date).records
    return sorted((tuple(r.from_), tuple(r.to), r.date.start, r.date.end)
                  for r in recs if r.type == "visit")


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("The two-day working visit made by the Premier of Vietnam wrapped up today with a "
     "dinner.", "LAO", (("VNM",), ("LAO",), "2024-05-09", "2024-05-10")),
    ("His three-day state visit to Ghana ended on Wednesday.", "KEN",
     (("KEN",), ("GHA",), "2024-05-06", "2024-05-08")),
    ("The four-day visit of the Japanese Prime Minister came to an end on 9 May.", "IND",
     (("JPN",), ("IND",), "2024-05-06", "2024-05-09")),
    ("Their 3-day official visit to Peru concluded today with a press conference.", "CHL",
     (("CHL",), ("PER",), "2024-05-08", "2024-05-10")),
    ("The five-day working visit of the Foreign Minister of Kenya to Uganda drew to a "
     "close on Thursday.", "TZA", (("KEN",), ("UGA",), "2024-05-05", "2024-05-09")),
])
def test_the_visit_runs_up_to_the_day_it_ended(text, issuer, expected):
    assert _visits(text, issuer, "2024-05-10") == [expected]


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    # the day inside the noun phrase is the first, not the last
    ("The three-day visit of the Kenyan President, which began on Tuesday, ended today.",
     "UGA", [(("KEN",), ("UGA",), "2024-05-10", None)]),
    # the visit frames the sentence; what ended is another thing (no span)
    ("During the three-day visit to Ghana, the ministers signed two accords and the "
     "session ended on Friday.", "KEN", [(("KEN",), ("GHA",), "2024-05-10", None)]),
])
def test_no_span_where_the_end_is_not_the_visits(text, issuer, expected):
    assert _visits(text, issuer, "2024-05-10") == expected
