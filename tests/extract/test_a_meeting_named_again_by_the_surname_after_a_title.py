"""A meeting told, then named again by its noun with the same official called by a
title and the surname alone ("Minister C: meeting with Hungarian Minister A", a page's
headline left under its account): one meeting. The surname after a title whose side the
text names ("Greek Minister A", "the Slovak Foreign Minister B") is that official's
name, so two officials of one side told apart by their surnames stay two meetings, as
does a meeting said to be a second one (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text
from tests.extract.probe_support import CORE, records


@pytest.mark.parametrize("text, issuer, expected", [
    ("Foreign Minister Ann Linde received the Hungarian Foreign Minister Péter Szijjártó at "
     "the palace. They discussed energy and the Western Balkans.\n"
     "Minister Linde: meeting with Hungarian Minister Szijjártó", "SWE",
     [("meeting", ("SWE",), ("HUN",), "2021")]),
    ("Foreign Minister Schallenberg met the Slovak Foreign Minister Ivan Korčok in Vienna on "
     "8 March. The talks covered the pandemic.\n"
     "Schallenberg: meeting with Slovak Minister Korčok in Vienna", "AUT",
     [("meeting", ("AUT",), ("SVK",), "2021-03-08")]),
    ("The Minister met the Greek Foreign Minister, Nikos Dendias, on 3 May.\n"
     "Minister Di Maio: meeting with Greek Foreign Minister Dendias", "ITA",
     [("meeting", ("ITA",), ("GRC",), "2021-05-03")]),
    ("Minister Rau met the Lithuanian Foreign Minister Gabrielius Landsbergis in Warsaw.\n"
     "Minister Rau: meeting with Lithuanian Minister Landsbergis", "POL",
     [("meeting", ("POL",), ("LTU",), "2021")]),
])
def test_a_meeting_named_again_by_surname_is_one(text: str, issuer: str,
                                                  expected: list) -> None:
    assert records(text, issuer, CORE, date="2021") == expected


@pytest.mark.parametrize("text, issuer, expected", [
    # two officials of one side, told apart by their surnames
    ("On 2 July, Minister Rau held talks in Warsaw with the Dutch Foreign Minister Sigrid "
     "Kaag. Later, he had a meeting with Dutch Minister Hoekstra on trade.", "POL",
     [("meeting", ("POL",), ("NLD",), "2021-07-02")] * 2),
    ("On 3 May in Rome, Minister Di Maio held talks with Greek Foreign Minister Nikos "
     "Dendias.\nMinister Di Maio: meeting with Greek Minister Papadopoulos", "ITA",
     [("meeting", ("ITA",), ("GRC",), "2021-05-03")] * 2),
    # a meeting said to be a second one
    ("The Minister met Greek Foreign Minister Nikos Dendias in Madrid on 5 May. She had a "
     "second meeting with Greek Minister Dendias in Athens on 5 May.", "ESP",
     [("meeting", ("ESP",), ("GRC",), "2021-05-05")] * 2),
])
def test_other_officials_or_a_second_meeting_stay_two(text: str, issuer: str,
                                                       expected: list) -> None:
    assert records(text, issuer, CORE, date="2021") == expected


@pytest.mark.parametrize("text, issuer, code, name", [
    ("Foreign Minister Ana Costa met Greek Minister Papadopoulos in Lisbon on 3 May.",
     "PRT", "GRC", "Papadopoulos"),
    ("Foreign Minister Ana Costa met Hungarian Foreign Minister Szijjártó on 3 May.",
     "PRT", "HUN", "Szijjártó"),
    ("On 9 May the State Secretary met the Estonian Ambassador Tamm in Riga.", "LVA",
     "EST", "Tamm"),
    # a name of two words, the second opening on a letter beyond A-Z: the title's side,
    # no name read from one of its words
    ("Foreign Minister Ana Costa met Turkish Foreign Minister Mevlüt Çavuşoğlu on 3 May.",
     "PRT", "TUR", None),
    # a capitalised word of the title, no surname
    ("Foreign Minister Ana Costa met the Greek Ambassador Extraordinary and "
     "Plenipotentiary on 3 May.", "PRT", "GRC", None),
])
def test_the_surname_after_a_tied_title_is_the_name(text: str, issuer: str, code: str,
                                                    name: str | None) -> None:
    res = extract_text(text, issuer=issuer, date="2021")
    names = [p.name for r in res.records for p in r.persons if p.country == code]
    assert names == [name]


def test_a_body_after_a_rank_is_no_name() -> None:
    # "General" before a body's word and "of": a body, no person named "Conference"
    res = extract_text("The Minister addressed the General Conference of UNESCO on 3 May.",
                       issuer="PRT", date="2021")
    assert [p.name for r in res.records for p in r.persons if p.name] == []


def test_a_body_after_a_rank_and_its_organisation_is_no_name() -> None:
    res = extract_text("Tashkent hosted the session of the UNESCO General Conference from 2 "
                       "to 9 October.", issuer="UZB", date="2021")
    assert [p.name for r in res.records for p in r.persons if p.name] == []
