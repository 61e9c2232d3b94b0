"""An envoy's title that organisations use ("Special Envoy", "Special
Representative", "Director General") is a country's when the country is named
right before it ("the United States Special Envoy", "the French Special
Representative"): a meeting with that country, and none with the organisation
met before (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

HEAD = "Beirut, 19 November 2024\n\n"
BEFORE = "The Minister received the UN Special Coordinator for Lebanon on Monday. "


def _met(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    recs = extract_text(HEAD + text, issuer="LBN", date="2024-11-19").records
    return sorted((tuple(r.to), tuple(r.organizations)) for r in recs if r.type == "meeting")


@pytest.mark.parametrize(("text", "to"), [
    (BEFORE + "In the same context, the Speaker received the United States Special Envoy, "
     "Mr. Amos Brook.", "USA"),
    (BEFORE + "The President also met the French Special Envoy, Mr. Jean Dupont.", "FRA"),
    (BEFORE + "On Tuesday the Prime Minister held talks with the German Special "
     "Representative for the Middle East.", "DEU"),
    (BEFORE + "Later, the Speaker received the Special Envoy of Italy's Prime Minister.",
     "ITA"),
])
def test_a_countrys_envoy_is_that_countrys(text, to):
    assert _met(text) == [((), ("UN",)), ((to,), ())]


@pytest.mark.parametrize(("text", "org"), [
    (BEFORE + "The President also met the Special Envoy of the Secretary-General for "
     "Syria.", "UN"),
    ("The Minister received the EU Special Representative for the Sahel on Monday.", "EU"),
    ("The Minister received NATO's Special Representative for the Southern Neighbourhood.",
     "NATO"),
])
def test_an_organisations_envoy_stays_the_organisations(text, org):
    assert ((), (org,)) in _met(text)
    assert all(not to for to, _ in _met(text))
