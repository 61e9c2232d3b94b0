"""An arrival told as made to meet an official ("arrived in Tallinn on Monday to meet
her Estonian counterpart", "arrived at 1015 at the Palacio de Santa Cruz to meet with
the Peruvian Foreign Minister") is a meeting with that official on the arrival's day,
like a trip made to meet; the place may be a building named in several words (with
"de", "of", "d'") and the hour of arrival may stand between. An arrival announced
("will arrive ... to meet") or made to meet no official tells no meeting (sentences of
our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("issuer", "text", "frm", "to", "day"), [
    ("SWE", "Foreign Minister Lindqvist arrived in Tallinn on 4 March 2021 to meet her "
     "Estonian counterpart, Kalle Rebane.", "SWE", "EST", "2021-03-04"),
    ("CHL", "The Minister of Foreign Affairs, Ana Ferreira, arrived at 1015 at the "
     "Palacio de Santa Cruz to meet with Peruvian Foreign Minister, Luis Paredes.",
     "CHL", "PER", "2021-03-09"),
    ("NGA", "On 2 March 2021 Minister Okafor arrived this morning in Accra to meet the "
     "President of Ghana.", "NGA", "GHA", "2021-03-02"),
    ("CAN", "On 5 March 2021 the Secretary of State went to the Casa Rosada to meet "
     "with the President of Argentina.", "CAN", "ARG", "2021-03-05"),
    ("PRT", "Minister Sousa arrived at 9.30 a.m. at the Palazzo Chigi to see the Prime "
     "Minister of Italy.", "PRT", "ITA", "2021-03-09"),
])
def test_an_arrival_made_to_meet_is_a_meeting(ex, issuer, text, frm, to, day):
    got = ex(text, issuer=issuer, date="2021-03-09", types=["meeting"])
    assert got == [("meeting", (frm,), (to,), day)]


@pytest.mark.parametrize("text", [
    "The Minister will arrive in Lima on Monday to meet the President of Peru.",
    "On 12 May 2020 the Minister arrived in Lima to meet business leaders.",
    "The Minister is expected to arrive at the Palacio de Santa Cruz to meet with "
    "the Peruvian Foreign Minister.",
])
def test_an_arrival_announced_or_to_meet_no_official_is_none(ex, text):
    assert ex(text, issuer="CHL", date="2021-03-09", types=["meeting"]) == []


@pytest.mark.parametrize(("text", "to"), [
    ("Minister Ferreira arrived at 1015 at the Palacio de Torre Tagle to meet with "
     "Peruvian Foreign Minister Luis Paredes.", "PER"),
    ("The Minister went to the Quinta de Olivos to meet the President of Argentina.",
     "ARG"),
])
def test_a_building_no_gazetteer_knows_leaves_the_host_to_the_one_met(ex, text, to):
    got = ex(text, issuer="CHL", date="2021-03-09")
    assert got == [("meeting", ("CHL",), (to,), "2021-03-09"),
                   ("visit", ("CHL",), (to,), "2021-03-09")]
