"""Meetings or consultations qualified as regular, frequent or periodic after a
gerund or a noun of value ("by having regular high-level meetings", "the importance
of frequent consultations") are a practice wished for, no occasion; regular talks
held on a day still are one (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _events(text: str, issuer: str = "GHA") -> list[tuple[str, tuple[str, ...]]]:
    recs = extract_text(text, issuer=issuer, date="2019-09-12").records
    return [(r.type, tuple(r.to)) for r in recs
            if r.type in ("meeting", "consultation", "visit")]


@pytest.mark.parametrize("text", [
    "The minister stressed the need to keep building the partnership by holding regular "
    "high-level meetings between Ghana and Togo.",
    "She underlined the importance of having frequent ministerial consultations between "
    "Ghana and Benin.",
    "The minister spoke of the value of regular high-level engagement between Ghana and "
    "Nigeria.",
    "Both sides saw merit in periodic visits between Ghana and Togo.",
])
def test_regular_contacts_wished_for_are_no_event(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("On 11 September the foreign ministries of Ghana and Togo held their regular "
     "consultations in Accra.", [("consultation", ("TGO",))]),
    ("On 11 September the minister held a high-level meeting with the Togolese minister "
     "in Accra.", [("meeting", ("TGO",))]),
])
def test_contacts_held_on_a_day_are_events(text: str, want: list) -> None:
    assert _events(text) == want
