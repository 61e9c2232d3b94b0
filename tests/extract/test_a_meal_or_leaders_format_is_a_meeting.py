"""Three ways a readout tells a meeting without "met" (texts of our own):

- a standing meeting of two leaders named by its format ("the Leaders' Retreat",
  "the Annual Leaders' Consultation", "the annual summit between A and B"); a summit
  between a country and a body stays a session;
- a meal with a foreign official, whatever the verb ("took part in a working breakfast
  with", "shared a working lunch");
- an official who "interacted with" a foreign official or a visiting delegation (the
  delegation the visitor, whatever its capitals)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("The 9th Thailand-Laos Leaders' Retreat was held in Vientiane on 14 May 2024.",
     "THA", [event("meeting", "THA", "LAO", "2024-05-14")]),
    ("Norway and Iceland held the 4th Annual Leaders' Consultation in Reykjavik on "
     "14 May 2024.", "NOR", [event("meeting", "NOR", "ISL", "2024-05-14")]),
    ("On 14 May 2024 the Prime Minister attended the annual Leaders' Retreat with "
     "Vietnamese Prime Minister Pham Minh Chinh in Da Nang.",
     "SGP", [event("meeting", "SGP", "VNM", "2024-05-14")]),
    ("The yearly summit between Portugal and Spain took place in Faro on 14 May 2024.",
     "PRT", [event("meeting", "PRT", "ESP", "2024-05-14")]),
    ("A bilateral summit between Latvia and Lithuania was held in Riga on 14 May 2024.",
     "LVA", [event("meeting", "LVA", "LTU", "2024-05-14")]),
])
def test_a_leaders_format_of_two_is_a_meeting(text: str, issuer: str,
                                              expected: list[tuple]) -> None:
    assert records(text, issuer, CORE, date="2024-05-20") == expected


def test_a_summit_between_a_body_and_a_country_stays_a_session() -> None:
    got = records("The summit between the EU and Japan was held in Tokyo on 14 May 2024.",
                  "JPN", CORE | {"multilateral"}, date="2024-05-20")
    assert [r[0] for r in got] == ["multilateral"]


@pytest.mark.parametrize("text, issuer, expected", [
    ("On 14 May the Foreign Minister took part in a working breakfast with her Danish "
     "peer, Lars Holm.", "EST", [event("meeting", "EST", "DNK", "2024-05-14")]),
    ("The Foreign Minister participated on Tuesday in a working breakfast with the "
     "Foreign Minister of Chile.", "URY", [event("meeting", "URY", "CHL", "2024-05-14")]),
    ("On 14 May the Minister and the Foreign Minister of Ghana shared a working lunch "
     "in Accra.", "TGO", [event("meeting", "TGO", "GHA", "2024-05-14")]),
    ("The Minister shared a private dinner with the Prime Minister of Malta on 14 May.",
     "ITA", [event("meeting", "ITA", "MLT", "2024-05-14")]),
    ("On 14 May the Secretary had lunch with his Canadian counterpart in Ottawa.",
     "USA", [event("meeting", "USA", "CAN", "2024-05-14")]),
])
def test_a_meal_with_an_official_is_a_meeting(text: str, issuer: str,
                                              expected: list[tuple]) -> None:
    assert records(text, issuer, CORE, date="2024-05-20") == expected


def test_a_meal_with_no_foreign_official_is_none() -> None:
    assert records("On 14 May the Minister had lunch with students of the Academy.",
                   "EST", CORE, date="2024-05-20") == []


@pytest.mark.parametrize("text, issuer, expected", [
    ("On 14 May the Minister of State interacted with the Foreign Minister of Ghana on "
     "the sidelines of the forum.", "IND", [event("meeting", "IND", "GHA", "2024-05-14")]),
    ("The Minister interacted briefly with his Nepali counterpart on 14 May.",
     "BGD", [event("meeting", "BGD", "NPL", "2024-05-14")]),
    ("On 14 May the External Affairs Minister interacted with the visiting "
     "Parliamentary Delegation from Germany.",
     "IND", [event("meeting", "IND", "DEU", "2024-05-14"),
             event("visit", "DEU", "IND", "2024-05-14")]),
])
def test_interacted_with_an_official_is_a_meeting(text: str, issuer: str,
                                                  expected: list[tuple]) -> None:
    assert records(text, issuer, CORE, date="2024-05-20") == sorted(expected)


def test_interacting_with_the_public_is_none() -> None:
    assert records("On 14 May the Minister interacted with students and journalists.",
                   "IND", CORE, date="2024-05-20") == []


@pytest.mark.parametrize("text", [
    "On 14 May the Foreign Minister met her Danish peer, Lars Holm, in Tallinn.",
    "On 14 May the Foreign Minister received his Danish opposite number in Tallinn.",
])
def test_a_peer_named_by_the_adjective_is_a_counterpart(text: str) -> None:
    assert records(text, "EST", CORE, date="2024-05-20") == [
        event("meeting", "EST", "DNK", "2024-05-14")]
