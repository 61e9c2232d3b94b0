"""A host who "received" a guest's visit with the day told between the verb and the
visit, a date in apposition ("received today, 7 July 2023, the visit of", "received on
Friday, 7 July, the official visit of"), gives the visit and, when the host is a
person ("the Head of Government", "the President"), the meeting; a country as the host
gives the visit alone (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_LEAD = "Dili, 7 July 2023\n\n"


def _recs(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str | None]]:
    recs = extract_text(_LEAD + text, issuer="TLS").records
    return sorted((r.type, tuple(r.from_), tuple(r.to), r.date.start) for r in recs
                  if r.type in ("visit", "meeting"))


@pytest.mark.parametrize("text, guest, day", [
    ("At the Palace the Head of Government, Mr Gusmao, warmly received today, July 7, "
     "2023, an official visit of the Foreign Minister of Kenya.", "KEN", "2023-07-07"),
    ("The Head of Government, Mr Gusmao, received the visit of the Foreign Minister of "
     "Ghana.", "GHA", "2023-07-07"),
    ("The President received on Friday, 7 July, the official visit of the Prime Minister of "
     "Fiji.", "FJI", "2023-07-07"),
    ("The Prime Minister received yesterday, 6 July, the working visit of the Kenyan Foreign "
     "Minister at the Palace.", "KEN", "2023-07-06"),
])
def test_a_person_host_gives_visit_and_meeting(text: str, guest: str, day: str) -> None:
    assert _recs(text) == [("meeting", ("TLS",), (guest,), day),
                           ("visit", (guest,), ("TLS",), day)]


def test_a_country_host_gives_the_visit_alone() -> None:
    assert _recs("Timor-Leste received today, 7 July 2023, the state visit of the President "
                 "of Chile.") == [("visit", ("CHL",), ("TLS",), "2023-07-07")]
