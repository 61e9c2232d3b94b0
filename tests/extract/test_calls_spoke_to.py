"""A readout's "spoke to" an official is a call, as "spoke with" is; "spoke to"
the press, students or a session is none (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _calls(text: str) -> list[tuple[str, ...]]:
    recs = extract_text(text, issuer="GBR", date="2025-11-14").records
    return [tuple(r.to) for r in recs if r.type == "call"]


@pytest.mark.parametrize(("text", "to"), [
    ("The Prime Minister spoke to the Chancellor of Austria this evening about energy "
     "prices.", ("AUT",)),
    ("This afternoon the Foreign Secretary spoke to Peruvian Foreign Minister Elmer Schialer "
     "about the trade talks.", ("PER",)),
    ("The Foreign Secretary spoke today to his Ghanaian counterpart on the regional "
     "situation.", ("GHA",)),
    ("The Minister has spoken to the President of Chile to offer condolences after the "
     "floods.", ("CHL",)),
])
def test_spoke_to_an_official_is_a_call(text: str, to: tuple[str, ...]) -> None:
    assert _calls(text) == [to]


@pytest.mark.parametrize("text", [
    "In Lima, the Foreign Secretary spoke to journalists about the trade talks with Peru.",
    "The Minister spoke to students at the University of Ghana about the Commonwealth.",
    "The Prime Minister spoke to the press after the summit in Vienna.",
])
def test_spoke_to_others_is_no_call(text: str) -> None:
    assert _calls(text) == []


@pytest.mark.parametrize(("text", "org"), [
    ("Later, the Minister received a call from the European Commissioner for Trade, Ana "
     "Lopez, on the new tariffs.", "EC"),
    ("On Monday the Foreign Minister took a call from the African Union Commissioner for "
     "Peace and Security about Sudan.", "AU"),
    ("The Minister had a call with the EU High Representative on Monday about Ukraine.", "EU"),
])
def test_a_call_from_an_organisations_commissioner(text: str, org: str) -> None:
    recs = extract_text(text, issuer="CYP", date="2025-06-30").records
    assert [(r.type, r.organizations) for r in recs] == [("call", [org])]


def test_a_call_to_a_police_commissioner_is_no_diplomatic_call() -> None:
    text = "The Minister made a call to the Commissioner of Police about the robbery."
    assert extract_text(text, issuer="CYP", date="2025-06-30").records == []
