"""Officials who met "for" a standing dialogue of their two countries ("met on 3 May
for an annual bilateral dialogue with counterparts of B", "met in Lima on 2 May for
their regular political dialogue") held a round of consultations, not a bare meeting:
the dialogue qualified as annual, regular, bilateral, political, strategic or numbered.
A dialogue called for, or prepared, after another verb is no such round (sentences of
our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("issuer", "text", "to", "day"), [
    ("NOR", "Diplomats of the Norwegian foreign ministry met on 3 May for an annual "
     "bilateral dialogue with counterparts of the Dutch ministry.", "NLD", "2021-05-03"),
    ("URY", "Senior diplomats of Uruguay and Norway met in Montevideo on 12 April for "
     "their regular political dialogue.", "NOR", "2021-04-12"),
    ("PRT", "On 3 May officials of Portugal met with colleagues from Brazil for an annual "
     "dialogue on trade and fisheries.", "BRA", "2021-05-03"),
    ("FIN", "The Finnish delegation met its Irish counterparts in Helsinki on 20 April "
     "for the third bilateral dialogue.", "IRL", "2021-04-20"),
])
def test_officials_met_for_a_standing_dialogue_is_a_consultation(ex, issuer, text, to, day):
    got = ex(text, issuer=issuer, date="2021-05-04", types=["meeting", "consultation"])
    assert got == [("consultation", (issuer,), (to,), day)]


@pytest.mark.parametrize(("text", "to"), [
    ("On 3 May the Minister met the Spanish Ambassador and called for a bilateral "
     "dialogue with civil society.", "ESP"),
    ("On 3 May the Minister met the Spanish Ambassador and urged a bilateral dialogue "
     "for the region.", "ESP"),
])
def test_a_dialogue_called_for_after_a_meeting_is_none(ex, text, to):
    got = ex(text, issuer="NOR", date="2021-05-04", types=["meeting", "consultation"])
    assert got == [("meeting", ("NOR",), (to,), "2021-05-03")]
