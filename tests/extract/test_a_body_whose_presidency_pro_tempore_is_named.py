"""A body whose presidency "pro tempore" is named ("Chile's presidency, pro tempore,
of the Andean Council", "the presidency pro-tempore of the
Andean Commission") is a chair held, with no sitting of the body, like "the presidency
of the Commission"; a session the body held under such a presidency is still one
(sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "On 5 May the two ministers touched on energy, Chile’s presidency, pro tempore of "
    "the Economic Commission for Africa (ECA) and fisheries.",
    "The ministers also reviewed Bolivia's presidency pro tempore of the Economic "
    "Commission for Africa and the fight against drugs.",
    "The two ministers welcomed Peru’s rotating presidency pro-tempore of the Regional "
    "Fisheries Commission and the work ahead.",
    "The Minister congratulated Ecuador on its presidency, pro tempore, of the Permanent "
    "Commission for the South Pacific and on its elections.",
])
def test_a_presidency_pro_tempore_of_a_body_is_no_session(ex, text):
    assert ex(text, issuer="GUY", date="2020-11-18", types=["commission"]) == []


def test_a_session_held_under_a_presidency_pro_tempore_is_one(ex):
    text = ("Under Chile's presidency pro tempore, the Guyana-Chile Joint Commission "
            "held its fifth session in Santiago on 4 May 2020.")
    assert ex(text, issuer="GUY", date="2020-11-18", types=["commission"]) == [
        ("commission", ("GUY",), ("CHL",), "2020-05-04")]
