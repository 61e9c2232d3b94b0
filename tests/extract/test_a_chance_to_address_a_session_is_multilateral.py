"""Addressing a session in the infinitive, after a chance or a call to speak ("had the
chance to address the ministerial meeting", "took the floor to address the
conference"): a session attended, not a bilateral meeting with the country the
minister is in (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records

_TYPES = CORE | {"multilateral"}
_LEAD = "The Minister is in New York, United States, this week. "


@pytest.mark.parametrize("text", [
    "On Monday, Minister Holm had the opportunity to address a high-level meeting on "
    "food security.",
    "On Monday the Foreign Minister had the chance to address the high-level meeting on "
    "oceans.",
    "On Monday, Minister Dara Holm took the floor to address the ministerial conference "
    "on migration.",
    "On Monday Minister Holm was honoured to address the special session on water.",
    "On Monday she went on to address a meeting of the Human Rights Council.",
])
def test_addressing_a_session_is_taking_part(text):
    recs = records(_LEAD + text, "MLT", _TYPES, date="2023-09-20")
    assert ("multilateral", ("MLT",), (), "2023-09-18") in recs
    assert not [r for r in recs if r[0] == "meeting"]


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting held with a partner stays one
    ("On Monday, Minister Holm had a meeting with the Foreign Minister of Peru.",
     ("meeting", ("MLT",), ("PER",), "2023-09-18")),
    ("On Monday Minister Holm had the opportunity to meet the Foreign Minister of Peru.",
     ("meeting", ("MLT",), ("PER",), "2023-09-18")),
])
def test_a_meeting_with_a_partner_stays_a_meeting(text, expected):
    assert expected in records(_LEAD + text, "MLT", _TYPES, date="2023-09-20")
