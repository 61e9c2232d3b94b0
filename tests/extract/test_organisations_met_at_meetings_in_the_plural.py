"""At "meetings" in the plural, an organisation named beside a country's official is
a counterpart of its own ("held meetings with the Belgian premier and EU leaders");
one "meeting" with both stays one record (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str) -> list[tuple[list[str], list[str]]]:
    recs = extract_text(text, issuer="CHN", date="2023-05-06").records
    return sorted((list(r.to), list(r.organizations)) for r in recs if r.type == "meeting")


@pytest.mark.parametrize(("text", "country", "org"), [
    ("President Li held meetings in Brussels with the Belgian premier and EU leaders.", "BEL",
     "EU"),
    ("In Addis Ababa the Premier held meetings with the Ethiopian Prime Minister and AU "
     "officials on 4 May.", "ETH", "AU"),
    ("The Vice Premier had separate meetings with Chilean ministers and the leadership of "
     "the OAS in Washington.", "CHL", "OAS"),
])
def test_each_party_is_met(text: str, country: str, org: str) -> None:
    assert _met(text) == [([], [org]), ([country], [])]


def test_a_venue_is_no_party() -> None:
    assert _met("President Li had a meeting with the French President on the sidelines "
                "of the UN General Assembly.") == [(["FRA"], [])]
