"""Events announced or hoped for are not reported as held: the purpose of a
journey announced, a visit hoped to take place (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _types(text: str) -> list[str]:
    return [r.type for r in extract_text(text, issuer="ESP", date="2025-05-06").records]


@pytest.mark.parametrize("text", [
    "Next week, the Minister will travel to Brazil to attend the BRICS summit.",
    "The Minister is due to fly to Addis Ababa on Friday to take part in the African Union "
    "summit.",
    "The Secretary of State plans to go to Geneva to participate in the Human Rights Council.",
    "The Minister expressed hope that the visit of the President of Angola would take place "
    "soon.",
    "Both sides agreed that the next session of the joint commission should be held in "
    "Madrid.",
    "The ministers noted that the summit could take place in the autumn.",
])
def test_an_announced_or_hoped_for_event_is_not_reported(text):
    assert _types(text) == []


@pytest.mark.parametrize(("text", "types"), [
    ("The Minister travelled to Brazil to attend the BRICS summit.", ["visit", "multilateral"]),
    ("On Monday the Minister flew to Addis Ababa to take part in the African Union summit.",
     ["visit", "multilateral"]),
])
def test_a_journey_made_to_attend_is_reported(text, types):
    assert _types(text) == types


@pytest.mark.parametrize(("text", "to"), [
    ("The Minister went to New York to attend the General Assembly.", "USA"),
    ("The President of Angola came to Madrid on a state visit.", "ESP"),
    ("On Monday the Minister flew to Nairobi for talks.", "KEN"),
])
def test_went_came_or_flew_to_a_place_is_a_visit(text, to):
    assert [r.to for r in extract_text(text, issuer="ESP", date="2025-05-06").records
            if r.type == "visit"] == [[to]]


@pytest.mark.parametrize("text", [
    "The two sides came to an agreement on the text.",
    "The Minister went to the Parliament to answer questions.",
])
def test_came_to_an_agreement_is_no_visit(text):
    assert "visit" not in _types(text)
