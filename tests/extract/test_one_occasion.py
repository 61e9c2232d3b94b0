"""One occasion, one record: a witness named "in the presence of" is nobody
met, a venue's word ("the Ministry's General Diwan") is no second official,
and "twice" counts only the visits of its own verb (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str, issuer: str = "BHR", date: str = "2024-12-10"):
    return sorted((r.type, tuple(r.from_), tuple(r.to), r.date.start)
                  for r in extract_text(text, issuer=issuer, date=date).records
                  if r.type in ("meeting", "visit"))


@pytest.mark.parametrize("text", [
    "The Minister received, in the presence of the Ambassador of Japan, the Japanese State "
    "Minister for Foreign Affairs.",
    "The Minister received in the presence of the Bahraini Ambassador in Tokyo and of senior "
    "officials, H.E. Mr Kenji Sato, State Minister for Foreign Affairs of Japan.",
    "The Minister received at the Ministry's General Diwan today H.E. Mr Kenji Sato, State "
    "Minister for Foreign Affairs of Japan.",
    "The Minister received today Mr Kenji Sato, Deputy Prime Minister and Foreign Minister "
    "of Japan.",
])
def test_one_guest_received_is_one_meeting(text):
    assert _records(text) == [("meeting", ("BHR",), ("JPN",), "2024-12-10")]


def test_two_officials_called_on_are_still_two_meetings():
    text = ("In Tokyo the Minister called on Prime Minister Ishida and Foreign Minister "
            "Iwaya.")
    assert [r[:3] for r in _records(text)].count(("meeting", ("BHR",), ("JPN",))) == 2


@pytest.mark.parametrize(("text", "expected"), [
    ("She visited Ukraine twice and travelled to Kazakhstan, Kyrgyzstan and Uzbekistan "
     "in May.", {"UKR": 2, "KAZ": 1, "KGZ": 1, "UZB": 1}),
    ("In May she travelled to Kazakhstan, Kyrgyzstan and Uzbekistan, and she went to "
     "Kyiv twice.", {"UKR": 2, "KAZ": 1, "KGZ": 1, "UZB": 1}),
    ("In April she visited Chile, Peru and Bolivia.", {"CHL": 1, "PER": 1, "BOL": 1}),
])
def test_twice_counts_only_its_own_visits(text, expected):
    hosts = [to[0] for typ, _frm, to, _d in _records(text) if typ == "visit"]
    assert {h: hosts.count(h) for h in hosts} == expected


@pytest.mark.parametrize("text", [
    "Yesterday, the Minister received in Manama the Ambassador of Japan, Kenji Sato, who "
    "handed him an invitation from his Japanese counterpart to visit Tokyo.",
    "The Minister received this Tuesday at the Palace, in the presence of the Bahraini "
    "Ambassador in Tokyo and of several senior officials of the ministry, H.E. Mrs Yoko "
    "Ueda, Minister of State, Minister for Foreign Affairs and Trade of Japan.",
])
def test_a_relative_clause_or_a_row_of_titles_adds_no_official(text):
    assert [r[:3] for r in _records(text) if r[0] == "meeting"] == [
        ("meeting", ("BHR",), ("JPN",))]
