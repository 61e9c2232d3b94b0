"""An earlier session of a bilateral body, told after the current one: "The last
session of the commission was held in Accra in 2016" (the bare noun in lower case
names the commission told before); "The first session of political consultations
between A and B was held in X in July" is a round of consultations, not a
multilateral session (sentences of our own)."""

from __future__ import annotations

import pytest

NOW = "The Kenya-Ghana Joint Commission closed its session in Nairobi on 12 March.\n\n"


@pytest.mark.parametrize(("later", "year"), [
    ("The last session of the commission was held in Accra in 2016.", "2016"),
    ("The previous session of the commission had taken place in Kumasi in 2019.", "2019"),
    ("The 5th session of the commission was held in Accra in October 2021.", "2021-10"),
])
def test_earlier_session_of_the_commission(ex, later, year):
    got = ex(NOW + later, issuer="KEN", date="2024-03-13", types={"commission"})
    assert ("commission", ("KEN",), ("GHA",), year) in got
    assert ("commission", ("KEN",), ("GHA",), "2024-03-12") in got


def test_no_body_told_before_no_commission(ex):
    text = "The last session of the commission was held in Accra in 2016."
    assert ex(text, issuer="KEN", date="2024-03-13", types={"commission"}) == []


def test_lower_case_commission_of_something_else(ex):
    # "of" after the noun: another body, named in full, not the one told before
    text = NOW + "The last session of the commission of inquiry was held in 2016."
    got = ex(text, issuer="KEN", date="2024-03-13", types={"commission"})
    assert got == [("commission", ("KEN",), ("GHA",), "2024-03-12")]


@pytest.mark.parametrize("text", [
    "The first session of political consultations between Kenya and Türkiye was held in "
    "Ankara in July.",
    "In July, the second session of the political consultations between Kenya and Peru "
    "was held in Lima.",
    "A session of political consultations between the foreign ministries of Kenya and "
    "Norway was held in Oslo in July.",
])
def test_session_of_consultations_is_a_round(ex, text):
    got = ex(text, issuer="KEN", date="2024-12-31", types={"consultation", "multilateral"})
    assert len(got) == 1 and got[0][0] == "consultation" and got[0][3] == "2024-07"


def test_session_of_a_body_stays_multilateral(ex):
    text = "The 78th session of the UN General Assembly was held in New York in September."
    got = ex(text, issuer="KEN", date="2024-12-31", types={"consultation", "multilateral"})
    assert [g[0] for g in got] == ["multilateral"]
