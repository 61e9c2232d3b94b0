"""Meetings in the plural with a list of countries, where a body is named only to say
who the counterparts are ("a number of NATO counterparts, including A, B and C", "her
OSCE colleagues from A and B") or as a listed country's role in brackets ("A (EU
Presidency)", "B (chair of the G20)"): one meeting per country, none with the body. A
body listed as a counterpart of its own ("the ministers of A, B, the EU and C", "the
Belgian premier and EU leaders") and body colleagues with no countries listed still
give a meeting with it (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_MEET = {"meeting"}


def _orgs(text: str, issuer: str) -> set[str]:
    return {o for r in records(text, issuer, _MEET, date="2023-07-12", orgs=True)
            for o in r[3]}


def _to(text: str, issuer: str) -> set[str]:
    return {c for r in records(text, issuer, _MEET, date="2023-07-12") for c in r[2]}


@pytest.mark.parametrize(("text", "issuer", "body", "countries"), [
    ("Later the minister had short meetings with a number of NATO counterparts, "
     "including Norway, Italy and Canada.", "DNK", "NATO", {"NOR", "ITA", "CAN"}),
    ("On the margins she held separate meetings with her OSCE colleagues from Malta, "
     "Austria and Poland.", "FIN", "OSCE", {"MLT", "AUT", "POL"}),
    ("The minister had meetings with the foreign ministers of Estonia, Spain (EU "
     "Presidency) and Latvia.", "GRC", "EU", {"EST", "ESP", "LVA"}),
    ("He held bilateral meetings with the ministers of Chile, India (chair of the G20) "
     "and Peru.", "MEX", "G20", {"CHL", "IND", "PER"}),
    ("He held meetings with his EU colleagues, namely Ireland, Croatia and Slovakia.",
     "SVN", "EU", {"IRL", "HRV", "SVK"}),
    ("She held meetings with the ministers of Austria, Malta (OSCE Chair) and Poland.",
     "SVN", "OSCE", {"AUT", "MLT", "POL"}),
])
def test_the_body_is_no_side(text, issuer, body, countries):
    assert body not in _orgs(text, issuer)
    assert countries <= _to(text, issuer)


@pytest.mark.parametrize(("text", "body"), [
    ("The minister held meetings with the foreign ministers of Chile, India, the EU and "
     "Peru.", "EU"),
    ("The minister held meetings with the Belgian premier and EU leaders.", "EU"),
    ("The minister had meetings with NATO counterparts in Brussels.", "NATO"),
])
def test_a_body_met_in_its_own_right_stays(text, body):
    assert body in _orgs(text, "GRC")
