"""A review's country that hosted or welcomed delegations or ministers is the place
they visited, also with a time span without a comma or a spokesperson reporting it
("She said Chile also hosted delegations from A, B and C"): each is a visit to the
issuer, not a meeting of the issuer with them (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "She said Chile also hosted high level delegations from Peru, Bolivia and Ecuador.",
    "During the year Chile hosted delegations from Peru, Bolivia and Ecuador.",
    "In 2023 Chile welcomed official delegations from Peru, Bolivia and Ecuador.",
    "The spokesperson noted that Chile has also received ministerial delegations from "
    "Peru, Bolivia and Ecuador.",
    "Spokesperson Ana Rojas added that Chile had hosted delegations of Peru, Bolivia and "
    "Ecuador.",
])
def test_each_guest_visited_the_issuer(ex, text):
    assert ex(text, issuer="CHL", date="2023-12-28") in (
        [("visit", ("BOL",), ("CHL",), d), ("visit", ("ECU",), ("CHL",), d),
         ("visit", ("PER",), ("CHL",), d)] for d in ("2023", "2023-12-28"))


def test_an_organisations_delegation_visits_too(ex):
    text = "She said Chile also hosted delegations from Peru and the European Union."
    got = ex(text, issuer="CHL", date="2023-12-28")
    assert got == [("visit", (), ("CHL",), "2023-12-28"),
                   ("visit", ("PER",), ("CHL",), "2023-12-28")]


@pytest.mark.parametrize("text", [
    "She said the Minister received a delegation from Peru.",
    "She said Peru hosted delegations from Bolivia.",
])
def test_an_official_or_another_country_hosting_is_no_visit_to_us(ex, text):
    assert not [r for r in ex(text, issuer="CHL", date="2023-12-28") if r[0] == "visit"]
