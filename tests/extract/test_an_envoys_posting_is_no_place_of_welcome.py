"""An envoy welcomed ("welcomed the High Commissioner of India to Grenada"): the
"to Grenada" is the envoy's posting, not the place the guest was welcomed to, so no
visit beside the meeting; a minister welcomed "to" a place still came on a visit
(sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = "St. George's, 27 February 2024 - "


@pytest.mark.parametrize("text", [
    "On Monday the Prime Minister welcomed the High Commissioner of India to Grenada, "
    "Mr Ravi Kumar.",
    "The Foreign Minister on Monday welcomed the incoming High Commissioner of Canada to "
    "Grenada and Barbados.",
    "On Monday the Minister welcomed the Chargé d'Affaires of Brazil to Grenada.",
])
def test_no_visit_for_an_envoys_posting(ex, text):
    got = ex(_LEAD + text, issuer="GRD", date="2024-02-27", types=["visit"])
    assert got == []


def test_a_minister_welcomed_to_a_place_came_on_a_visit(ex):
    text = "On Monday the Prime Minister welcomed Foreign Minister Ravi Kumar of India to Grenada."
    got = ex(_LEAD + text, issuer="GRD", date="2024-02-27", types=["visit"])
    assert got == [("visit", ("IND",), ("GRD",), "2024-02-26")]
