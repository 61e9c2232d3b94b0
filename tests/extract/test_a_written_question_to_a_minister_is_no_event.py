"""A parliament's written question opens on "To ask the <office>" and names what it
asks about: the talks, visits or calls it names are not told as held (the answer below
it tells them, with their own days). A sentence that tells an event after "asked" in
another sense still gives it (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str, issuer: str, date: str) -> list[tuple]:
    return sorted((r.type, tuple(r.from_), tuple(r.to), r.date.start)
                  for r in extract_text(text, issuer=issuer, date=date).records)


@pytest.mark.parametrize(("text", "issuer"), [
    ("To ask the Minister for Foreign Affairs the talks he has held with the Spanish "
     "Foreign Minister since her appointment; and whether he will report on them.", "IRL"),
    ("42. To ask the Secretary of State for Foreign Affairs what meetings he held with the "
     "Foreign Minister of Brazil during his visit to Brasilia.", "GBR"),
    ("To ask the Minister for Foreign Affairs if he has visited Nigeria or met the "
     "President of Nigeria this year.", "IRL"),
    ("213. To ask the Minister of State the number of telephone calls he has had with his "
     "Polish counterpart; and whether he will publish a list of them.", "MLT"),
])
def test_a_written_question_tells_no_event(text: str, issuer: str) -> None:
    assert _records(text, issuer, "2022-11-22") == []


def test_the_answer_below_a_written_question_tells_its_event() -> None:
    text = ("To ask the Minister for Foreign Affairs the contacts he has had with the "
            "Foreign Minister of Chile.\n\nOn 3 October I held a meeting with the Foreign "
            "Minister of Chile in Dublin.")
    assert _records(text, "IRL", "2022-11-22") == [("meeting", ("IRL",), ("CHL",), "2022-10-03")]


def test_a_minister_asked_to_travel_still_visits() -> None:
    # ("asked" as a request that was met, not a question)
    text = ("At the request of the President, the Foreign Minister travelled to Ghana on "
            "4 May and met the President of Ghana.")
    got = _records(text, "TGO", "2022-05-06")
    assert ("visit", ("TGO",), ("GHA",), "2022-05-04") in got
    assert ("meeting", ("TGO",), ("GHA",), "2022-05-04") in got
