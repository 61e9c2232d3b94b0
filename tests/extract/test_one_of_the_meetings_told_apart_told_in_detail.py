"""A lead that lists the sides met and tells the meetings apart ("had back-to-back talks
with the ministers of A, B and C", "The meetings were held separately", a title
"holds bilateral meetings with"), then one of them told in detail, with "also",
"separately" or "bilateral talks" ("Also in Paris, he met with his B counterpart"): the
meeting listed, not one more. With no word that tells them apart, "also" still keeps
another (a group met, then one alone); "again", "a second" or another office met still
tell one more (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_M = {"meeting"}


@pytest.mark.parametrize(("text", "issuer", "to"), [
    ("On Tuesday Foreign Minister Kim Dae-ho had back-to-back talks with counterparts from "
     "Spain, Poland and Chile on the margins of the OECD meeting.\n\n"
     "Also in Paris, Kim met with his Polish counterpart, Jan Nowak, to discuss trade.",
     "KOR", ["CHL", "ESP", "POL"]),
    ("The Minister, Ms Amina Jalo, has met with the Prime Minister of Fiji and the Foreign "
     "Ministers of Chile, Norway and Peru in Geneva. The meetings took place respectively "
     "in the margins of the Human Rights Council.\n\nChile\n\nMs Jalo had bilateral "
     "talks with Chile's Foreign Minister, Mr Juan Soto. They discussed trade.",
     "KEN", ["CHL", "FJI", "NOR", "PER"]),
    ("Jalo holds bilateral meetings with FMs of Chile, Norway and Peru\n\n"
     "Foreign Minister Amina Jalo met her counterparts from Chile, Norway and Peru in Lima "
     "on Saturday.\n\nOn the sidelines of the forum, Jalo also had a meeting with the "
     "Norwegian Foreign Minister, Ola Berg, on fisheries.",
     "KEN", ["CHL", "NOR", "PER"]),
    ("On 4 June the Secretary held separate meetings with her counterparts from Laos, "
     "Cambodia and Vietnam in Vientiane. The Secretary separately discussed the Mekong "
     "with Vietnamese Foreign Minister Bui Thanh Son.",
     "AUS", ["KHM", "LAO", "VNM"]),
    ("Minister Ruiz met the foreign ministers of Angola, Namibia and Zambia one after "
     "another on Monday in Luanda. He also held talks with Zambia's Foreign Minister on "
     "the railway.",
     "BRA", ["AGO", "NAM", "ZMB"]),
])
def test_the_one_listed_told_in_detail(text: str, issuer: str, to: list[str]) -> None:
    got = records(text, issuer, _M, date="2024-06-04")
    assert sorted(r[2][0] for r in got) == to


@pytest.mark.parametrize(("text", "issuer", "to"), [
    # no word tells the listed meetings apart: "also" keeps one more (by design)
    ("Minister Ruiz met the foreign ministers of Angola, Namibia and Zambia on Monday in "
     "Luanda. He also held talks with Zambia's Foreign Minister on the railway.",
     "BRA", ["AGO", "NAM", "ZMB", "ZMB"]),
    # told apart, but "again": a second meeting
    ("Foreign Minister Kim had back-to-back talks in Paris on Tuesday with the ministers of "
     "Spain and Poland. Kim met again with his Polish counterpart over dinner.",
     "KOR", ["ESP", "POL", "POL"]),
    # told apart, but another office of that side
    ("On 4 June the Secretary held separate meetings with her counterparts from Laos "
     "and Vietnam in Vientiane. The Secretary also met the President of Vietnam.",
     "AUS", ["LAO", "VNM", "VNM"]),
])
def test_still_another_meeting(text: str, issuer: str, to: list[str]) -> None:
    got = records(text, issuer, _M, date="2024-06-04")
    assert sorted(r[2][0] for r in got) == to
