"""Credentials (or a UN representative's letter of introduction) presented with the
one who receives them named between the verb and the letters ("presented to me her
letters of credence") are a meeting with the envoy's country or organisation, as
with the letters first (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str, issuer: str = "BHS") -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    recs = extract_text(text, issuer=issuer, date="2019-12-10").records
    return sorted((tuple(r.to), tuple(r.organizations)) for r in recs if r.type == "meeting")


@pytest.mark.parametrize(("text", "want"), [
    ("On 4 December the new Ambassador of Chile presented to me a copy of his credentials.",
     [(("CHL",), ())]),
    ("The High Commissioner of India presented to the Foreign Minister her letters of "
     "credence on 6 December.", [(("IND",), ())]),
    ("Just last week, the Resident Representative of UNICEF presented to me her letter "
     "of introduction.", [((), ("UNICEF",))]),
    ("On 3 December the Head of the UNHCR office presented his letter of introduction to "
     "the Minister of Foreign Affairs.", [((), ("UNHCR",))]),
])
def test_letters_presented_to_someone_named_first(text: str, want: list) -> None:
    assert _meetings(text) == want


@pytest.mark.parametrize("text", [
    "On 4 December the Ambassador of Chile presented to me the annual report of the "
    "trade council.",
    "The new Ambassador of Peru will present to the Minister a copy of his credentials "
    "next week.",
    "The Minister presented to parliament a letter of introduction to the new budget.",
])
def test_other_things_presented_are_no_meeting(text: str) -> None:
    assert _meetings(text) == []
