"""A delegation led to a sitting of a body of two sides ("led a delegation to the 7th
meeting of the Joint Consultation Mechanism between Nepal and Peru", "heading the
delegation to the second session of the Policy Dialogue between the two foreign
ministries of Nepal and Peru") is no multilateral session: the body is the two
countries' own (its round is read as consultations or a commission where its name says
so). A delegation led to a body of many ("the ministerial meeting of the Bali Process")
is still one (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Kathmandu, 12 March 2025\n\n"


def _sessions(text: str) -> list[tuple]:
    return records(_HEAD + text, "NPL", {"multilateral"})


@pytest.mark.parametrize("text", [
    "Foreign Secretary Hari Thapa led a delegation to the third meeting of the Joint "
    "Consultation Mechanism between Nepal and Peru in Lima on Wednesday.",
    "Foreign Secretary Hari Thapa reached Lima on Wednesday leading a six-member "
    "delegation to the 7th meeting of the Joint Consultation Mechanism between the two "
    "foreign ministries.",
    "On Wednesday Foreign Secretary Hari Thapa headed the delegation to the second session "
    "of the Policy Dialogue between the foreign ministries of Nepal and Peru.",
    "Joint Secretary Mina Rai led the Nepali delegation at the fourth round of the Joint "
    "Committee between Nepal and Peru on Wednesday.",
])
def test_a_body_of_two_is_no_session(text: str) -> None:
    assert _sessions(text) == []


def test_a_body_of_many_is_still_a_session() -> None:
    text = ("Foreign Secretary Hari Thapa led the delegation to the ministerial meeting of "
            "the Bali Process on Wednesday.")
    assert _sessions(text) == [("multilateral", ("NPL",), (), "2025-03-12")]


def test_reached_before_the_delegation_is_still_the_visit() -> None:
    text = ("Foreign Secretary Hari Thapa reached Lima on Wednesday leading a six-member "
            "delegation to the 7th meeting of the Joint Consultation Mechanism between the "
            "two foreign ministries.")
    assert records(_HEAD + text, "NPL", {"visit"}) == [("visit", ("NPL",), ("PER",),
                                                        "2025-03-12")]
