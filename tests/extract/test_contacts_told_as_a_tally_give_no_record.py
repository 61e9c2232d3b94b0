"""Meetings or calls told as a tally ("have met A on several occasions since", "spoke
with B a number of times this year", "engaged with C repeatedly") sum up contacts
without telling one of them: no record. One meeting told with its day, or a tally that
belongs to a second predicate ("and has visited Kenya several times"), keeps its record
(sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str, issuer: str) -> list[tuple]:
    return sorted((r.type, tuple(r.from_), tuple(r.to), r.date.start)
                  for r in extract_text(text, issuer=issuer, date="2022-11-22").records)


@pytest.mark.parametrize(("text", "issuer"), [
    ("I have engaged with the Foreign Minister of Canada, Ms Anna Roe, on several occasions "
     "since she took up her post in June.", "IRL"),
    ("The Minister has spoken by telephone with his Argentine counterpart a number of times "
     "since January.", "URY"),
    ("Since her appointment the Foreign Secretary has met the Indian Minister of External "
     "Affairs on numerous occasions.", "GBR"),
    ("Our Prime Minister has held talks with the Chancellor of Austria repeatedly this "
     "year.", "CZE"),
])
def test_a_tally_of_contacts_gives_no_record(text: str, issuer: str) -> None:
    assert _records(text, issuer) == []


def test_one_meeting_with_its_day_is_kept() -> None:
    text = "On 6 October I held a meeting with the Foreign Minister of Canada in Ottawa."
    assert _records(text, "IRL") == [("meeting", ("IRL",), ("CAN",), "2022-10-06")]


def test_a_tally_of_a_second_predicate_leaves_the_meeting() -> None:
    text = ("On 6 October the Minister met the Foreign Minister of Kenya in Dublin, who "
            "has visited Ireland several times.")
    assert ("meeting", ("IRL",), ("KEN",), "2022-10-06") in _records(text, "IRL")
