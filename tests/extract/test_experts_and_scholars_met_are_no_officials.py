"""Experts, scholars, researchers or students met ("also met with a group of experts
at the Institute of International Relations") are no officials of the partner the
text is about: no meeting with that side (sentences of our own)."""

from __future__ import annotations

import pytest

_OPEN = ("MINSK, 12 May (BelTA) – Political consultations between the foreign ministries "
         "of Belarus and Austria were held in Vienna. ")


@pytest.mark.parametrize("text", [
    "While in Vienna the Deputy Minister also met with a group of experts at the Austrian "
    "Institute for International Affairs.",
    "The Deputy Minister also met with researchers of the Vienna Institute for "
    "International Economic Studies.",
    "Later the Belarusian diplomat met leading scholars of the Diplomatic Academy.",
    "He also met a number of students of the University of Vienna.",
])
def test_experts_met_are_no_meeting(ex, text):
    assert ex(_OPEN + text, issuer="BLR", date="2018", types=["meeting"]) == []


@pytest.mark.parametrize("text", [
    "The Deputy Minister also met with the Secretary General of the Austrian Foreign "
    "Ministry.",
    "He also met with experts of the Foreign Ministry.",
])
def test_officials_met_still_are(ex, text):
    got = ex(_OPEN + text, issuer="BLR", date="2018", types=["meeting"])
    assert [g[2] for g in got] == [("AUT",)]
