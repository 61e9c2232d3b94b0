"""Visits in the plural "to X by" guests who are each named with a title and a name
("the State visits to Vietnam by Chinese President A and US President B", "visits
to Hanoi by President C of Chile and Prime Minister D of Japan") are one visit by
each guest's country, as "by the Presidents of Chile and Peru" are. A single visit
keeps its one guest; a country named after the guests in another role is none
(texts of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, guests", [
    ("Highlights included the State visits to Vietnam by Chinese President Li Wei and "
     "US President John Doe.", ["CHN", "USA"]),
    ("The visits to Hanoi by President Ana Ruiz of Chile and Prime Minister Ken Sato of "
     "Japan were highlights of the year.", ["CHL", "JPN"]),
    ("We hosted official visits to our country by Kenyan President Paul Otieno, "
     "Brazilian President Ana Lima, and Indian Prime Minister Raj Rao.",
     ["BRA", "IND", "KEN"]),
    ("The year saw the state visits to Vietnam by the Presidents of Chile and Peru.",
     ["CHL", "PER"]),
])
def test_each_guest_named_paid_a_visit(ex, text, guests):
    got = ex(text, issuer="VNM", date="2023")
    assert sorted(f for t, frm, _to, _d in got if t == "visit" for f in frm) == guests


@pytest.mark.parametrize("text, guests", [
    ("The visit to Hanoi by President Ana Ruiz of Chile, who thanked Japan, was a "
     "highlight.", ["CHL"]),
    ("The visits to Hanoi by President Ana Ruiz of Chile deepened ties with Peru.", ["CHL"]),
])
def test_a_country_in_another_role_is_no_guest(ex, text, guests):
    got = ex(text, issuer="VNM", date="2023")
    assert sorted(f for t, frm, _to, _d in got if t == "visit" for f in frm) == guests
