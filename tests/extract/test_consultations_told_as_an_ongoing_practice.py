"""Consultations told as an ongoing practice in the perfect progressive ("have been
holding annual political consultations since 2015") are no round held in the year
named; a round held, told in the past, still is one."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _core(issuer: str, text: str) -> list[tuple]:
    res = extract_text("RIGA, 14 November 2025 – " + text, issuer=issuer)
    return sorted((r.type, tuple(r.from_), tuple(r.to), r.date.start) for r in res.records
                  if r.type in {"visit", "meeting", "call", "consultation", "commission",
                                "agreement"})


@pytest.mark.parametrize("text", [
    "Latvia and Moldova have been holding annual political consultations since 2015.",
    "The two foreign ministries have been holding regular consultations since 2015.",
    "Since 2015, Latvia and Moldova have been holding political consultations every year.",
    "Latvia has been holding political consultations with Moldova since 2015.",
])
def test_an_ongoing_practice_is_no_round(text):
    assert [r for r in _core("LVA", text) if r[0] == "consultation"] == []


def test_a_round_held_is_still_one():
    assert _core("LVA", "Latvia and Moldova held annual political consultations in Riga "
                        "on 13 November.") == [("consultation", ("LVA",), ("MDA",),
                                                "2025-11-13")]
