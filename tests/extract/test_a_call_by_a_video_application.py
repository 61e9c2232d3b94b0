"""A call held through an application names it as its medium: "spoke via Zoom with A",
"talked over Skype with B", "had a conversation via Microsoft Teams with C", "held a
Zoom call with D" are calls as "by video link" is; messages exchanged through one are
no call, and a session of others joined through one stays a multilateral (texts of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="EST", date="2025-03-20").records
    return [(r.type, r.from_, r.to, r.date.start) for r in recs]


@pytest.mark.parametrize("text, partner", [
    ("Foreign Minister Kask spoke via Zoom with the Foreign Minister of Canada on 19 "
     "March.", "CAN"),
    ("The Minister talked over Skype with her Japanese counterpart on 19 March.", "JPN"),
    ("The Minister had a conversation via Microsoft Teams with the Foreign Minister of "
     "Peru on 19 March.", "PER"),
    ("The Minister held a Zoom call with the Foreign Minister of Chile on 19 March.",
     "CHL"),
    ("The State Secretary spoke with the Deputy Foreign Minister of Peru via WhatsApp on "
     "19 March.", "PER"),
])
def test_a_call(text: str, partner: str) -> None:
    assert _records(text) == [("call", ["EST"], [partner], "2025-03-19")]


@pytest.mark.parametrize("text", [
    "Minister Kask exchanged messages via WhatsApp with the Foreign Minister of Bulgaria "
    "on 19 March.",
    "The Minister met the national football teams on 19 March.",
])
def test_none(text: str) -> None:
    assert [r for r in _records(text) if r[0] in ("call", "meeting")] == []


def test_a_session_joined_by_zoom() -> None:
    assert [r[0] for r in _records("The Minister took part in a Zoom meeting of the "
                                   "foreign ministers of the Nordic countries on 19 "
                                   "March.")] == ["multilateral"]
