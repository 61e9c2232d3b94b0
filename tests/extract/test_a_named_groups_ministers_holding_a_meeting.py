"""The ministers of a group with a name of its own holding a meeting ("the Lima Group's
Foreign Ministers held a meeting", "the ministers of the Rio Group held talks") is the
group's session, not one more meeting with the partner told before, whether the
gazetteer knows the group or not (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _kinds(text: str) -> list[tuple[str, list[str]]]:
    recs = extract_text(text, issuer="PER", date="2018-02-13").records
    return sorted((r.type, list(r.to)) for r in recs)


@pytest.mark.parametrize(("text", "partner"), [
    ("The Foreign Minister met with her counterpart from Canada, Melanie Joly. Later, the "
     "Lima Group's Foreign Ministers held a meeting in the capital to address the crisis.",
     "CAN"),
    ("The Minister held talks with the Foreign Minister of Chile. In the afternoon, the "
     "Foreign Ministers of the Andean Community held a meeting in Lima.", "CHL"),
    ("The Minister received her Colombian counterpart on Monday. On Tuesday the ministers "
     "of the Rio Group held talks in Lima on the elections.", "COL"),
    ("The Minister met the Foreign Minister of Ecuador. The Foreign Ministers of the "
     "Pacific Alliance met in Lima in the evening.", "ECU"),
])
def test_the_groups_session_is_multilateral(text: str, partner: str) -> None:
    assert _kinds(text) == [("meeting", [partner]), ("multilateral", [])]


def test_ministers_of_two_countries_still_meet() -> None:
    kinds = _kinds("The Minister met the Foreign Minister of Bolivia. Afterwards the "
                   "Foreign Ministers of Bolivia and Peru held a meeting in Lima.")
    assert {k for k, _ in kinds} == {"meeting"}
