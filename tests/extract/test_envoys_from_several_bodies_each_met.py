"""The staff of several international bodies met, told by a plural noun and "from" or
"of" ("met envoys from the United Nations, the African Union and the World Bank",
"held talks with officials from NATO and the OSCE"): one meeting with each body, as
for their heads ("the Secretaries-General of A and B"). A body named outside that
list (a topic, an envoy's posting) is no side (texts of our own)."""

from __future__ import annotations

import pytest


def _bodies(got):
    return sorted(o for r in got if r.type == "meeting" for o in r.organizations)


@pytest.mark.parametrize("text, bodies", [
    ("The Minister met envoys from the United Nations, the African Union and the World "
     "Bank.", ["AU", "UN", "WB"]),
    ("On Monday she held talks with officials from NATO and the OSCE in Vienna.",
     ["NATO", "OSCE"]),
    ("Minister Okafor received delegates of the International Monetary Fund and the "
     "World Bank at the ministry.", ["IMF", "WB"]),
    ("In Geneva, the Foreign Minister also met diplomats from the European Union and the "
     "United Nations.", ["EU", "UN"]),
])
def test_envoys_of_each_body_listed_are_each_met(text, bodies):
    from communique.extract import extract_text
    got = extract_text(text, issuer="NGA", date="2024-02-12").records
    assert _bodies(got) == bodies, [(r.type, r.organizations) for r in got]


@pytest.mark.parametrize("text, bodies", [
    ("The Minister met the UN envoy, who briefed him on the African Union summit.", ["UN"]),
    ("He met officials from the United Nations to discuss support for the African Union "
     "mission.", ["UN"]),
])
def test_a_body_outside_the_list_is_no_side(text, bodies):
    from communique.extract import extract_text
    got = extract_text(text, issuer="NGA", date="2024-02-12").records
    assert _bodies(got) == bodies, [(r.type, r.organizations) for r in got]
