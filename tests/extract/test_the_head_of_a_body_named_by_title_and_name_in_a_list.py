"""The head of an international body among the leaders met, told as "President Charles
Michel of the European Council" (a title, the holder's name, then the body): a meeting
with that body, also after "and with", and no second meeting with the country listed
before it. A country named again by its abbreviation in brackets ("the United States of
America (USA)") is one item of the list, so the body after it is still read (texts of
our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_M = {"meeting"}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Minister held talks with Foreign Minister Ana Soto of Chile and with President "
     "Charles Michel of the European Council.", [("CHL",), ()]),
    ("The President met Prime Minister Petr Fiala of the Czech Republic and President "
     "Ursula von der Leyen of the European Commission.", [("CZE",), ()]),
    ("In Vilnius the Prime Minister had meetings with Prime Minister Rishi Sunak of the "
     "United Kingdom (UK), President Charles Michel of the European Council and "
     "Chancellor Olaf Scholz of Germany.", [("DEU",), ("GBR",), ()]),
    ("Our President had meetings with Chancellor Karl Nehammer of Austria and President "
     "Charles Michel of the European Council.", [("AUT",), ()]),
    ("The President met President Emmanuel Macron of France and Chairperson Moussa Faki of "
     "the African Union Commission.", [("FRA",), ()]),
])
def test_the_body_is_met_once_and_the_country_once(text: str, expected: list) -> None:
    got = records(text, "PER", _M, date="2022-06-29", orgs=True)
    assert sorted(r[2] for r in got) == sorted(expected)
    assert all(r[3] for r in got if not r[2])  # the body's meeting names the body


@pytest.mark.parametrize("text", [
    "The President met President Emmanuel Macron of France.",
    "The Minister met the Foreign Minister of Chile and the Minister of Trade of Chile.",
])
def test_a_countrys_officials_name_no_body(text: str) -> None:
    got = records(text, "PER", _M, date="2022-06-29", orgs=True)
    assert all(r[2] and not r[3] for r in got)
