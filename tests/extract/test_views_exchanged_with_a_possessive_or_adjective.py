"""Views exchanged with a possessive or an adjective before the noun ("exchanged their
views", "exchanged frank views", "exchanged in-depth opinions") are talks as "exchanged
views" are: one meeting of the two sides named as the subject or after "with"; the
medium told after it ("by telephone") makes it a call. Two officials of the same side,
or no side named, give none (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import event, records

_DAY = "2023-03-02"


@pytest.mark.parametrize(("text", "kind"), [
    ("Minister Okafor and Kenyan Foreign Minister Jane Mwangi exchanged their views on "
     "regional cooperation.", "meeting"),
    ("Minister Okafor exchanged frank views with the Kenyan Foreign Minister on regional "
     "issues.", "meeting"),
    ("The foreign ministers of Nigeria and Kenya exchanged their views on trade.", "meeting"),
    ("Nigerian and Kenyan ministers exchanged in-depth opinions on trade.", "meeting"),
    ("The Minister and his Kenyan counterpart exchanged detailed views on the situation in "
     "Sudan.", "meeting"),
    ("Minister Okafor and the Kenyan Foreign Minister exchanged their views by telephone on "
     "the crisis.", "call"),
])
def test_one_exchange_with_the_other_side(text, kind):
    assert records(text, "NGA", {"meeting", "call"}, date=_DAY) == [
        event(kind, "NGA", "KEN", _DAY)]


@pytest.mark.parametrize("text", [
    "The two ministers exchanged their views on regional issues.",
    "Minister Okafor and Deputy Minister Bello exchanged their views on the budget.",
])
def test_no_other_side_gives_none(text):
    assert records(text, "NGA", {"meeting", "call"}, date=_DAY) == []
