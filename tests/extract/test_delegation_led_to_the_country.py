"""A delegation led to a country named with its article ("is leading a delegation to
the Philippines and Fiji", "headed a business delegation to the Gambia") is a visit to
each country, as without the article; a delegation led to a session named with its
article stays no visit (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records


@pytest.mark.parametrize("text, hosts", [
    ("The Foreign Minister is leading a senior political delegation to the Philippines, "
     "Palau and Fiji this week.", ["FJI", "PHL", "PLW"]),
    ("This week Deputy Minister Aroha Tane leads a delegation to the Marshall Islands "
     "and Kiribati.", ["KIR", "MHL"]),
    ("Minister Tane headed a high-level trade delegation to the Netherlands on Monday.",
     ["NLD"]),
    ("Last month the Minister led an official delegation to the Gambia and Senegal.",
     ["GMB", "SEN"]),
])
def test_a_delegation_led_to_the_country_is_a_visit(text: str, hosts: list[str]) -> None:
    got = records(text, "NZL", CORE, date="2024-07-03")
    assert sorted(r[2][0] for r in got if r[0] == "visit" and r[1] == ("NZL",)) == hosts, got


def test_a_delegation_led_to_the_session_is_no_visit() -> None:
    text = ("The Minister led the delegation to the Pacific Islands Forum Foreign Ministers "
            "Meeting on Monday.")
    got = records(text, "NZL", CORE, date="2024-07-03")
    assert not [r for r in got if r[0] == "visit"], got
