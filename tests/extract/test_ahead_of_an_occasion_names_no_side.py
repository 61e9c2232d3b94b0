"""An organisation or country named in "ahead of / in preparation for" the occasion an
event prepares is that occasion's, not a side of the event (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _sides(text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    recs = extract_text(text, issuer="PER", date="2025-06-12").records
    return [(list(r.to), list(r.organizations)) for r in recs if r.type == kind]


@pytest.mark.parametrize(("text", "kind", "sides"), [
    ("On 2 June the Minister held consultations in Santiago ahead of the Summit of the "
     "Pacific Alliance.", "consultation", []),
    ("The Minister held talks with the Foreign Minister of Chile in preparation for the "
     "summit of the African Union.", "meeting", [(["CHL"], [])]),
    ("The Vice Minister held consultations with Ecuador in the run-up to the ministerial "
     "meeting of the Andean Community.", "consultation", [(["ECU"], [])]),
])
def test_the_occasion_prepared_is_no_side(text: str, kind: str, sides: list) -> None:
    assert _sides(text, kind) == sides


def test_a_side_named_before_ahead_of_stays() -> None:
    text = ("The Minister met the Secretary-General of the Pacific Alliance ahead of the "
            "summit in Lima.")
    assert _sides(text, "meeting") == [([], ["PA"])]
