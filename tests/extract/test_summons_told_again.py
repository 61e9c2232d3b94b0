"""A summons told again from the envoy's side ("The Ambassador was received by
the Director General") is the same meeting; an envoy received after another
occasion is met again (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Foreign Office summoned the Ambassador of Iran this afternoon. The Ambassador was "
    "received by the Director General for the Middle East.",
    "The Ambassador of Iran was summoned to the Foreign Office today. He was received by the "
    "Minister of State, who conveyed the Government's protest.",
    "Today the Ministry called in the Iranian chargé d'affaires. The chargé d'affaires was "
    "then received by the Political Director.",
])
def test_the_envoy_received_after_a_summons_is_the_summons(ex, text):
    recs = ex(text, issuer="GBR", date="2024-05-08", types={"meeting"})
    assert recs == [("meeting", ("GBR",), ("IRN",), "2024-05-08")]


@pytest.mark.parametrize("text", [
    "The Ambassador of Spain presented his credentials to the President today. The "
    "Ambassador was then received by the Minister.",
    "The Minister met the Ambassador of Spain this morning. The Ambassador was later "
    "received by the Prime Minister.",
])
def test_an_envoy_received_after_another_meeting_is_met_again(ex, text):
    recs = ex(text, issuer="GEO", date="2024-05-08", types={"meeting"})
    assert len(recs) == 2
