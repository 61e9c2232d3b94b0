"""Events between two other countries, told in a third country's text, are theirs:
talks named by a pair of adjectives ("Georgian-Latvian talks took place"), a signing of
two sides as the subject ("Uzbekistan and Tajikistan signed an agreement"), a call made
by a foreign official with another ("The US Secretary of State spoke by phone with the
Chinese Foreign Minister"). Where the issuer is one of them, or the subject lists
partners with someone else, the issuer's reading stands (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize("text, expected", [
    ("Georgian-Latvian talks took place in Tbilisi on 11 March.",
     event("meeting", "GEO", "LVA", "2024-03-11")),
    ("On 11 March, Chilean-Peruvian talks were held in Lima.",
     event("meeting", "CHL", "PER", "2024-03-11")),
    ("Uzbekistan and Tajikistan signed an agreement on water management on 11 March.",
     event("agreement", "UZB", "TJK", "2024-03-11")),
    ("The foreign ministers of Ghana and Togo signed a memorandum on border trade on "
     "11 March.", event("agreement", "GHA", "TGO", "2024-03-11")),
    ("The US Secretary of State spoke by phone with the Chinese Foreign Minister on 11 "
     "March.", event("call", "USA", "CHN", "2024-03-11")),
    ("On 11 March the Prime Minister of India talked with his Japanese counterpart.",
     event("meeting", "IND", "JPN", "2024-03-11")),
])
def test_two_others_event_is_theirs(text: str, expected: tuple) -> None:
    assert records(text, "KAZ", CORE, date="2024-03-12") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Kazakh-Latvian talks took place in Astana on 11 March.",
     [event("meeting", "KAZ", "LVA", "2024-03-11")]),
    ("Kazakhstan and Uzbekistan signed an agreement on water on 11 March.",
     [event("agreement", "KAZ", "UZB", "2024-03-11")]),
    ("On 11 March the Foreign Minister of Japan spoke by phone with the Minister.",
     [event("call", "KAZ", "JPN", "2024-03-11")]),
])
def test_the_issuer_among_them_keeps_its_reading(text: str, expected: list) -> None:
    assert records(text, "KAZ", CORE, date="2024-03-12") == expected


@pytest.mark.parametrize("text, date", [
    ("In March, together with Ukraine and Georgia, the Ministry signed a protocol on visas.",
     "2023-03"),
    ("During the year, along with Ukraine and Georgia signed agreements on visas.", "2023"),
])
def test_partners_listed_with_someone_else_stay_ours(text: str, date: str) -> None:
    got = records("Results of 2023\n\n" + text, "KAZ", CORE, date="2023-12-28")
    assert got == [event("agreement", "KAZ", "GEO", date),
                   event("agreement", "KAZ", "UKR", date)]
