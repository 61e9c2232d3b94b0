"""A call told with an adverb between the verb and the medium ("spoke again by
phone", "talked briefly over the phone") or with the adjective "telephonic"
(sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Prime Minister Lena Holm and President Carlos Vega of Chile spoke again by phone "
    "this evening.",
    "Minister Holm talked briefly over the phone with Chilean Foreign Minister Rosa Diaz.",
    "On Tuesday the Minister conferred once more by telephone with her Chilean "
    "counterpart.",
    "Chilean Foreign Minister Rosa Diaz spoke to Holm during a telephonic conversation "
    "on Tuesday.",
])
def test_the_medium_after_an_adverb_or_as_an_adjective(ex, text):
    got = ex(text, issuer="SWE", date="2024-03-06", types=["call"])
    assert [(t, to) for t, _f, to, _d in got] in ([("call", ("CHL",))], [("call", ("SWE",))])


def test_speaking_again_at_a_forum_is_no_call(ex):
    text = "Minister Holm spoke again at the forum in Santiago on Tuesday."
    assert ex(text, issuer="SWE", date="2024-03-06", types=["call"]) == []


@pytest.mark.parametrize("text", [
    "A telephonic conversation took place on Monday between Minister Holm and Chilean "
    "Foreign Minister Rosa Diaz.",
    "On the sidelines of the summit, Minister Holm had a telephonic conversation with "
    "Chilean Foreign Minister Rosa Diaz.",
    "Minister Holm held telephonic discussions with Chilean Foreign Minister Rosa Diaz.",
])
def test_telephonic_wherever_telephone_is_read(ex, text):
    # "telephonic" is no meeting's word where "telephone" is not either
    got = ex(text, issuer="SWE", date="2024-03-06", types=["call", "meeting"])
    assert [(t, to) for t, _f, to, _d in got] == [("call", ("CHL",))]
