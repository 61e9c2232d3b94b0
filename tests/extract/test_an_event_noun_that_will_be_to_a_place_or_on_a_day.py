"""An event noun whose verb is a future "be" with a place or a day ("his first trip
abroad will be to Lisbon on 4 May", "The next round of talks will be in Geneva",
"The visit is to be on Monday") tells an event to come, not one held; the same
nouns with a past verb, or a future said of something else, are still read (texts of
our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Minister Ana Costa said on Monday that her first official visit abroad will be to "
    "Madrid, Spain, on 4 May.",
    "The Foreign Minister's next visit will be to Tokyo in the autumn.",
    "His visit to Chile would be on 12 May, the ministry said.",
    "The next round of consultations with Norway will be in Oslo on 3 June.",
    "The first trip of the new minister as head of the diplomacy is to be to Warsaw "
    "on Friday.",
])
def test_an_event_that_will_be_to_a_place_is_ahead(ex, text):
    assert [r for r in ex(text, issuer="PRT", date="2024-04-22")
            if r[0] in ("visit", "consultation")] == []


@pytest.mark.parametrize("text, kind, partner", [
    ("Her first official visit abroad was to Madrid, where she met Foreign Minister "
     "Jose Albares on Monday.", "visit", "ESP"),
    ("The Minister visited Chile on Monday, and the next visit will be to Peru in May.",
     "visit", "CHL"),
    ("Consultations with Norway were held in Oslo on 3 June.", "consultation", "NOR"),
    ("The visit to Tokyo was a success and the ties will be stronger.", "visit", "JPN"),
])
def test_the_same_nouns_told_as_held_are_read(ex, text, kind, partner):
    got = ex(text, issuer="PRT", date="2024-06-05")
    assert [r for r in got if r[0] == kind and partner in r[2]], got
