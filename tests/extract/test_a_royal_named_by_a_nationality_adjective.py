"""A royal named by a country's adjective and a title in either case ("the
Swedish princess Victoria", "the Dutch Queen", "a Norwegian prince") is of that
country, so met in a list of partners it gives a meeting like a president does;
the adjective before another noun ("the Danish principle of") stays no party
(sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "to"), [
    ("The Prime Minister also talked with the President of Chile Ana Diaz and the Swedish "
     "princess Victoria.", {("CHL",), ("SWE",)}),
    ("On the margins of the session, the Minister met the Dutch Queen Maxima.", {("NLD",)}),
    ("In Geneva the President held talks with Belgian Prime Minister Jan Peeters and with a "
     "Norwegian prince, Haakon.", {("BEL",), ("NOR",)}),
    ("The Prime Minister talked with the Luxembourgish Grand Duchess Maria.", {("LUX",)}),
])
def test_a_royal_with_a_nationality_is_of_that_country(ex, text, to):
    got = ex(text, issuer="MNE", date="2018", types=["meeting"])
    assert {r[2] for r in got} == to


@pytest.mark.parametrize("text", [
    "The Prime Minister praised the Danish principle of open government.",
    "The Minister met the Swedish businessman Carl Olsson.",
])
def test_an_adjective_before_another_noun_is_no_party(ex, text):
    assert ex(text, issuer="MNE", date="2018", types=["meeting"]) == []
