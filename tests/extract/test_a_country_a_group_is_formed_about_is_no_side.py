"""A country named as what a group of states is formed about ("the Contact Group on
Libya", "the Core Group for Haiti", "the Friends of Syria Group") is a topic, not a
side of the meeting its members hold; a country named otherwise in the sentence still
is (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str) -> list[str]:
    recs = extract_text(text, issuer="TUR", date="2024-09-27").records
    return sorted({c for r in recs if r.type == "meeting" for c in r.to})


@pytest.mark.parametrize("text", [
    "The Minister and the members of the Contact Group on Gaza met with the UN "
    "Secretary-General on 26 September.",
    "On 26 September the Minister and the members of the International Contact Group on "
    "Libya met with the UN Secretary-General.",
    "The Minister met with the members of the Friends of Syria Group on 26 September.",
    "On Thursday the members of the Core Group for Haiti held a meeting with the Minister.",
    # the group's session is no meeting with the place it is held in either
    "In May the Minister went to Oslo for the ministerial meeting of the Contact Group on "
    "Syria.",
])
def test_the_groups_topic_country_is_no_side(text: str) -> None:
    assert _met(text) == []


@pytest.mark.parametrize(("text", "partner"), [
    ("The Minister met the Foreign Minister of Libya on 26 September.", "LBY"),
    ("On 26 September the Minister, a member of the Contact Group on Gaza, met the Foreign "
     "Minister of Norway.", "NOR"),
])
def test_a_country_named_otherwise_is_a_side(text: str, partner: str) -> None:
    assert _met(text) == [partner]
