"""A sentence opened by the margins of a session named before ("On the margins of
the Council, she held talks with ...") takes the day (or month) that session was
told with, not the day of the trip told last (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

TRIP = ("Warsaw, 14 May 2024\n\nThe Minister travelled to Nairobi on Sunday to attend the "
        "12th Session of the Joint Ministerial Council, which opened this morning. ")
REVIEW = ("Annual review 2023\n\nIn 2023 the Minister attended the Summit of the Group of "
          "Twenty in New Delhi in September and the Fourth Session of the Assembly of the "
          "Union for the Mediterranean in Barcelona in November. ")


def _meetings(text: str, date: str) -> list[tuple[str, str]]:
    recs = extract_text(text, issuer="POL", date=date).records
    return sorted((r.to[0], r.date.start or "") for r in recs if r.type == "meeting" and r.to)


@pytest.mark.parametrize(("text", "date", "met"), [
    (TRIP + "On the margins of the Council, she held talks with the Foreign Minister of "
     "Uganda.", "2024-05-14", [("UGA", "2024-05-14")]),
    (TRIP + "On the sidelines of the Joint Ministerial Council, the Minister met her Ugandan "
     "counterpart.", "2024-05-14", [("UGA", "2024-05-14")]),
    (REVIEW + "On the margins of the Assembly, the Minister met the Foreign Minister of "
     "Morocco.", "2023", [("MAR", "2023-11")]),
    (REVIEW + "At the margins of the Summit, he held talks with the Foreign Minister of "
     "Brazil.", "2023", [("BRA", "2023-09")]),
])
def test_the_margins_take_the_sessions_day(text, date, met):
    assert _meetings(text, date) == met


@pytest.mark.parametrize(("text", "date", "met"), [
    # the sentence's own day
    (TRIP + "On the margins of the Council, on 13 May, she met the Foreign Minister of "
     "Uganda.", "2024-05-14", [("UGA", "2024-05-13")]),
    # the session named last before another event's day: that day is not the session's
    ("Warsaw, 14 May 2024\n\nThe Minister travelled to Nairobi on Sunday for the Council "
     "of the Union. The Council preceded the summit of heads of state on 13 May. On the "
     "margins of the Council, she met the Foreign Minister of Uganda.", "2024-05-14",
     [("UGA", "2024-05-12")]),
    # a session never named before: nothing to look back to
    ("Warsaw, 14 May 2024\n\nThe Minister travelled to Nairobi on Sunday. On the margins "
     "of the Assembly, she met the Foreign Minister of Uganda.", "2024-05-14",
     [("UGA", "2024-05-12")]),
])
def test_no_session_day_without_one_told(text, date, met):
    assert _meetings(text, date) == met
