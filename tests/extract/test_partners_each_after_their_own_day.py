"""A digest's list where each partner follows its own day ("Telephone conversations: 2
May – with the Foreign Minister of Greece; 6 May – with the Foreign Minister of
Cyprus", "held phone calls on 2 May with A; on 6 May with B"): each partner takes the
day before it, not the next item's; partners each with the day after them keep those
(texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _recs(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="NOR", date="2024-05-10").records
    return sorted((r.type, tuple(r.to), r.date.start) for r in recs
                  if r.type in ("meeting", "call"))


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
