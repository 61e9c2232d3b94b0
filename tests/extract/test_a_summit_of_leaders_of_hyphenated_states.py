"""A summit or meeting named by the leaders or ministers of three or four states whose
countries follow it joined by hyphens ("the Summit of Heads of State of A-B-C was held",
"a meeting of the foreign ministers of A-B-C took place") is one meeting of those sides,
as "the A-B-C summit" is (it was read as a session of many with no partner). Told again
on the same day in another sentence, with its sides in another order ("visited C to
attend the summit of A-B-C", then "the summit ... was held"), it is that one meeting. A
region or a body in the chain, or a summit still to come, is no such meeting (sentences
of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _meetings(text: str, issuer: str, date: str = "2023") -> list[tuple]:
    return records(text, issuer, {"meeting"}, date=date)


@pytest.mark.parametrize("text, issuer, expected", [
    ("On 12 May, the Summit of Heads of State of Kazakhstan-Uzbekistan-Kyrgyzstan was "
     "held in Cholpon-Ata.", "KAZ", [("meeting", ("KAZ",), ("UZB", "KGZ"), "2023-05-12")]),
    ("A meeting of the foreign ministers of Georgia-Azerbaijan-Turkey took place in "
     "Tbilisi on 2 June.", "AZE", [("meeting", ("AZE",), ("GEO", "TUR"), "2023-06-02")]),
    ("Minister Aurescu attended the Summit of Heads of State of "
     "Romania-Bulgaria-Greece-Serbia held in Varna on 9 October.", "ROU",
     [("meeting", ("ROU",), ("BGR", "GRC", "SRB"), "2023-10-09")]),
    ("On 4 April the summit of the leaders of Italy-Greece-Cyprus was convened in Rome.",
     "ITA", [("meeting", ("ITA",), ("GRC", "CYP"), "2023-04-04")]),
    ("The Meeting of Ministers of Foreign Affairs of Egypt-Jordan-Iraq was held in "
     "Baghdad on 21 August.", "JOR", [("meeting", ("JOR",), ("EGY", "IRQ"), "2023-08-21")]),
])
def test_the_summit_of_hyphenated_states_is_their_meeting(text: str, issuer: str,
                                                           expected: list) -> None:
    assert _meetings(text, issuer) == expected


def test_told_again_in_another_order_it_is_one_meeting() -> None:
    text = ("The Minister visited Kyrgyzstan on 11-12 May to join the President at the "
            "Summit of Heads of State of Kazakhstan-Uzbekistan-Kyrgyzstan held in "
            "Cholpon-Ata on 12 May.\n\nOn the second day of the visit, the Summit of Heads "
            "of State of Kazakhstan-Uzbekistan-Kyrgyzstan was held.")
    got = _meetings(text, "KAZ")
    assert len(got) == 1 and set(got[0][2]) == {"UZB", "KGZ"} and got[0][3] == "2023-05-12"


@pytest.mark.parametrize("text, issuer", [
    # a region on one side: a summit of many
    ("The Summit of Heads of State of Central Asia-China was held in Xi'an on 19 May.",
     "CHN"),
    ("The Summit of Heads of State of the EU-Central Asia was held on 2 June.", "KAZ"),
    # a body's summit
    ("The President attended the Summit of Heads of State of the Organization of Turkic "
     "States held in Astana on 3 November.", "KAZ"),
    # still to come
    ("The next Summit of Heads of State of Türkiye-Azerbaijan-Turkmenistan will be held "
     "in Ankara.", "TUR"),
])
def test_regions_bodies_and_plans_are_no_such_meeting(text: str, issuer: str) -> None:
    assert _meetings(text, issuer) == []


def test_two_meetings_with_one_side_on_a_day_stay_two() -> None:
    text = ("On 19 October, the Foreign Minister met his Cypriot counterpart in Athens. On "
            "19 October, the Foreign Minister also met the Prime Minister of Cyprus.")
    assert len(_meetings(text, "GRC", "2021")) == 2
