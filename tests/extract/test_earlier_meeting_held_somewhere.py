"""The two sides' earlier meeting told as held somewhere named ("Following their
earlier meeting at the Commonwealth summit in Kigali, ...", "recalled their previous
meeting in Nadi"): a meeting of its own, before the one reported, dated by its own
time or the year only (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_LEAD = ("CANBERRA, 6 October 2022. The Prime Minister welcomed the Prime Minister of Fiji "
         "to Canberra for talks today. ")


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    recs = extract_text(_LEAD + text, issuer="AUS").records
    return [(list(r.to), r.date.start) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize(("text", "day"), [
    ("After their earlier meeting at the Commonwealth summit in Kigali, the two leaders "
     "talked about climate finance.", "2022"),
    ("The leaders recalled their previous meeting in Nadi, in July.", "2022-07"),
    ("Since their last meeting in Nadi, trade between the two has grown.", "2022"),
    ("Building on their last talks on the margins of the G20 summit, the two leaders "
     "agreed to meet again.", "2022"),
])
def test_an_earlier_meeting_held_somewhere_is_its_own(text: str, day: str) -> None:
    assert _meetings(text) == [(["FJI"], "2022-10-06"), (["FJI"], day)]


@pytest.mark.parametrize("text", [
    "During the meeting in Canberra, the leaders discussed climate finance.",
    "Their first meeting in Canberra covered climate finance.",
    "The meeting, held at Parliament House, covered climate finance.",
])
def test_the_meeting_reported_told_again_is_one(text: str) -> None:
    assert _meetings(text) == [(["FJI"], "2022-10-06")]
