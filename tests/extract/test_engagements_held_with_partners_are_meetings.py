"""Engagements in the plural, held, had or included with partners named after "with"
("held bilateral engagements with Chile and Peru", "These included engagements with
Japan, India and Canada" after a count of meetings): a meeting with each partner.
An engagement as a commitment ("Chile's engagement with the region", "deepened its
engagement with Africa"), engagements of no partner named, or ones still to come, are
none (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str, issuer: str = "GHA", date: str = "2023") -> list[str]:
    recs = extract_text(text, issuer=issuer, date=date).records
    return sorted(r.to[0] for r in recs if r.type == "meeting" and r.to)


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("During the year the Ministry convened 30 bilateral meetings with its partners. These "
     "included engagements with Japan, India and Canada.", "GHA", ["CAN", "IND", "JPN"]),
    ("In March the Foreign Minister held bilateral engagements with Chile and Peru in "
     "Lima.", "ARG", ["CHL", "PER"]),
    ("Our diplomats had high-level engagements with Norway, Sweden and Finland over the "
     "past twelve months.", "EST", ["FIN", "NOR", "SWE"]),
    ("The Secretary's calendar includes engagements with Brazil and Mexico, among other "
     "partners, held this spring.", "USA", ["BRA", "MEX"]),
    ("Last year the Department conducted several engagements with the Foreign Ministry of "
     "Kenya.", "UGA", ["KEN"]),
])
def test_each_partner_of_the_engagements_is_met(text: str, issuer: str,
                                                expected: list[str]) -> None:
    assert _met(text, issuer) == expected


@pytest.mark.parametrize("text", [
    # a commitment, not a meeting
    "The Minister welcomed Chile's engagement with the region.",
    "Ghana has deepened its engagement with Africa and the wider world.",
    "The President praised the engagements of Japanese investors in the country.",
    # no partner named after "with"
    "The Ministry held engagements with stakeholders and civil society groups.",
])
def test_no_meeting(text: str) -> None:
    assert _met(text) == []


def test_engagements_to_come_are_not_held() -> None:
    assert _met("Next month the Minister will hold engagements with Chile and Peru.",
                "ARG", "2023-05-02") == []
