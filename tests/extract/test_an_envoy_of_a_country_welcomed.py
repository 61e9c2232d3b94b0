"""A special or personal envoy of a country (or of its leader) welcomed by the
minister is a meeting with that country; welcoming what an envoy did or the
appointment of one is none (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "to"), [
    ("Last week, the Minister welcomed special envoy of the President of Chile, Ms Ana "
     "Rojas, to discuss the crisis.", "CHL"),
    ("On 4 March the Foreign Minister welcomed a Special Envoy of Japan, Mr Taro Sato.",
     "JPN"),
    ("The Minister had welcomed the personal envoy of the King of Morocco in the "
     "morning.", "MAR"),
    # a possessive instead of "of" (generality audit)
    ("On Monday, the Minister welcomed Kenya's special envoy, Mr Paul Otieno.", "KEN"),
])
def test_a_welcomed_envoy_is_met(ex, text, to):
    got = ex(text, issuer="IDN", date="2024-03-06", types=["meeting"])
    assert [(t, t2) for t, _f, t2, _d in got] == [("meeting", (to,))]


@pytest.mark.parametrize("text", [
    "The Minister welcomed the appointment of a special envoy of the Secretary-General.",
    "The Minister welcomed the special envoy's remarks on Chile.",
    "The Minister welcomed Kenya's special envoy's remarks on Sudan.",
])
def test_welcoming_an_envoys_deed_is_no_meeting(ex, text):
    assert ex(text, issuer="IDN", date="2024-03-06", types=["meeting"]) == []
