"""A trip to a place named by its country's adjective ("travelled to the Brazilian
city of Foz do Iguacu", "arrived in the Austrian capital") is a visit to that
country, and "this Friday" / "last Tuesday" dates a trip as "on Friday" does; the
adjective before "state" or a role stays what it was (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,to,day", [
    ("The Minister travelled on Friday to the Chilean city of Punta Arenas.", "CHL",
     "2025-12-19"),
    ("The Minister arrived on Friday in the Peruvian port of Paita.", "PER", "2025-12-19"),
    ("The Minister arrived on Friday in the Chilean capital for talks.", "CHL", "2025-12-19"),
    ("The Minister travelled this Friday to the Brazilian city of Foz do Iguacu to take part "
     "in the Summit.", "BRA", "2025-12-19"),
    ("The Minister arrived last Tuesday in Santiago.", "CHL", "2025-12-16"),
])
def test_a_trip_to_a_place_of_a_country_is_a_visit_there(ex, text, to, day):
    recs = ex(text, issuer="ARG", date="2025-12-19", types={"visit"})
    assert recs == [("visit", ("ARG",), (to,), day)]


@pytest.mark.parametrize("text", [
    "The Minister condemned the malign activity of the Russian state on Argentine soil.",
    "The Minister met the Chilean community of Mendoza on Friday.",
])
def test_an_adjective_before_state_or_a_community_is_no_trip(ex, text):
    assert ex(text, issuer="ARG", date="2025-12-19", types={"visit"}) == []
