"""An envoy said to be posted in the very country they "visited" ("A, acting
ambassador of Canada in Jamaica, visited the Office of the Prime Minister in Kingston")
lives there: the building or town gone to is no visit of the envoy's country. A trip
of the envoy elsewhere, or someone else's visit the envoy joined, is still a visit
(sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("issuer", "text"), [
    ("JAM", "Last week Mark Tully, acting ambassador of Canada in Jamaica, visited the "
     "Office of the Prime Minister in Kingston to deliver a protest."),
    ("PER", "On 3 May the Ambassador of Japan to Peru, Kenji Sato, visited the "
     "Government Palace in Lima."),
    ("CHL", "On 3 May the French Ambassador in Chile visited the port of Valparaiso."),
    ("GHA", "The German chargé d'affaires in Ghana visited the Parliament House in Accra "
     "on 3 May."),
])
def test_an_envoy_posted_in_the_country_visited_makes_no_visit(ex, issuer, text):
    assert ex(text, issuer=issuer, date="2018-05-24", types=["visit"]) == []


@pytest.mark.parametrize(("text", "frm", "to"), [
    ("On 3 May the Ambassador of Japan to Peru travelled to Bolivia.", "JPN", "BOL"),
    ("On 3 May the French Ambassador to Chile, Anne Roux, accompanied the French "
     "President on his state visit to Chile.", "FRA", "CHL"),
])
def test_an_envoys_trip_elsewhere_or_a_visit_joined_is_still_one(ex, text, frm, to):
    assert ex(text, issuer="ARG", date="2018-05-24", types=["visit"]) == [
        ("visit", (frm,), (to,), "2018-05-03")]
