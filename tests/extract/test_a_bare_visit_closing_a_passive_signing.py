"""A bare "the visit" closing a passive that tells what was done on it ("Four agreements
were signed during the visit.", "The following documents were signed in the course of
the visit:") names the visit of the meeting just told, as "During the visit, ..." opening
the sentence does: the issuer's visit to the partner when the talks were told in the
partner's country, the partner's visit to the issuer when they were told at home. Not
documents of an earlier trip ("reviewed the agreements signed during the visit"), nor a
visit with its own sides after it ("during the visit of A to B") (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _visits(text: str, issuer: str) -> list[tuple]:
    return records(text, issuer, {"visit"}, date="2023")


@pytest.mark.parametrize("issuer, text, expected", [
    ("MDV", "Foreign Minister Shahid met Foreign Minister Bourita of Morocco on 15 November in "
            "Rabat. Four agreements were signed during the visit.",
     [("visit", ("MDV",), ("MAR",), "2023-11-15")]),
    ("KEN", "The Cabinet Secretary held talks with the Foreign Minister of Ghana in Accra on "
            "3 May. The following memoranda were signed in the course of the visit:",
     [("visit", ("KEN",), ("GHA",), "2023-05-03")]),
    ("NOR", "On 9 June the State Secretary met the Deputy Foreign Minister of Vietnam in Hanoi. "
            "A work plan for 2024 was signed during the visit.",
     [("visit", ("NOR",), ("VNM",), "2023-06-09")]),
    ("EST", "Minister Tsahkna met Foreign Minister van Klaveren of Chile in Santiago on 2 March. "
            "Two memoranda of understanding were also signed on the occasion of the visit.",
     [("visit", ("EST",), ("CHL",), "2023-03-02")]),
    # told at home: the partner came
    ("PER", "On 4 April the Minister met the Foreign Minister of Japan in Lima. Three "
            "agreements have been signed during the visit.",
     [("visit", ("JPN",), ("PER",), "2023-04-04")]),
])
def test_the_visit_closing_a_passive_is_the_meetings(issuer: str, text: str,
                                                     expected: list) -> None:
    assert _visits(text, issuer) == expected


@pytest.mark.parametrize("issuer, text, expected", [
    # documents of an earlier trip, named by a participle
    ("PER", "The Vice Minister met the Deputy Minister of Foreign Affairs of Japan in Tokyo. "
            "The ministers reviewed the agreements signed during the visit.", []),
    # a visit with its own sides after it
    ("PER", "The Vice Minister met the Deputy Minister of Foreign Affairs of Japan in Tokyo. "
            "Two agreements were signed during the visit of the President of Chile to Japan.",
     [("visit", ("CHL",), ("JPN",), "2023")]),
    # a partner only called: no one travelled
    ("PER", "The Minister spoke by phone with the Foreign Minister of Japan. Two agreements "
            "were signed during the visit.", []),
])
def test_near_misses_keep_their_reading(issuer: str, text: str, expected: list) -> None:
    assert _visits(text, issuer) == expected
