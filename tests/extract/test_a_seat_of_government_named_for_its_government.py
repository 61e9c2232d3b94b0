"""A seat of government or a foreign ministry named for the government ("the
Kremlin", "the Quai d'Orsay", "the White House", "the Auswärtiges Amt",
"Itamaraty") stands for its country: officials met there are that country's
(sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_LINE = "Windhoek, 14 March 2024 - "


@pytest.mark.parametrize(("text", "partner"), [
    ("The Minister held talks with officials at the Quai d'Orsay in Paris.", "FRA"),
    ("The Minister met senior officials of the Kremlin.", "RUS"),
    ("The Minister held talks at the White House with the National Security Adviser.",
     "USA"),
    ("The Deputy Minister held talks with directors of the Auswärtiges Amt.", "DEU"),
    ("The delegation met diplomats of Itamaraty in Brasília.", "BRA"),
    ("The Minister held talks at the Farnesina with the Deputy Minister for Foreign "
     "Affairs.", "ITA"),
])
def test_officials_met_at_a_seat_of_government_are_its_countrys(ex, text, partner):
    got = ex(_LINE + text, issuer="NAM", date="2024-03-14", types=["meeting"])
    assert [g[2] for g in got] == [(partner,)]


def test_a_third_countrys_meeting_at_its_seat_keeps_its_host():
    res = extract_text(_LINE + "President Putin received President Maduro at the Kremlin "
                       "on Tuesday.", issuer="NAM", date="2024-03-14")
    assert [(r.from_, r.to) for r in res.records if r.type == "meeting"] == [(["RUS"], ["VEN"])]
