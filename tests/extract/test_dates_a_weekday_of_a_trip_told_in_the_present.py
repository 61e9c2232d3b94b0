"""A bare weekday in a sentence that tells a journey or an occasion in the present ("The
State Secretary travels to Nairobi on Wednesday", written on a Monday) is the coming
one, as with "will"; told in the past, or after "following" or "since", it stays behind
(sentences of our own)."""

from __future__ import annotations

import pytest

_HEAD = "Oslo, Monday 3 February 2020\n\n"


@pytest.mark.parametrize(("text", "kind", "other", "day"), [
    ("The State Secretary travels to Nairobi on Wednesday.", "visit", "KEN", "2020-02-05"),
    ("On Thursday the Minister heads to Addis Ababa, where she meets the Foreign Minister "
     "of Ethiopia.", "meeting", "ETH", "2020-02-06"),
    ("The Minister visits Stockholm on Friday for talks with her Swedish counterpart.",
     "meeting", "SWE", "2020-02-07"),
    ("On Wednesday the Foreign Minister attends a conference in Vienna and meets the "
     "Austrian Foreign Minister.", "meeting", "AUT", "2020-02-05"),
    ("The Crown Prince leaves for Tokyo on Tuesday.", "visit", "JPN", "2020-02-04"),
])
def test_the_coming_weekday(ex, text, kind, other, day):
    got = ex(_HEAD + text, issuer="NOR", date="2020-02-03", types=[kind])
    assert got == [(kind, ("NOR",), (other,), day)]


@pytest.mark.parametrize("text", [
    "On Friday the Minister met the Foreign Minister of Sweden in Stockholm.",
    "The Minister hosts a seminar in Oslo today, following her talks with the Foreign "
    "Minister of Sweden on Friday.",
])
def test_a_weekday_behind_stays_behind(ex, text):
    got = ex(_HEAD + text, issuer="NOR", date="2020-02-03", types=["meeting"])
    assert ("meeting", ("NOR",), ("SWE",), "2020-01-31") in got
