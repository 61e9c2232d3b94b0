"""A country's adjective that names one of the ministry's own desks ("the American
and Pacific Affairs Division", "the Department of Chinese Affairs") is an office of
the ministry, not a side of the visit or meeting told around it; the adjective
before a title of that country's own ("the Chinese Foreign Affairs Minister") still
names it (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _events(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    recs = extract_text(text, issuer="NGA", date="2017-10-13").records
    return sorted((r.type, tuple(r.from_), tuple(r.to)) for r in recs
                  if r.type in ("visit", "meeting"))


@pytest.mark.parametrize(("text", "expected"), [
    ("According to a note from the American and Pacific Affairs Division of the Ministry, "
     "the Minister of Japan paid a two-day visit to Nigeria from 9 to 11 October.",
     [("visit", ("JPN",), ("NGA",))]),
    ("A note on the official visit, released by the Chinese Affairs Department, said the "
     "Foreign Minister of Ghana paid a visit to Nigeria on 9 October.",
     [("visit", ("GHA",), ("NGA",))]),
    ("The statement on the visit, issued by the Department of Indian and Pacific Affairs, "
     "said the Foreign Minister of Fiji visited Abuja on 9 October.",
     [("visit", ("FJI",), ("NGA",))]),
])
def test_a_desk_of_the_ministry_is_no_side(text: str, expected: list) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "partner"), [
    ("The Minister received the Chinese Foreign Affairs Minister on 9 October.", "CHN"),
    ("The Minister met the Chinese Ambassador on 9 October.", "CHN"),
])
def test_the_adjective_before_a_title_still_names_the_country(text: str,
                                                              partner: str) -> None:
    assert _events(text) == [("meeting", ("NGA",), (partner,))]
