"""A demonym written where a country's name goes, in a list of names ("the foreign
ministers of Chile, Somali and Peru"), is that country: a side like the others. A
demonym before a noun it qualifies ("Peruvian cities", "Bolivian issues") is no name
(our sentences)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import event, records


@pytest.mark.parametrize(("text", "expected"), [
    ("On 2 June Minister Iva Horak met the foreign ministers of Chile, Somali and Peru.",
     ["CHL", "PER", "SOM"]),
    ("On 2 June Minister Iva Horak held talks with the ministers of Somali and Kenya.",
     ["KEN", "SOM"]),
    ("On 2 June Minister Iva Horak received the ambassadors of Ghana and Togolese.",
     ["GHA", "TGO"]),
    ("Minister Iva Horak met on 2 June with her counterparts from Laos, Nepali and Bhutan, "
     "A, B and C, respectively.", ["BTN", "LAO", "NPL"]),
])
def test_the_demonym_is_a_side(text, expected):
    assert records(text, "CZE", {"meeting"}, date="2021-07-01") == [
        event("meeting", "CZE", c, "2021-06-02") for c in expected]


@pytest.mark.parametrize("text", [
    "On 2 June Minister Iva Horak met officials of Chile and discussed Peruvian and "
    "Bolivian issues.",
    "On 2 June Minister Iva Horak visited Chile and Peruvian border towns.",
])
def test_a_demonym_before_its_noun_is_no_name(text):
    recs = records(text, "CZE", {"meeting", "visit"}, date="2021-07-01")
    assert all(r[2] == ("CHL",) for r in recs)
