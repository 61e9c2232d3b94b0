"""Sides that meet as one subject, the issuer's among them, hold one meeting of
all of them ("The foreign ministers of A, B and C met in Riga"); a meeting
with a list of counterparts after the verb stays one record each (sentences
of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str, issuer: str = "LTU"):
    return sorted(tuple(r.to) for r in extract_text(text, issuer=issuer,
                                                    date="2024-09-26").records
                  if r.type == "meeting")


@pytest.mark.parametrize(("text", "issuer", "partners"), [
    ("The foreign ministers of Lithuania, Latvia and Estonia met in Riga on Friday.",
     "LTU", ("LVA", "EST")),
    ("On Wednesday, the Minister and his Latvian and Estonian counterparts held a Baltic "
     "ministerial meeting.", "LTU", ("LVA", "EST")),
    ("The Minister and her Danish and Swedish colleagues held a Nordic trilateral on the "
     "margins.", "NOR", ("DNK", "SWE")),
    ("Mr Berg and his Finnish and Icelandic counterparts, Ms A and Mr B, held a ministerial "
     "meeting in Oslo.", "NOR", ("FIN", "ISL")),
])
def test_sides_meeting_as_one_subject_hold_one_meeting(text, issuer, partners):
    assert _meetings(text, issuer) == [partners]


@pytest.mark.parametrize("text", [
    "The Minister met the foreign ministers of Latvia and Estonia.",
    "The Minister held talks with his Latvian and Estonian counterparts.",
    "The ambassadors of Latvia and Estonia met the Minister on Friday.",
    "The Minister and the foreign ministers of Latvia and Estonia met separately with the "
    "Secretary of State.",
])
def test_counterparts_met_one_by_one_stay_bilateral(text):
    assert _meetings(text) == [("EST",), ("LVA",)]
