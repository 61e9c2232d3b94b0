""""Called on <official> to <do something>" is an appeal, not a courtesy call: no
meeting. A courtesy call told with its purpose ("to convey greetings", "to discuss",
"to bid farewell") or with what followed it stays a meeting (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str, issuer: str = "POL") -> list[list[str]]:
    recs = extract_text("12 March 2025\n\n" + text, issuer=issuer).records
    return [list(r.to) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize("text", [
    "The Minister called on the President of Serbia to release the detained journalists.",
    "The Foreign Minister called on the Foreign Minister of Armenia to return to the "
    "negotiating table without preconditions.",
    "Minister Sikorski called on the Prime Minister of Hungary to lift the veto on the "
    "sanctions package.",
    "In his statement, the Minister called on President Vucic to respect the agreement.",
    "The Ministry called on the Prime Minister of Georgia, Irakli Kobakhidze, to withdraw "
    "the draft law.",
    "The Deputy Minister calls on the Foreign Minister of Belarus to stop the "
    "instrumentalisation of migrants.",
])
def test_an_appeal_to_an_official_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(("text", "partner"), [
    ("The Minister called on President Vucic in Belgrade.", "SRB"),
    ("The Minister called on the President of Serbia on Tuesday to discuss regional "
     "issues.", "SRB"),
    ("During his visit, the Minister called on the Prime Minister of India to convey the "
     "greetings of the President.", "IND"),
    ("The outgoing Ambassador called on the Foreign Minister of Kenya to bid farewell.",
     "KEN"),
    ("The Minister called on the Prime Minister of India, who expressed the wish to "
     "visit Poland next year.", "IND"),
    ("The Minister called on the Prime Minister of India and agreed to expand trade.",
     "IND"),
])
def test_a_courtesy_call_with_its_purpose_stays_a_meeting(text: str, partner: str) -> None:
    assert _meetings(text) == [[partner]]
