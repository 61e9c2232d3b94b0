"""An international official at the end of a list of callers ("calls from the Foreign
Ministers of Peru and Chile, as well as from the Secretary General of the OAS") is one
more call, with the organisation, as in a list of people met (sentences of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

HEAD = "Warsaw, 10 May 2024\n\n"


@pytest.mark.parametrize(("text", "org"), [
    ("The Minister received telephone calls this week from the Foreign Ministers of Peru and "
     "Chile, as well as from the Secretary General of the OAS.", "OAS"),
    ("The Minister spoke by phone with the Foreign Ministers of Peru and Chile and with the "
     "Secretary-General of NATO.", "NATO"),
    ("On Monday the Minister had phone calls with her Peruvian and Chilean counterparts and "
     "with the Secretary-General of the OAS.", "OAS"),
])
def test_the_official_of_an_organisation_is_one_more_call(text, org):
    recs = [r for r in extract_text(HEAD + text, issuer="POL", date="2024-05-10").records
            if r.type == "call"]
    assert sorted(c for r in recs for c in r.to) == ["CHL", "PER"], recs
    assert [r.organizations for r in recs if not r.to] == [[org]], recs


def test_no_official_no_organisation_call():
    text = HEAD + "The Minister spoke by phone with the Foreign Ministers of Peru and Chile."
    recs = [r for r in extract_text(text, issuer="POL", date="2024-05-10").records
            if r.type == "call"]
    assert [r.organizations for r in recs] == [[], []], recs
