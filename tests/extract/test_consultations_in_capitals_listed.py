"""Rounds of consultations held in several foreign capitals listed ("conducted
consultations in Vienna, Bern and Prague") are a round with each host; one city with
no formal round named ("held consultations in Santiago ahead of the Summit") still
names no partner."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records


@pytest.mark.parametrize("head", ["", "Results of our diplomacy in 2023\n\n"])
@pytest.mark.parametrize("text, hosts", [
    ("The Deputy Minister conducted consultations in Vienna, Bern and Prague.",
     ["AUT", "CHE", "CZE"]),
    ("Consultations were held in Vienna and Bern.", ["AUT", "CHE"]),
    ("The Deputy Minister held consultations in Lisbon, and Madrid.", ["ESP", "PRT"]),
    ("Political consultations took place in Vienna, Bern and Prague.", ["AUT", "CHE", "CZE"]),
])
def test_consultations_in_capitals_listed(head: str, text: str, hosts: list[str]) -> None:
    got = records(head + text, "KAZ", CORE, date="2023")
    assert sorted(r[2][0] for r in got if r[0] == "consultation") == hosts, got


def test_one_city_informal_consultations_name_no_partner() -> None:
    got = records("The Minister held consultations in Santiago ahead of the Summit.", "KAZ",
                  CORE, date="2023")
    assert not [r for r in got if r[0] == "consultation" and r[2]], got
