"""A meeting told with no day of its own, then named again by its noun with the day it
was held ("Minister A met Lord B in London. The bilateral talks took place at
Lancaster House on Thursday 4 May."): one meeting, on that day, not one on the page's
day and another on the day told. A meeting of other sides, an earlier or a later one,
or a first sentence with its own day is left as it was (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    return [(r.to, r.date.start)
            for r in extract_text(text, issuer="FJI", date="2023-05-14").records
            if r.type == "meeting"]


@pytest.mark.parametrize("text", [
    "Fiji Minister for Foreign Affairs Hon. Ana Tora met Lord Bell, UK Minister of State for "
    "the Pacific, in London.\n\nThe bilateral talks were held at Lancaster House in London "
    "on Thursday 4th May 2023.",
    "Minister Ana Tora met the British Minister of State in London.\n\nThe meeting was held "
    "at the Foreign Office on Thursday 4 May.",
    "Minister Ana Tora held talks with the Minister of State of the United Kingdom. The "
    "talks took place in London on 4 May 2023.",
    "Lord Bell, the UK Minister of State, received Minister Ana Tora in London. The "
    "courtesy call was conducted at Lancaster House on 4 May.",
])
def test_one_meeting_on_the_day_told(text):
    assert _meetings(text) == [(["GBR"], "2023-05-04")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Minister Ana Tora met the Foreign Minister of Chile in Santiago.\n\nThe meeting with "
     "the President of Peru was held on 4 May.",
     [(["CHL"], "2023-05-14"), (["PER"], "2023-05-04")]),
    ("On 10 May Minister Ana Tora met the Foreign Minister of Chile in Santiago.\n\nThe "
     "meeting was held at the Ministry on Thursday 4 May.", [(["CHL"], "2023-05-10")]),
    ("Minister Ana Tora met the Foreign Minister of Chile in Santiago.\n\nThe previous "
     "meeting was held in Suva on 4 March 2021.", [(["CHL"], "2023-05-14")]),
    ("Minister Ana Tora met the Foreign Minister of Chile in Santiago.\n\nThe next meeting "
     "will be held on 4 June.", [(["CHL"], "2023-05-14")]),
    ("Minister Ana Tora met the Foreign Minister of Chile in Santiago.\n\nThe meeting was "
     "held in a cordial atmosphere.", [(["CHL"], "2023-05-14")]),
])
def test_other_days_are_left(text, expected):
    assert _meetings(text) == expected
