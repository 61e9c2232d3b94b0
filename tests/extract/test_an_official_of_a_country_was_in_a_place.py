"""A foreign official named by office and country who "was in" a place ("The Foreign
Minister of Slovenia was in Oslo on 2 May", "A parliamentary delegation from Slovenia
was in Oslo"): the country right before "was in" is the person's side, so the stay is a
visit; a country as the subject itself ("Armenia was in Russia's orbit") or an
institution of it ("The Embassy of Slovenia was in Oslo") is no trip (sentences of our
own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records

_DAY = "2024-05-10"


@pytest.mark.parametrize(("text", "date"), [
    ("The Foreign Minister of Slovenia was in Oslo on 2 May.", "2024-05-02"),
    ("A parliamentary delegation from Slovenia was in Oslo on 2 May.", "2024-05-02"),
    ("The Prime Minister of Slovenia was in Norway on Thursday.", "2024-05-09"),
    ("The President of the Republic of Slovenia was in Oslo on 2 May.", "2024-05-02"),
    ("A trade mission from Slovenia was also in Bergen on 2 May.", "2024-05-02"),
])
def test_the_officials_stay_is_a_visit(text, date):
    assert records(text, "NOR", CORE, date=_DAY) == [event("visit", "SVN", "NOR", date)]


@pytest.mark.parametrize("text", [
    "Armenia was in Russia's orbit for decades.",
    "The Embassy of Slovenia was in Oslo until 2010.",
    "The Minister of Slovenia was in agreement with the proposal.",
])
def test_no_trip(text):
    assert records(text, "NOR", {"visit"}, date=_DAY) == []
