"""A day of the month told alone by its ordinal ("on the 28th", "on 4th", "on the 4 th",
with a space before the ending) is that day of the text's month, or of the month before
when it is later than the text's day; two such days in one sentence date two events.
An ordinal before a noun ("on the 75th anniversary") names no day (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _dated(text: str, date: str = "2021-06-20") -> list[tuple[str, tuple[str, ...], str | None]]:
    recs = extract_text(text, issuer="NOR", date=date).records
    return sorted((r.type, tuple(r.to), r.date.start) for r in recs
                  if r.type in ("meeting", "call", "visit"))


@pytest.mark.parametrize("text, day", [
    ("The Foreign Minister met the Prime Minister of Fiji on the 14th.", "2021-06-14"),
    ("On the 3rd, the State Secretary received the Ambassador of Peru.", "2021-06-03"),
    ("The Minister held talks with her Ghanaian counterpart in Oslo on 9 th .", "2021-06-09"),
    ("The Minister spoke by phone on the 1st with the Foreign Minister of Chile.", "2021-06-01"),
    # later than the text's day: the month before
    ("The Minister met the Foreign Minister of Kenya on the 28th in Nairobi.", "2021-05-28"),
])
def test_the_day_of_the_texts_month(text: str, day: str) -> None:
    assert [d for _, _, d in _dated(text)] == [day]


@pytest.mark.parametrize("text", [
    "Following the meeting with the Trade Minister of Canada on the 7th, the Minister "
    "attended the Norway-Canada summit meeting on the 9th.",
    "After her meeting with the Trade Minister of Canada on the 7th, the Minister held a "
    "summit with the Prime Minister of Canada on the 9th.",
])
def test_two_days_alone_date_two_meetings(text: str) -> None:
    assert _dated(text) == [("meeting", ("CAN",), "2021-06-07"),
                            ("meeting", ("CAN",), "2021-06-09")]


def test_a_spaced_ending_before_a_month() -> None:
    assert _dated("The Minister met the Prime Minister of Fiji on the 4 th of May.") == [
        ("meeting", ("FJI",), "2021-05-04")]


@pytest.mark.parametrize("text", [
    "The Minister spoke by phone with the Foreign Minister of Chile on the 75th anniversary "
    "of relations.",
    "The Minister met the Ambassador of Peru on the 5th floor of the Ministry.",
])
def test_an_ordinal_before_a_noun_is_no_day(text: str) -> None:
    assert [d for _, _, d in _dated(text)] == ["2021-06-20"]


def test_no_day_known_leaves_it_undated() -> None:
    recs = extract_text("The Minister met the Prime Minister of Fiji on the 14th.",
                        issuer="NOR").records
    assert [r.date.start for r in recs if r.type == "meeting"] in ([None], [])
