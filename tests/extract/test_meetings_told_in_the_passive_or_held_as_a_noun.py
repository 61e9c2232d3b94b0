"""Meetings told in the passive or as a noun held: a guest "was yesterday received
by" a host (a bare adverb of time between the auxiliary and the verb), "A talk was
held on Friday between A and B", "A discussion was held with", "Interactions were
held with", and a courtesy or farewell call "paid to / on" the host "by" the guest
(sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize(("text", "partners", "day"), [
    ("The Ambassador of Cuba was yesterday received by the Minister.", ["CUB"],
     "2024-03-02"),
    ("The Foreign Minister of Peru was this morning received by the President.", ["PER"],
     "2024-03-03"),
    ("A talk was held on Friday between the Minister and the Foreign Minister of Spain.",
     ["ESP"], "2024-03-01"),
    ("A discussion was held with the High Commissioner of Canada on 2 March.", ["CAN"],
     "2024-03-02"),
    ("Interactions were held on Friday with the ambassadors of Japan and Korea.",
     ["JPN", "KOR"], "2024-03-01"),
    ("A courtesy visit was paid to the Minister by the Ambassador of India on Friday.",
     ["IND"], "2024-03-01"),
    ("A farewell call was paid on the Minister by the outgoing Apostolic Nuncio on 2 March.",
     ["VAT"], "2024-03-02"),
])
def test_the_passive_or_the_noun_held_is_a_meeting(ex, text, partners, day):
    got = ex(text, issuer="GHA", date=_DAY, types=["meeting"])
    assert sorted(g[2][0] for g in got) == partners and {g[3] for g in got} == {day}


@pytest.mark.parametrize("text", [
    "The request was yesterday received by the Embassy of Chile.",
    "A discussion was held with students of the University of Ghana on Friday.",
    "A courtesy visit was paid to the museum by the students.",
])
def test_a_thing_or_no_official_is_no_meeting(ex, text):
    assert ex(text, issuer="GHA", date=_DAY, types=["meeting"]) == []


def test_a_discussion_told_during_a_meeting_is_that_meeting(ex):
    text = ("These issues were raised at a meeting between the Minister and the "
            "Foreign Minister of Chile on Friday.")
    assert ex(text, issuer="GHA", date=_DAY, types=["meeting"]) == [
        ("meeting", ("GHA",), ("CHL",), "2024-03-01")]
