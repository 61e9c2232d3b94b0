"""A guest's earlier trip told in the clause of the guest's visit ("who was on a
working visit to A after a trip to B and C", "who came to X following visits to Y"):
the guest's visits, not the issuer's (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str, issuer: str) -> set[tuple[str, str]]:
    recs = extract_text(text, issuer=issuer, date="2020-10-23").records
    return {(r.from_[0], r.to[0]) for r in recs if r.type == "visit" and r.from_ and r.to}


@pytest.mark.parametrize("text", [
    "On 22 October the Minister met the Foreign Minister of Slovenia, who was in Vilnius on "
    "an official visit, after a trip to Estonia and Latvia.",
    "On 22 October the Minister met the Foreign Minister of Slovenia, who came to Vilnius "
    "following visits to Estonia and Latvia.",
])
def test_the_guest_went_to_the_earlier_stops(text: str) -> None:
    got = _visits(text, "LTU")
    assert {("SVN", "LTU"), ("SVN", "EST"), ("SVN", "LVA")} <= got
    assert not any(frm == "LTU" for frm, _ in got)


def test_our_own_trip_after_a_visit_stays_ours() -> None:
    text = ("On 22 October the Minister visited Estonia, after a trip to Latvia on "
            "20 October.")
    assert _visits(text, "LTU") == {("LTU", "EST"), ("LTU", "LVA")}
