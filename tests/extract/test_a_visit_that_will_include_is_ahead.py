"""A visit (or trip, or stay) said to "will include / will also comprise / is to feature"
a programme is a visit ahead, and so is what it will include: no event, as "will visit"
is none ("The visit to Armenia will also include talks with students"). A visit that
"included" talks was held (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _events(text: str) -> list[tuple[str, list[str], list[str], str | None]]:
    recs = extract_text(text, issuer="NOR", date="2022-10-14").records
    return sorted((r.type, r.from_, r.to, r.date.start) for r in recs
                  if r.type in ("visit", "meeting"))


@pytest.mark.parametrize("text", [
    "The Foreign Minister will travel to Armenia on 16-19 October. His stay in Armenia will "
    "also include talks with students and journalists.",
    "The visit to Armenia will include a meeting with students in Gyumri.",
    "Her stay in Georgia is to feature a visit to the administrative boundary line.",
    "The State Secretary's trip to Moldova will comprise talks with the Prime Minister of "
    "Moldova and a visit to a refugee centre.",
    "The two-day visit to Tbilisi would also involve consultations with the Georgian "
    "Foreign Ministry.",
])
def test_a_programme_ahead_is_no_event(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The Minister visited Armenia on 3 May. The visit included talks with the Prime "
     "Minister.", [("meeting", ["NOR"], ["ARM"], "2022-05-03"),
                   ("visit", ["NOR"], ["ARM"], "2022-05-03")]),
    ("On 3 May the Minister paid a visit to Armenia, which also comprised talks with the "
     "Prime Minister.", [("meeting", ["NOR"], ["ARM"], "2022-05-03"),
                        ("visit", ["NOR"], ["ARM"], "2022-05-03")]),
])
def test_a_programme_held_is_told(text: str, expected: list) -> None:
    assert _events(text) == sorted(expected)
