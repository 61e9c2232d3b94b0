"""Visits exchanged with a partner ("Visits were exchanged at the level of foreign
ministers with A and B", "A and B exchanged official visits") are two visits per partner,
one each way; an exchange only hoped for or agreed to gives none."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

HEAD = "Results of our foreign policy in 2023\n\n"


def _visits(text: str) -> list[tuple]:
    return records(HEAD + text, "GEO", {"visit"}, date="2023")


@pytest.mark.parametrize("text, partners", [
    ("Visits were exchanged at the level of foreign ministers with Armenia and Azerbaijan.",
     ["ARM", "AZE"]),
    ("Georgia and Armenia exchanged official visits at the level of foreign ministers.",
     ["ARM"]),
    ("An exchange of visits of the foreign ministers took place with Armenia.", ["ARM"]),
    ("With Moldova, visits have been exchanged at the level of deputy ministers.", ["MDA"]),
    ("The year brought an exchange of state visits with Azerbaijan.", ["AZE"]),
])
def test_exchanged_visits_go_each_way(text: str, partners: list[str]) -> None:
    got = _visits(text)
    want = sorted([("visit", ("GEO",), (p,), "2023") for p in partners]
                  + [("visit", (p,), ("GEO",), "2023") for p in partners])
    assert got == want, got


@pytest.mark.parametrize("text", [
    "The two ministers agreed to exchange visits with Armenia next year.",
    "The sides expressed hope for an exchange of visits with Armenia.",
    "An exchange of visits with Armenia is planned for next year.",
])
def test_exchange_hoped_for_gives_no_visit(text: str) -> None:
    assert _visits(text) == []


def test_readout_exchange_needs_its_own_time() -> None:
    assert records("Kenya and Ghana exchanged state visits.", "KEN", {"visit"},
                   date="2019-12-05") == []
    got = records("Kenya and Ghana exchanged state visits in March.", "KEN", {"visit"},
                  date="2019-12-05")
    assert sorted(r[3] for r in got) == ["2019-03", "2019-03"], got
