"""Meetings held during a numbered session of an assembly ("the Minister's bilateral
meetings during the 79th session of the General Assembly in New York",
"held bilateral meetings during the session of the Council"): the side was there, a
participation in the session, as "on the sidelines of" already was; a session named
with no meetings during it gives none of this (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _sessions(text: str) -> list[tuple[list[str], list[str]]]:
    return [(r.from_, r.organizations)
            for r in extract_text(text, issuer="PRY", date="2024-09-25").records
            if r.type == "multilateral"]


@pytest.mark.parametrize("text", [
    "The Minister spoke with the Foreign Minister of Chile in New York, one of her many "
    "bilateral meetings during the 79th session of the United Nations General Assembly.",
    "The Minister held bilateral meetings during the 79th session of the United Nations "
    "General Assembly.",
    "The Vice Minister had several meetings during the annual session of the UN General "
    "Assembly.",
    "Among her meetings during the 79th session of the UN General Assembly was one with the "
    "Foreign Minister of Peru.",
])
def test_the_session_attended(text):
    assert (["PRY"], ["UNGA"]) in _sessions(text)


@pytest.mark.parametrize("text", [
    "The Minister reviewed the bilateral meetings during the visit.",
    "The Minister reported on the meetings during the trip to Brazil.",
])
def test_no_session(text):
    assert _sessions(text) == []
