"""Days listed with their month written once ("on 2 and 7 May", "on 3, 9 and 21 June",
"on May 2 and 7") are each a day of that month: two calls told "on 2 and 7 May" are
two records, one each day. Two days in a row stay one occasion's span ("on 28 and 29
April"), and a number after a month that does not close the clause is no day ("on May
2 and 7 others") (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text
from communique.extract._dates import find_dates


def _contacts(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="FIN", date="2025-05-10").records
    return sorted((r.type, r.from_, r.to, r.date.start) for r in recs
                  if r.type in ("call", "meeting"))


@pytest.mark.parametrize("text", [
    "Minister Laine held two telephone conversations with the Foreign Minister of "
    "Ukraine, on 2 and 7 May.",
    "Minister Laine spoke by phone with the Foreign Minister of Ukraine on 2 and 7 May.",
    "On 2 and 7 May, State Secretary Virta had phone calls with the Deputy Foreign "
    "Minister of Ukraine.",
    "The Prime Minister also spoke by phone twice with the Prime Minister of Ukraine, on "
    "May 2 and 7.",
    "The Ambassador held video conferences with the Deputy Foreign Minister of Ukraine on "
    "the 2nd and 7th of May.",
])
def test_two_calls(text: str) -> None:
    assert _contacts(text) == [("call", ["FIN"], ["UKR"], "2025-05-02"),
                               ("call", ["FIN"], ["UKR"], "2025-05-07")]


def test_three_days() -> None:
    assert _contacts("Minister Laine met the Foreign Minister of Ukraine on 2, 5 and 7 "
                     "May.") == [("meeting", ["FIN"], ["UKR"], f"2025-05-0{d}")
                                 for d in (2, 5, 7)]


def test_respectively() -> None:
    assert _contacts("Minister Laine had telephone conversations with the Foreign "
                     "Ministers of Sweden and Denmark on 2 and 7 May respectively.") == [
        ("call", ["FIN"], ["DNK"], "2025-05-07"), ("call", ["FIN"], ["SWE"], "2025-05-02")]


@pytest.mark.parametrize("text, days", [
    ("on 28 and 29 April", [(28, 4, 29)]),         # two days in a row: one span
    ("On May 2 and 7 others were released", [(2, 5, None)]),
    ("on May 2 and 7, 2025.", [(2, 5, None), (7, 5, None)]),
    ("On 7 and 2 May", [(2, 5, None)]),            # no rising list
    ("Resolution 2 and 7 May", [(7, 5, None)]),    # no "on" before the list
])
def test_what_is_read(text: str, days: list[tuple]) -> None:
    assert [(d.d1, d.m1, d.d2) for d in find_dates(text) if d.d1] == days



@pytest.mark.parametrize("text", [
    # (as many partners as days listed: the n-th partner's is the n-th day)
    "Minister Laine spoke by phone with her counterparts from Sweden and Denmark on 2 "
    "and 7 May.",
    "The Minister spoke by phone with the foreign ministers of Sweden and Denmark on May "
    "2 and 7.",
])
def test_as_many_partners_as_days(text: str) -> None:
    assert _contacts(text) == [("call", ["FIN"], ["DNK"], "2025-05-07"),
                               ("call", ["FIN"], ["SWE"], "2025-05-02")]
