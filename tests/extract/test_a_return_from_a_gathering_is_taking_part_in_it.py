"""An official who returns (home, or to the capital) after a programme, days or a week at
a gathering, or straight from it ("returns to Dublin today after a full schedule at the
G20 foreign ministers' gathering in Rio", "flew back on Friday from the NATO Summit in
Brussels"), took part in it: a multilateral record for the issuer, as "attended the
G20 summit in Osaka" is (it was read as a visit only, or not at all), and the visit to
where it was held stays. A return from a country, from a bilateral visit, or after talks
of two is no gathering (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _sessions(text: str, issuer: str) -> list[tuple]:
    return records(text, issuer, {"multilateral"}, date="2019", orgs=True)


def _core(text: str, issuer: str) -> list[tuple]:
    return records(text, issuer, {"visit", "meeting", "multilateral"}, date="2019")


@pytest.mark.parametrize("text, issuer, org, host", [
    ("Foreign Minister Simon Coveney returns to Ireland today after a full programme at "
     "the G20 Foreign Ministers' Session in Rio de Janeiro.", "IRL", "G20", "BRA"),
    ("The Minister of Foreign Affairs flew back to Oslo on Friday from the NATO Summit in "
     "Brussels.", "NOR", "NATO", "BEL"),
    ("Foreign Minister Marise Payne returned to Canberra yesterday after three days at the "
     "ASEAN Regional Forum in Bangkok.", "AUS", "ARF", "THA"),
    ("The President is back in Accra after a week at the African Union Summit in Addis "
     "Ababa.", "GHA", "AU", "ETH"),
    ("State Secretary Anna Berg returned home on Sunday from the OSCE Ministerial Council "
     "in Bratislava.", "SWE", "OSCE MC", "SVK"),
])
def test_the_return_from_a_gathering_is_taking_part(text: str, issuer: str, org: str,
                                                    host: str | None) -> None:
    found = _sessions(text, issuer)
    assert len(found) == 1 and org in found[0][3]
    visits = [r for r in _core(text, issuer) if r[0] == "visit"]
    assert visits == ([("visit", (issuer,), (host,), "2019")] if host else [])


@pytest.mark.parametrize("text, issuer, expected", [
    # a return from a country, or from a bilateral visit: no gathering
    ("Foreign Minister Simon Coveney returns to Ireland today after a full programme in "
     "Japan.", "IRL", [("visit", ("IRL",), ("JPN",), "2019")]),
    ("The Minister of Foreign Affairs flew back to Oslo on Friday from an official visit "
     "to Belgium.", "NOR", [("visit", ("NOR",), ("BEL",), "2019")]),
    # after talks of two, told as a meeting
    ("Foreign Minister Marise Payne returned to Canberra after her meeting with the Foreign "
     "Minister of Thailand in Bangkok.", "AUS", [("meeting", ("AUS",), ("THA",), "2019")]),
    # a gathering the official will go to after returning: not yet taken part in
    ("The Minister returned to Oslo and will travel to the NATO Summit in Brussels next "
     "week.", "NOR", []),
])
def test_near_misses_keep_their_readings(text: str, issuer: str, expected: list) -> None:
    assert _core(text, issuer) == sorted(expected)
