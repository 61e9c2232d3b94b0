"""Talks told as begun ("have begun talks", "started their talks") or with a run of
their qualities ("had long, frank and fruitful talks") are a meeting; talks still to
begin, or begun on a treaty's text, are none (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="LTU", date="2024-05-06").records
    return [list(r.to) + list(r.organizations) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize(("text", "partner"), [
    ("Foreign Minister Ona Vaitkute and her Estonian counterpart started their talks in "
     "Tallinn on Friday.", "EST"),
    ("VILNIUS, May 3. Lithuanian Foreign Minister Ona Vaitkute and Irish Foreign Minister "
     "Sean Byrne have begun talks at the ministry.", "IRL"),
    ("The Lithuanian and Mexican ministers had long, frank and very fruitful talks over "
     "lunch on Thursday.", "MEX"),
    ("On 2 May the Foreign Minister held substantive, in-depth discussions with the "
     "Foreign Minister of Chile.", "CHL"),
    ("Minister Vaitkute and the OSCE Secretary General opened talks in Vienna on Monday.",
     "OSCE"),
])
def test_talks_begun_or_qualified_are_a_meeting(text: str, partner: str) -> None:
    assert [partner] in _meetings(text)


@pytest.mark.parametrize("text", [
    "The ministers of Lithuania and Peru will begin talks in Lima on Monday.",
    "Lithuania and Peru opened talks on a new fisheries agreement.",
])
def test_talks_to_come_or_on_a_treaty_are_none(text: str) -> None:
    assert _meetings(text) == []
