"""An agency's lead dates only its saying ("A had phone talks with B, the ministry said
Wednesday"); the sentence right after names the same call or meeting again, an aside
or not, and tells when it began or was held ("The conversation, requested by B, began
at 9 p.m. Tuesday and lasted an hour"): the event is of that day, one record (texts of
our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, kind, partner, day", [
    ("Foreign Minister Ana Lopez had phone talks with her Chilean counterpart, the "
     "ministry said Wednesday. The conversation, arranged at Chile's request, began at "
     "8:45 p.m. Tuesday and went on for about an hour.", "call", "CHL", "2024-03-05"),
    ("Foreign Minister Ana Lopez spoke by telephone with the Foreign Minister of Kenya, "
     "her office said on Thursday. The call started on Monday evening.",
     "call", "KEN", "2024-03-04"),
    ("Minister Lopez held talks with Polish Foreign Minister Jan Nowak, the ministry "
     "announced on Wednesday. The talks, the first in two years, took place on Monday "
     "in Warsaw.", "meeting", "POL", "2024-03-04"),
    ("Minister Lopez met the Prime Minister of Fiji, officials said Wednesday. The "
     "meeting lasted two hours on Tuesday afternoon.", "meeting", "FJI", "2024-03-05"),
])
def test_the_day_told_after_dates_the_event(ex, text, kind, partner, day):
    got = ex(text, issuer="ARG", date="2024-03-06")
    assert [(r[2], r[3]) for r in got if r[0] == kind] == [((partner,), day)]


@pytest.mark.parametrize("text, kind, partner", [
    # the day told after is another occasion's, or none at all
    ("Foreign Minister Ana Lopez had phone talks with her Chilean counterpart, the "
     "ministry said Wednesday. Their last conversation took place on 2 January.",
     "call", "CHL"),
    ("Minister Lopez met the Prime Minister of Fiji, officials said Wednesday. The "
     "next meeting will take place on Friday.", "meeting", "FJI"),
])
def test_another_occasion_dates_nothing(ex, text, kind, partner):
    got = ex(text, issuer="ARG", date="2024-03-06")
    assert [(r[2], r[3]) for r in got if r[0] == kind][0] == ((partner,), "2024-03-06")
