"""A meeting whose object lists officials of several organisations ("met the
Secretary-General of the United Nations, A, and the High Representative of the
European Union, B") is one meeting with each organisation (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

HEAD = "Vienna, 10 May 2024\n\n"


def _orgs_met(text: str) -> list[tuple[str, ...]]:
    recs = extract_text(HEAD + text, issuer="AUT", date="2024-05-10").records
    return sorted(tuple(r.organizations) for r in recs if r.type == "meeting")


@pytest.mark.parametrize(("text", "orgs"), [
    ("She also met the NATO Secretary General and the OSCE Secretary General.",
     ["NATO", "OSCE"]),
    ("The Minister met the Secretary-General of the United Nations, Mr Ban Ki, and the "
     "High Representative of the European Union, Ms Anna Berg.", ["EU", "UN"]),
    ("On Friday the Minister held talks with the Secretary General of NATO and with the "
     "Director-General of the WHO.", ["NATO", "WHO"]),
    ("In Geneva the State Secretary met the Director-General of the IAEA, the Secretary "
     "General of the OSCE and the Secretary General of NATO.", ["IAEA", "NATO", "OSCE"]),
])
def test_each_organisation_whose_official_is_met_is_one_meeting(text, orgs):
    assert _orgs_met(text) == [(o,) for o in orgs]


@pytest.mark.parametrize(("text", "orgs"), [
    # the second organisation is what the official told about, not one met
    ("The Minister met the Secretary General of NATO, who briefed her on his talks with "
     "the Director-General of the WHO.", ["NATO"]),
    # a topic, not an official
    ("The Minister met the Secretary General of the OSCE to discuss the EU and NATO.",
     ["OSCE"]),
    # a venue
    ("The Minister met the Secretary General of the OSCE on the margins of the NATO "
     "summit.", ["OSCE"]),
])
def test_an_organisation_without_its_official_met_is_no_meeting(text, orgs):
    assert _orgs_met(text) == [(o,) for o in orgs]
