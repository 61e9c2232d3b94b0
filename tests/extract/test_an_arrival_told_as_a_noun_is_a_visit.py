"""An arrival told as a noun opening the clause ("Upon his arrival in Lima, the
President held talks ...", "On arrival at the airport of the Peruvian capital,
Lima, ...") is the subject's visit to the place; an arrival at a building
("Upon arrival at the Ministry") or the arrival of others ("the arrival of
refugees in Chile") is none (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "visit"), [
    ("Upon his arrival at the international airport in the Peruvian capital, Lima, the "
     "President held talks with Peruvian President Boluarte.", ("GHA", "PER")),
    ("Upon arrival in Lima on Monday, the President was welcomed by the Peruvian Foreign "
     "Minister.", ("GHA", "PER")),
    ("On her arrival at Jorge Chavez International Airport in Lima, the Minister was "
     "greeted by her Peruvian counterpart.", ("GHA", "PER")),
    ("Shortly after arrival in Oslo, the delegation laid a wreath.", ("GHA", "NOR")),
    ("Upon their arrival in Accra, the Peruvian delegation was received by the Vice "
     "President.", ("PER", "GHA")),
])
def test_an_arrival_is_a_visit(ex, text, visit):
    got = ex(text, issuer="GHA", date="2024-05-06", types=["visit"])
    assert [(g[1], g[2]) for g in got] == [((visit[0],), (visit[1],))]


@pytest.mark.parametrize("text", [
    "Upon arrival at the Ministry, the Ambassador of Peru was received by the Minister.",
    "On his arrival at the Presidential Palace, the Peruvian Ambassador was received by "
    "President Mahama.",
    "The Minister discussed the arrival of refugees in Chile.",
])
def test_no_visit_without_a_place_of_another_country(ex, text):
    assert ex(text, issuer="GHA", date="2024-05-06", types=["visit"]) == []
