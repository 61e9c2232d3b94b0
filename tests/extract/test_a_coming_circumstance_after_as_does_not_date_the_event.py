"""A circumstance told in the present after "as" ("... as Chile's presidency of the
Council begins in April", "as Peru takes over the chair in June") names the time of
that coming occasion, not of the meeting the sentence tells (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "to"), [
    ("Minister Jane Doe met the Chilean Deputy Foreign Minister to discuss UN matters as "
     "Chile's Security Council presidency begins in April.", "CHL"),
    ("The Foreign Secretary held talks with the Norwegian State Secretary as Norway's "
     "term on the Board starts in September.", "NOR"),
    ("Minister Jane Doe received the Ambassador of Peru to prepare the summit as Peru "
     "takes over the chairmanship of the group in June.", "PER"),
    ("The Foreign Secretary met the Kenyan Foreign Minister as the Kenyan presidency "
     "prepares to open the conference in October.", "KEN"),
])
def test_the_month_of_the_coming_circumstance_is_not_the_meetings(ex, text, to):
    got = ex(text, issuer="GBR", date="2011-01-28", types=["meeting"])
    assert got == [("meeting", ("GBR",), (to,), "2011-01-28")]


@pytest.mark.parametrize(("text", "day"), [
    # the event's own time, told after it, and "as well as" / "as part of"
    ("Minister Jane Doe met the Chilean Deputy Foreign Minister on 20 January as well as "
     "the Ambassador.", "2011-01-20"),
    ("The Foreign Secretary held talks with the Norwegian State Secretary on 24 January "
     "as part of the visit that begins in March.", "2011-01-24"),
    # a past clause after "as" is the meeting's own time
    ("The Foreign Secretary met the Kenyan Foreign Minister as the conference opened "
     "on 19 January.", "2011-01-19"),
])
def test_the_events_own_time_stays(ex, text, day):
    got = ex(text, issuer="GBR", date="2011-01-28", types=["meeting"])
    assert [g[3] for g in got] == [day]
