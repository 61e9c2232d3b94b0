"""A decade ("in the 1990s", "during the 1980's", "since 2000s") is no year of the
event told beside it, and the letter after its figures is no initial: the sentence ends
at its stop, so a year told in the next sentence ("... in the 1990s. Ties were
established in 1972.") does not date the event either. A year itself still dates it
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import event, records

_DAY = "2016-04-21"


@pytest.mark.parametrize("text", [
    "During the meeting with the Ambassador of Chile, the President recalled the help "
    "given in the 1990s.",
    "The President met the Ambassador of Chile and thanked him for the support of the "
    "1980's.",
    "At the meeting with the Ambassador of Chile the President praised the reforms begun "
    "in 1990s.",
    "The President received the Ambassador of Chile, recalling the hard years of the "
    "2000s. Relations were established in 1972.",
    "During the meeting with the Ambassador of Chile the President spoke of the help "
    "given in the 1990s. Trade has grown steadily since 1995.",
])
def test_the_meeting_keeps_the_texts_day(text):
    assert records(text, "MNG", {"meeting"}, date=_DAY) == [
        event("meeting", "MNG", "CHL", _DAY)]


def test_a_year_still_dates_the_event():
    text = "The President met the Ambassador of Chile in 1995 to discuss the 1990s reforms."
    assert records(text, "MNG", {"meeting"}, date=_DAY) == [
        event("meeting", "MNG", "CHL", "1995")]
