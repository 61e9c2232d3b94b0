"""Consultations named by the office that holds them ("Foreign Office
Consultations", "Foreign Secretary-level consultations") and counted in rounds
("the third round of Foreign Office Consultations", "a second round of
bilateral political consultations") are consultations with the country named
beside them; postponed or coming rounds give none (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _brief(text: str) -> list[tuple[str, list[str], str | None]]:
    return [(r.type, r.to, r.date.start)
            for r in extract_text(text, issuer="KEN", date="2025-05-15").records]


@pytest.mark.parametrize(("text", "to", "day"), [
    ("Kenya and Uganda held the third round of Foreign Office Consultations in Kampala "
     "yesterday.", "UGA", "2025-05-14"),
    ("The Principal Secretary led the Kenyan delegation at the Foreign Office Consultations "
     "with Egypt in Cairo on Monday.", "EGY", "2025-05-12"),
    ("Foreign Secretary-level consultations between Kenya and Tanzania were held in Nairobi "
     "on 2 May.", "TZA", "2025-05-02"),
    ("In Lusaka on 6 May, Kenya and Zambia concluded a fifth round of bilateral political "
     "consultations.", "ZMB", "2025-05-06"),
    ("The Foreign Ministry Consultations with Rwanda, the first in four years, took place in "
     "Kigali in April.", "RWA", "2025-04"),
])
def test_consultations_named_by_office_or_round(text, to, day):
    assert [b for b in _brief(text) if b[0] == "consultation"] == [("consultation", [to], day)]


@pytest.mark.parametrize("text", [
    "The Foreign Office Consultations with Ethiopia were postponed to next year.",
    "The two sides agreed to hold the next round of Foreign Office Consultations in Nairobi.",
    "The Foreign Office building in Nairobi hosted a public lecture on consultations with "
    "civil society.",
])
def test_rounds_not_held_give_no_consultation(text):
    assert [t for t, _, _ in _brief(text) if t == "consultation"] == []


def test_rounds_counted_are_no_new_consultation():
    got = _brief("Kenya and Uganda have held 7 rounds of Foreign Office Consultations since 2005.")
    assert [t for t, _, _ in got if t == "consultation"] == []
