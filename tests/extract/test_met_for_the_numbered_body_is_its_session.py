"""Sides that "met for" their joint body's numbered sitting named by the body itself
("The ministers met for the 2nd A-B Joint Permanent Commission on 6 June"): the body's
session on its day, no meeting beside it; an official met by name before the body
("met the Foreign Minister of B ... for the Joint Commission") or on its sidelines is
still a meeting."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _core(issuer: str, text: str) -> list[tuple]:
    res = extract_text("NAIROBI, 8 June 2025 – " + text, issuer=issuer)
    return sorted((r.type, tuple(r.from_), tuple(r.to), r.date.start) for r in res.records
                  if r.type in {"visit", "meeting", "call", "consultation", "commission",
                                "agreement"})


@pytest.mark.parametrize("text", [
    "The Ministers met for the 2nd Kenya-Uganda Joint Permanent Commission on 6 June.",
    "Officials of Kenya and Uganda met in Kampala on 6 June for the 2nd Joint Permanent "
    "Commission for Cooperation.",
    "The foreign ministers of Kenya and Uganda met on 6 June for the second Joint "
    "Permanent Commission.",
    "The ministers of Kenya and Uganda met on 6 June in Kampala for the 2nd Kenya-Uganda "
    "Joint Commission.",
])
def test_met_for_the_numbered_body_is_its_session(text):
    assert _core("KEN", text) == [("commission", ("KEN",), ("UGA",), "2025-06-06")]


def test_an_official_met_before_the_body_is_still_a_meeting():
    got = _core("KEN", "The Cabinet Secretary met the Foreign Minister of Uganda in Kampala "
                       "on 6 June for the 2nd Joint Permanent Commission.")
    assert ("meeting", ("KEN",), ("UGA",), "2025-06-06") in got
