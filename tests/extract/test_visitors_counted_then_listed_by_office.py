"""Visitors counted or named in the plural before a visit verb, then listed by
office after "including" / "among them" ("Thirty heads of state visited our country
this year, including the presidents of A and B, the prime ministers of C and D, and
the foreign ministers of E"): one visit from each country of the list to the place
visited, not only from the first one, and never from the place to the list (texts of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str, issuer: str = "KAZ") -> list[tuple[list[str], list[str]]]:
    recs = extract_text(text, issuer=issuer, date="2023").records
    return sorted((r.from_, r.to) for r in recs if r.type == "visit")


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("Twenty heads of state and 15 foreign ministers came to Kazakhstan on official "
     "visits in 2024, among whom the presidents of Chile, Peru, the prime ministers of "
     "Japan and Spain, and the foreign ministers of Italy and Malta.", "KAZ",
     ["CHL", "ESP", "ITA", "JPN", "MLT", "PER"]),
    ("Many foreign leaders came to Kazakhstan in 2023, among them the presidents of "
     "Chile and Peru and the prime minister of Japan.", "KAZ", ["CHL", "JPN", "PER"]),
    ("Several ministers visited our country this year, including the foreign ministers "
     "of Spain and Portugal, and the prime ministers of Greece and Malta.", "KAZ",
     ["ESP", "GRC", "MLT", "PRT"]),
    ("In the period under review, 12 foreign delegations visited Mongolia, among whom "
     "were the Speaker of the Parliament of Finland and the ministers of Austria and "
     "Belgium.", "MNG", ["AUT", "BEL", "FIN"]),
])
def test_one_visit_per_listed_country(text: str, issuer: str, expected: list) -> None:
    assert _visits(text, issuer) == sorted(([c], [issuer]) for c in expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the issuer's own trip: the list after "including" is of meetings, not visitors
    ("The Minister visited Spain and Italy, including meetings with the foreign ministers "
     "of Spain and Italy.", [(["KAZ"], ["ESP"]), (["KAZ"], ["ITA"])]),
    # one visitor, not a plural group: no list of visitors
    ("The President of Chile visited Kazakhstan, including the city of Turkistan.",
     [(["CHL"], ["KAZ"])]),
    # visitors counted, but the list names places, not offices
    ("Thirty ministers visited Kazakhstan this year, including the regions of Almaty and "
     "Turkistan.", []),
])
def test_no_list_of_visitors(text: str, expected: list) -> None:
    assert _visits(text) == sorted(expected)
