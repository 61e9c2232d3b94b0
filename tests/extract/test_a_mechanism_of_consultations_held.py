"""A mechanism of political consultations held, convened or chaired (numbered in Roman
figures, in words or in digits) is a round of consultations; "the III Meeting of the
Political Consultations Mechanism" is that round once, not a meeting too. A mechanism
named as a framework stays a topic."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _types(text: str) -> list[tuple[str, tuple[str, ...]]]:
    res = extract_text(text, issuer="CRI", date="2023-08-22")
    return sorted((r.type, tuple(r.to)) for r in res.records
                  if r.type in ("meeting", "consultation"))


@pytest.mark.parametrize("text", [
    "In Tegucigalpa, the Vice Minister held the III Mechanism of Political Consultations "
    "with Honduras, co-chaired by Vice Minister Luis Mora.",
    "Vice Minister Ana Solís and Vice Minister Luis Mora held the II Mechanism of Political "
    "Consultations between Costa Rica and Honduras.",
    "The Minister convened the 2nd Mechanism of Political Consultations with Honduras on "
    "18 August.",
    "Costa Rica and Honduras held the III Meeting of the Bilateral Political Consultations "
    "Mechanism on 18 August.",
    "Costa Rica and Honduras held the fourth session of the political consultations "
    "mechanism in San José.",
])
def test_a_mechanism_held_is_one_round_of_consultations(text: str) -> None:
    assert _types(text) == [("consultation", ("HND",))]


def test_a_mechanism_named_as_a_framework_is_no_round() -> None:
    text = ("Within the framework of the Mechanism of Political Consultations, the Vice "
            "Minister met his Honduran counterpart.")
    assert _types(text) == [("meeting", ("HND",))]
