"""Two partners each with the date written after them take that date, also when the
first is named by an adjective and a name and the medium stands before its date
("spoke with Ukrainian Foreign Minister A by phone on 8 May and with Moldovan Foreign
Minister B on 9 May"): one call each, not each partner on both days (texts of our
own).

The same for partners each told after their own day, in a digest's list or a sentence
("2 May – with A; 6 May – with B"): a date after ";" is the next item's."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _recs(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="NOR", date="2024-05-10").records
    return sorted((r.type, tuple(r.to), r.date.start) for r in recs
                  if r.type in ("call", "meeting"))


@pytest.mark.parametrize("text, kind", [
    ("The Minister also spoke with Ukrainian Foreign Minister Dmytro Kuleba by phone on 8 "
     "May and with Moldovan Foreign Minister Mihai Popescu on 9 May.", "call"),
    ("The Minister spoke with Ukrainian Foreign Minister Dmytro Kuleba over the phone on 8 "
     "May and with Moldovan Foreign Minister Mihai Popescu on 9 May.", "call"),
    ("The Minister held talks with Ukrainian Foreign Minister Dmytro Kuleba in Kyiv on 8 "
     "May and with Moldovan Foreign Minister Mihai Popescu on 9 May.", "meeting"),
    ("The Minister spoke by phone with the Foreign Minister of Ukraine on 8 May and with "
     "the Foreign Minister of Moldova on 9 May.", "call"),
])
def test_each_on_its_day(text: str, kind: str) -> None:
    assert _recs(text) == [(kind, ("MDA",), "2024-05-09"), (kind, ("UKR",), "2024-05-08")]


@pytest.mark.parametrize("text, kind", [
    ("Telephone conversations: 2 May – with the Foreign Minister of Greece; 6 May – with "
     "the Foreign Minister of Cyprus.", "call"),
    ("The Minister held phone calls on 2 May with the Foreign Minister of Greece; on 6 May "
     "with the Foreign Minister of Cyprus.", "call"),
    ("Meetings with ambassadors: 2 May: Ambassador of Greece; 6 May: Ambassador of "
     "Cyprus.", "meeting"),
    ("The State Secretary met on 2 May with the Ambassador of Greece; on 6 May with the "
     "Ambassador of Cyprus.", "meeting"),
])
def test_each_its_day(text: str, kind: str) -> None:
    assert _recs(text) == [(kind, ("CYP",), "2024-05-06"), (kind, ("GRC",), "2024-05-02")]


def test_three_items() -> None:
    assert _recs("Telephone conversations: 2 May – with the Foreign Minister of Greece; 6 "
                 "May – with the Foreign Minister of Cyprus; 8 May – with the Foreign "
                 "Minister of Malta.") == [("call", ("CYP",), "2024-05-06"),
                                           ("call", ("GRC",), "2024-05-02"),
                                           ("call", ("MLT",), "2024-05-08")]


def test_days_after_the_partners_stay() -> None:
    assert _recs("The Minister met the Foreign Ministers of Germany (Berlin, 24 April), "
                 "Estonia (Tallinn, 29 April) and Italy.") == [
        ("meeting", ("DEU",), "2024-04-24"), ("meeting", ("EST",), "2024-04-29"),
        ("meeting", ("ITA",), "2024-05-10")]


def test_one_day_for_both() -> None:
    assert _recs("On 2 May the Minister spoke by phone with the Foreign Ministers of Greece "
                 "and Cyprus.") == [("call", ("CYP",), "2024-05-02"),
                                    ("call", ("GRC",), "2024-05-02")]
