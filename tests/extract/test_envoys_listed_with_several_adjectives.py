"""Envoys counted at a credentials ceremony and listed in the next sentence whose
subject carries several adjectives ("The visiting foreign diplomats include ...",
"The newly accredited foreign envoys are ..."): one meeting with each country named,
on the ceremony's day (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str) -> list[tuple[str, str]]:
    recs = extract_text(text, issuer="GHA", date="2025-11-14").records
    return sorted((r.to[0], r.date.start or "") for r in recs if r.type == "meeting" and r.to)


@pytest.mark.parametrize("text", [
    "Two new ambassadors met with President John Mensah on Monday to present their letters "
    "of credence. The visiting foreign diplomats include the French Ambassador Mr Paul Roux "
    "and the Italian Ambassador Ms Lia Conti.",
    "On Monday the Foreign Minister received copies of the credentials of two ambassadors. "
    "The newly accredited foreign envoys are Mr Paul Roux of France and Ms Lia Conti of Italy.",
    "Two non-resident ambassadors presented their letters of credence to the Governor-General "
    "on Monday. The accredited non-resident ambassadors were Mr Paul Roux of France and "
    "Ms Lia Conti of Italy.",
])
def test_envoys_listed_after_adjectives_are_met(text: str) -> None:
    assert _met(text) == [("FRA", "2025-11-10"), ("ITA", "2025-11-10")]


@pytest.mark.parametrize("text", [
    # the next sentence is about the envoys' concerns, not their names
    "Two new ambassadors met with President John Mensah on Monday to present their letters "
    "of credence. The visiting foreign diplomats are concerned about visa rules in France.",
    # no ceremony and no group met: a sentence about diplomats in general
    "The Minister spoke at a seminar on Monday. The visiting foreign diplomats were "
    "Mr Paul Roux and Ms Lia Conti, both students.",
])
def test_no_listing_after_a_ceremony_no_meetings(text: str) -> None:
    assert _met(text) == []
