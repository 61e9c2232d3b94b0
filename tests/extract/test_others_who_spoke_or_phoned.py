"""Calls of others told by their subject, in a third country's text: two sides joined
as the subject of a call with no partner after it ("The presidents of A and B spoke by
phone", "The A and B presidents had a telephone conversation") are their call, from the
first to the second, as "met" is; and an official of A who "phoned" the official of B
calls B (the record ran from B). The issuer among the subject keeps its call (texts of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _calls(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="EST", date="2025-03-20").records
    return [(r.from_, r.to, r.date.start) for r in recs if r.type in ("call", "meeting")]


@pytest.mark.parametrize("text", [
    "The presidents of Latvia and Lithuania spoke by phone on 19 March.",
    "The presidents of Latvia and Lithuania held a phone call on 19 March.",
    "The Latvian and Lithuanian presidents had a telephone conversation on 19 March.",
    "On 19 March the foreign ministers of Latvia and Lithuania talked over the phone.",
    "The Prime Minister of Latvia phoned the Prime Minister of Lithuania on 19 March, "
    "Riga said.",
    "The Latvian Prime Minister called the Prime Minister of Lithuania on 19 March.",
])
def test_theirs(text: str) -> None:
    assert _calls(text) == [(["LVA"], ["LTU"], "2025-03-19")]


@pytest.mark.parametrize("text, frm, to", [
    ("Prime Minister Tamm and Prime Minister of Finland Laine spoke on the phone on 19 "
     "March.", ["EST"], ["FIN"]),
    ("The Minister and the Foreign Minister of Latvia spoke by phone on 19 March.",
     ["EST"], ["LVA"]),
    ("The foreign ministers of Estonia, Finland and Sweden held a conference call on 19 "
     "March.", ["EST"], ["FIN", "SWE"]),
    ("The Foreign Minister of Latvia called the Minister on 19 March.", ["LVA"], ["EST"]),
    ("The Prime Minister of Latvia received a call from the Prime Minister of Lithuania "
     "on 19 March.", ["LTU"], ["LVA"]),
])
def test_kept(text: str, frm: list[str], to: list[str]) -> None:
    assert _calls(text) == [(frm, to, "2025-03-19")]
