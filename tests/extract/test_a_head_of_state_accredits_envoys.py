"""A head of state who "accredited the ambassadors of A, B and C" received their
credentials: one meeting with each country named (a name after each country, a
second group after "as well as" too); envoys only counted make no meeting, and
the adjective ("met accredited ambassadors", "the newly accredited ambassador",
"was accredited to") is no ceremony (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "partners"), [
    ("President Mahama on Tuesday accredited the ambassadors of Peru, Jorge Salas, and "
     "Norway, Kari Hansen.", ["NOR", "PER"]),
    ("On Monday, President Mahama also accredited the ambassadors of Peru, Jorge Salas, "
     "Norway, Kari Hansen, as well as the ambassador of Chile, Ana Ruiz.",
     ["CHL", "NOR", "PER"]),
    ("The King accredited the new High Commissioner of India at the palace.", ["IND"]),
    ("The Head of State yesterday accredited three new envoys, those of Japan, Kenya "
     "and Brazil.", ["BRA", "JPN", "KEN"]),
])
def test_envoys_accredited_are_met(ex, text, partners):
    got = ex(text, issuer="GHA", date="2024-05-06", types=["meeting"])
    assert sorted(g[2][0] for g in got) == partners
    assert all(g[1] == ("GHA",) for g in got)


@pytest.mark.parametrize("text", [
    "President Mahama on Tuesday accredited four new ambassadors at the Jubilee House.",
    "The newly accredited ambassador of Peru is a career diplomat.",
    "Ms Hansen was accredited to Ghana in 2020 as ambassador of Norway.",
    "The ambassadors of Peru and Norway are accredited to Ghana from Abuja.",
])
def test_no_ceremony_without_the_verb_and_its_envoys(ex, text):
    assert ex(text, issuer="GHA", date="2024-05-06", types=["meeting"]) == []
