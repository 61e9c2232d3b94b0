""""Within the margins of" a summit is "on the margins of" it: the summit is a
gathering attended, and the country of its venue ("held in Antigua, Guatemala") is
no partner of the talks held there (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "partner"), [
    ("Ama Owusu engages in bilateral discussions with H.E. Carla Ruiz, Deputy Minister "
     "for Trade in the Ministry of Foreign Relations of the Republic of Peru, within the "
     "margins of the 5th CELAC Summit held on May 3 in Quetzaltenango, Guatemala.", "PER"),
    ("The Minister held talks with Mr Joao Silva, Director in the Foreign Ministry of "
     "Brazil, within the margins of the 3rd CELAC Summit held in Valparaiso, Chile.",
     "BRA"),
    ("Within the sidelines of the CELAC Summit in Cusco, Peru, the Minister met the "
     "Foreign Minister of Uruguay.", "URY"),
])
def test_the_margins_summit_is_attended_and_its_venue_no_partner(ex, text, partner):
    got = ex(text, issuer="GHA", date=None)
    assert [g[2] for g in got if g[0] == "meeting"] == [(partner,)]
    assert [g for g in got if g[0] == "multilateral"] == [("multilateral", ("GHA",), (), None)]


@pytest.mark.parametrize("text", [
    "The Minister met the Foreign Minister of Uruguay within the ministry's offices.",
    "The costs stayed within the margins of the budget agreed with the Foreign Minister "
    "of Uruguay.",
])
def test_within_without_a_gathering_adds_none(ex, text):
    assert [g for g in ex(text, issuer="GHA", date=None) if g[0] == "multilateral"] == []
