"""A chargé d'affaires ad interim ("a.i.", "a. i.", "ad interim") summoned in the
passive is a meeting with the envoy's country, as any envoy summoned (sentences of
our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,to", [
    ("The Russian chargé d'affaires a.i. was summoned to the Ministry and handed a note "
     "of protest.", "RUS"),
    ("The chargé d'affaires a. i. of Belarus was summoned to the Ministry today.", "BLR"),
    ("The Chargé d'Affaires ad interim of Iran was called in to the Ministry today.", "IRN"),
    ("Today the Ministry summoned the Russian chargé d'affaires a.i. over the strikes.", "RUS"),
])
def test_a_charge_ad_interim_summoned_is_a_meeting(ex, text, to):
    recs = ex(text, issuer="LVA", date="2025-04-03", types={"meeting"})
    assert recs == [("meeting", ("LVA",), (to,), "2025-04-03")]


@pytest.mark.parametrize("text", [
    "The post of chargé d'affaires a.i. was created in 2019.",
    "A chargé d'affaires a.i. was appointed to the embassy in Minsk.",
])
def test_a_charge_ad_interim_not_summoned_is_no_meeting(ex, text):
    assert ex(text, issuer="LVA", date="2025-04-03", types={"meeting"}) == []
