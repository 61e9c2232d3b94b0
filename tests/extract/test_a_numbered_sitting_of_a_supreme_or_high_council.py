"""The numbered sitting of two governments' standing council whose name opens with its
rank or kind ("the fourth meeting of the Supreme Council for Cooperation between A and
B", "the 2nd session of the Supreme Joint Council on Trade") is a commission (texts of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize(("issuer", "text", "other"), [
    ("KAZ", "The third meeting of the High Council for Strategic Partnership between "
     "Kazakhstan and Hungary was held in Budapest on 12 March.", "HUN"),
    ("UZB", "On 5 June the presidents chaired the fourth meeting of the Supreme Council for "
     "Cooperation between Uzbekistan and Kazakhstan in Tashkent.", "KAZ"),
    ("AZE", "Talks were held within the 6th session of the Intergovernmental Council for "
     "Economic Cooperation between Azerbaijan and Georgia.", "GEO"),
    ("AZE", "In March, Ankara hosted the 9th meeting of the High-Level Council for Strategic "
     "Cooperation between Turkey and Azerbaijan.", "TUR"),
    ("EGY", "On 2 April the 2nd session of the Supreme Joint Council on Trade between Egypt "
     "and Jordan opened in Amman.", "JOR"),
])
def test_a_councils_numbered_sitting(issuer: str, text: str, other: str) -> None:
    recs = extract_text(text, issuer=issuer, date="2021").records
    assert [tuple(r.to) for r in recs if r.type == "commission"] == [(other,)]
