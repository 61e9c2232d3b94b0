"""A declaration adopted at a summit, told with what it said about the ties between
countries ("The declaration adopted by the leaders underlined the cooperation between
A, B and C"), is the body's resolution: the countries of what it said are no parties
of an agreement (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _types(text: str) -> list[tuple[str, list[str]]]:
    recs = extract_text(text, issuer="BLZ", date="2019-08-26").records
    return [(r.type, list(r.to)) for r in recs if r.type in ("agreement", "resolution")]


@pytest.mark.parametrize("text", [
    "The declaration adopted by the leaders underlined cooperation between Kenya, Uganda "
    "and Tanzania.",
    "The Santiago Political Declaration, which the presidents adopted, reaffirmed the "
    "value of dialogue between the countries of the Andes, Chile, Peru and Ecuador.",
    "The final declaration, adopted by the heads of government on 23 August, stressed the "
    "importance of trade between Fiji, Samoa and Tonga.",
    "At the close of the summit, the presidents adopted the Quito Declaration, which "
    "highlighted the partnership between Bolivia, Paraguay and Uruguay.",
])
def test_the_declaration_is_a_resolution(text: str) -> None:
    assert _types(text) == [("resolution", [])]


def test_a_joint_statement_between_two_states_is_theirs() -> None:
    assert _types("A Joint Statement between Slovakia and Poland was adopted.") == [
        ("agreement", ["SVK", "POL"])]
