"""Two officials named as the subject of "adopted" ("Minister A and B adopted an
action plan") adopt a document of their two states: an agreement with the other
side, not a body's resolution (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "partner"), [
    ("At their talks, Minister Horvat and Sergei Lavrov adopted an action plan on "
     "cooperation in health.", "RUS"),
    ("Minister Horvat and Foreign Minister Ana Rojas of Chile adopted a roadmap on "
     "trade.", "CHL"),
    ("Ministers Horvat and Duarte of Paraguay also adopted an action plan for 2024.",
     "PRY"),
    ("In Lima, Horvat and the Peruvian Foreign Minister Luis Vega adopted a joint "
     "declaration on energy.", "PER"),
])
def test_two_named_who_adopt_a_plan_agree(ex, text, partner):
    assert ex(text, issuer="HRV", date="2022-02-01", types={"agreement", "resolution"}) == [
        ("agreement", ("HRV",), (partner,), "2022-02-01")]


@pytest.mark.parametrize("text", [
    "The Council and the Commission adopted an action plan on migration.",
    "The Minister and the delegation of Chile attended as the Assembly adopted a "
    "resolution.",
])
def test_a_body_that_adopts_gives_no_agreement(ex, text):
    assert [g for g in ex(text, issuer="HRV", date="2022-02-01") if g[0] == "agreement"] == []
