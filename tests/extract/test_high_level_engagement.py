"""A meeting named as a "summit-level engagement between A and B" or "the first
high-level contact between A and B" is a meeting ("high-level contacts with A, B and C
continued" is a vague mention); "This was the first ..." names the occasion just told
and takes its date, in a year's review as well (sentences of our own)."""

from __future__ import annotations

import pytest

_REVIEW = ("Main results of the year 2019\n\nIn 2019 the Prime Minister paid an official "
           "visit to Turkey. At the invitation of President Piñera, the Prime Minister "
           "visited Chile in July. ")


@pytest.mark.parametrize("follow", [
    "This was the first summit-level engagement between Pakistan and Chile since 1990.",
    "It was the first leader-level engagement between the two countries in a decade, and "
    "the first summit-level engagement with Chile.",
    "This marked the first high-level contact between Pakistan and Chile since 2005.",
])
def test_a_high_level_engagement_told_again_takes_the_date_told(follow):
    from communique.extract import extract_text
    recs = extract_text(_REVIEW + follow, issuer="PAK", date="2019").records
    met = [(r.to, r.date.start) for r in recs if r.type == "meeting"
           and r.source is not None and r.source.text.startswith(follow[:20])]
    assert met and all(d == "2019-07" for _to, d in met) and (["CHL"], "2019-07") in met


def test_a_summit_level_engagement_is_a_meeting(ex):
    text = ("On 3 May the Prime Minister held a summit-level engagement with the President of "
            "Chile in Santiago.")
    assert ex(text, issuer="PAK", date="2019-05-05", types={"meeting"}) == [
        ("meeting", ("PAK",), ("CHL",), "2019-05-03")]


@pytest.mark.parametrize("text", [
    # must not fire: engagement as commitment, contacts as people
    "The Minister welcomed Chile's engagement with the region on Monday.",
    "Pakistan values its high-level contacts list and the engagement of Chilean investors.",
    "During the year, high-level contacts with Chile, Peru and Bolivia continued.",
])
def test_other_engagements_are_no_meeting(ex, text):
    assert ex(text, issuer="PAK", date="2019-05-05", types={"meeting"}) == []
