"""A call told with a verb of exchange and the medium after it ("communicated by
telephone with", "conferred over the phone with") is a call; a call with an
official of the European Commission is a call with the EU (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    return sorted((r.type, tuple(r.from_), tuple(r.to), tuple(r.organizations))
                  for r in extract_text(text, issuer="URY", date="2024-03-14").records)


@pytest.mark.parametrize(("text", "other"), [
    ("The Minister communicated by telephone with his Bolivian counterpart on Monday.", "BOL"),
    ("On Tuesday the Foreign Minister communicated by phone with the Foreign Minister of "
     "Paraguay.", "PRY"),
    ("Later, the Vice Minister conferred over the telephone with the Deputy Foreign "
     "Minister of Chile.", "CHL"),
    ("The Chancellor consulted by telephone with the Peruvian Foreign Minister about the "
     "summit.", "PER"),
    ("The Minister conversed via telephone with the Foreign Minister of Ecuador.", "ECU"),
])
def test_a_verb_of_exchange_by_telephone_is_a_call(text, other):
    assert _records(text) == [("call", ("URY",), (other,), ())]


@pytest.mark.parametrize("text", [
    "The Foreign Minister had a phone call with the European Commissioner for Trade.",
    "On Friday the Minister held a telephone conversation with the European Commissioner "
    "for Enlargement, Ms Anna Lind.",
    "The Minister spoke by phone with the European Commissioner responsible for energy.",
])
def test_a_call_with_a_european_commissioner_is_a_call_with_the_eu(text):
    recs = _records(text)
    assert [r for r in recs if r[0] == "call"] == [("call", ("URY",), (), ("EC",))]


@pytest.mark.parametrize("text", [
    # a message conveyed, no call
    "The Ministry communicated with the embassy of Bolivia by diplomatic note.",
    "The Minister communicated the decision to the Paraguayan authorities.",
    # the telephone as a topic, no call
    "The Minister discussed telephone tariffs with the regulators of Chile.",
])
def test_no_call_without_a_call(text):
    assert not [r for r in _records(text) if r[0] == "call"]
