"""A meeting of a format named by a river basin or a region and a country ("the
Mekong-ROK Foreign Ministers Meeting", "the Sahel-Japan Ministerial Meeting", "the
Nordic-Baltic ... " already) is a session of many: no bilateral meeting with the
country. Two countries joined by a hyphen stay a bilateral meeting (texts of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[list[str], list[str]]]:
    return [(r.from_, r.to)
            for r in extract_text(text, issuer="KHM", date="2025-09-03").records
            if r.type == "meeting"]


@pytest.mark.parametrize("text", [
    "On Sept. 8, both foreign ministers will co-chair the 12th Mekong-ROK Foreign Ministers "
    "Meeting in Seoul.",
    "The Minister attended the Mekong-Japan Foreign Ministers' Meeting in Tokyo on Monday.",
    "The Deputy Prime Minister co-chaired the Lancang-Mekong Foreign Ministers Meeting on "
    "Monday.",
    "The Minister took part in the Sahel-Japan Ministerial Meeting in Tokyo on 1 September.",
    "Officials prepared the Mekong-US Ministerial Meeting held in Vientiane on Monday.",
])
def test_no_bilateral_meeting_with_the_country(text):
    assert [m for m in _meetings(text) if m[1] in (["KOR"], ["JPN"], ["CHN"], ["USA"])] == []


@pytest.mark.parametrize(("text", "to"), [
    ("The Minister attended the Cambodia-Japan Foreign Ministers Meeting in Tokyo on Monday.",
     "JPN"),
    ("The Cambodia-Korea Foreign Ministers' Meeting was held in Seoul on 1 September.", "KOR"),
])
def test_two_countries_stay_a_bilateral_meeting(text, to):
    assert _meetings(text) == [(["KHM"], [to])]
