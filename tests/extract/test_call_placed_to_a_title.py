"""A call told by "called" with the person called named by a title straight after
the verb, or after a country's possessive ("called Minister A", "called Kenya's
Prime Minister"): a call from the caller's side (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _calls(text: str, issuer: str) -> list[tuple[list[str], list[str], str | None]]:
    recs = extract_text(text, issuer=issuer, date="2024-06-07").records
    return [(list(r.from_), list(r.to), r.date.start) for r in recs if r.type == "call"]


@pytest.mark.parametrize(("issuer", "text", "caller", "called"), [
    ("SVN", "The Ghanaian Foreign Minister called Minister Fajon on 5 June.", "GHA", "SVN"),
    ("SVN", "On 5 June the Foreign Minister of Ghana called Foreign Minister Fajon to "
     "discuss the elections.", "GHA", "SVN"),
    ("KEN", "On 5 June the President of Ghana called Kenya's President to congratulate him.",
     "GHA", "KEN"),
    ("NOR", "Foreign Minister Eide called Prime Minister Carney of Canada on 5 June.",
     "NOR", "CAN"),
])
def test_called_with_a_title_after_it_is_a_call(issuer: str, text: str, caller: str,
                                                 called: str) -> None:
    assert _calls(text, issuer) == [([caller], [called], "2024-06-05")]


@pytest.mark.parametrize(("issuer", "text"), [
    ("SVN", "On 5 June the so-called President of the breakaway region spoke to the press."),
    ("SVN", "On 5 June the Minister called President Mahama's plan for the region bold."),
    ("SVN", "On 5 June the Foreign Minister of Ghana was called Minister of the Year."),
])
def test_called_naming_or_judging_is_no_call(issuer: str, text: str) -> None:
    assert _calls(text, issuer) == []
