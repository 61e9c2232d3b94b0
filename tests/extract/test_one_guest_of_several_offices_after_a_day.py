"""A guest named right after the verb, a day between ("received this Tuesday, 30
April 2024 Juan Perez, Minister of State, special envoy of the Chilean
President"), is one person of several offices: one meeting; the one whom an envoy
stands for ("envoy of the Chilean President, B") is not met; two guests each
named are two meetings still (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The President received on Tuesday Juan Perez, Minister of State, special envoy of "
    "the Chilean President, Gabriel Boric.",
    "The President received this Tuesday, April 30, 2024 Juan Perez, Minister of State, "
    "special envoy of President Gabriel Boric of Chile.",
    "The President received Juan Perez, Minister of State, special envoy of the Chilean "
    "President.",
    "On Tuesday the President received Juan Perez, special representative of the Chilean "
    "President, Gabriel Boric.",
])
def test_one_guest_one_meeting(ex, text):
    got = ex(text, issuer="GHA", date="2024-05-06", types=["meeting"])
    assert [(g[1], g[2]) for g in got] == [(("GHA",), ("CHL",))]


def test_two_guests_each_named_are_two_meetings(ex):
    got = ex("The President received on Monday Juan Perez, Minister of Trade, and Ana Ruiz, "
             "Minister of Health of Chile.", issuer="GHA", date="2024-05-06",
             types=["meeting"])
    assert len(got) == 2
