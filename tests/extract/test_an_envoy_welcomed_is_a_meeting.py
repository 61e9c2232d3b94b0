"""An envoy welcomed by the issuer's official, named before or after the title
("welcomed A B, who is the new Ambassador of Canada to Grenada", "welcomed the
newly appointed High Commissioner of Ghana, C D"), is a meeting with the envoy's
country; welcoming an envoy's words is none (sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = "St. George's, 27 February 2024 - "


@pytest.mark.parametrize(("text", "partner"), [
    ("On Monday the Prime Minister welcomed John Smith, who is the new Ambassador of "
     "Canada to Grenada.", "CAN"),
    ("The Acting Prime Minister on Monday welcomed the newly appointed High Commissioner "
     "of Ghana, Ama Owusu.", "GHA"),
    ("Dr Ann Peters - Minister for Foreign Affairs welcomed Carlos Ruiz, the incoming "
     "Ambassador of Mexico, on Monday.", "MEX"),
    ("On Monday the Minister welcomed the Chargé d'Affaires of Brazil to Grenada.", "BRA"),
])
def test_an_envoy_welcomed_is_a_meeting(ex, text, partner):
    got = ex(_LEAD + text, issuer="GRD", date="2024-02-27", types=["meeting", "visit"])
    assert got == [("meeting", ("GRD",), (partner,), "2024-02-26")]


@pytest.mark.parametrize("text", [
    "The Minister welcomed the Ambassador’s remarks on trade with Canada.",
    "Grenada welcomed the statement of the Ambassador of Mexico on the hurricane season.",
])
def test_an_envoys_words_welcomed_are_no_meeting(ex, text):
    got = ex(_LEAD + text, issuer="GRD", date="2024-02-27", types=["meeting"])
    assert got == []
