"""A goal set ("we have the goal of visiting all twelve members", "our aim is to
visit every member") is no visit; a visit whose aim is told still happened (texts of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="MEX", date="2024-05-06").records
    return [list(r.to) for r in recs if r.type == "visit"]


@pytest.mark.parametrize("text", [
    "We have the goal of visiting all 12 members of the Caribbean Community this year, the "
    "minister said.",
    "Our aim is to visit every member of ASEAN by December.",
    "Minister Diaz set herself the objective of visiting Peru and Chile in 2024.",
    "The ambition of the ministry is to visit Kenya before the summer.",
])
def test_a_goal_set_is_no_visit(text: str) -> None:
    assert _visits(text) == []


def test_a_visit_with_its_aim_told_happened() -> None:
    assert _visits("The aim of the visit to Kenya on 3 May was to strengthen trade ties.") \
        == [["KEN"]]


@pytest.mark.parametrize("text", [
    "Visiting Uruguay before the end of the year is a priority objective of the minister.",
    "Visiting every island state of the region remains one of our main goals, she said.",
    "Visiting Japan has become the first aim of the new government.",
])
def test_a_gerund_subject_named_a_goal_is_no_visit(text: str) -> None:
    assert _visits(text) == []


def test_a_gerund_opening_a_clause_of_a_visit_held_is_one() -> None:
    assert _visits("Visiting Kenya on 3 May, the minister said that trade is a priority.") \
        == [["KEN"]]
