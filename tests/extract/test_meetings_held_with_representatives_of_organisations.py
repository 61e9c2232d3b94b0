"""Meetings or talks told in the passive with an adverb in it ("Meetings were also
held with ...") are meetings; representatives or officials of several
organisations, listed directly or as examples ("of partner organisations such as
A and B"), make one meeting with each organisation; one organisation stays one
meeting, and a session held with an organisation taking part is none (sentences
of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-09-12"


def _orgs(ex_text: str) -> list[tuple[str, ...]]:
    from communique.extract import extract_text

    res = extract_text(ex_text, issuer="GEO", date=_DAY)
    return sorted(tuple(r.organizations) for r in res.records if r.type == "meeting")


@pytest.mark.parametrize(("text", "orgs"), [
    ("Further meetings were held with representatives of partner agencies such as UNICEF "
     "and the WHO to discuss vaccines.", [("UNICEF",), ("WHO",)]),
    ("Meetings were also held with representatives of UNICEF and UNHCR.",
     [("UNHCR",), ("UNICEF",)]),
    ("Talks were also held on Monday with officials of international organisations, "
     "including UNDP and UNICEF.", [("UNDP",), ("UNICEF",)]),
    ("On Monday the Minister met with representatives of the WFP and the FAO.",
     [("FAO",), ("WFP",)]),
    ("On Monday the Minister met with representatives of UNICEF.", [("UNICEF",)]),
])
def test_representatives_of_each_organisation_are_a_meeting_each(text, orgs):
    assert _orgs(text) == orgs


def test_meetings_also_held_with_countries(ex):
    got = ex("Meetings were also held with Brazil and Chile on Monday.", date=_DAY,
             types=["meeting"])
    assert got == [("meeting", ("GEO",), ("BRA",), "2024-09-09"),
                   ("meeting", ("GEO",), ("CHL",), "2024-09-09")]


@pytest.mark.parametrize("text", [
    "The summit was also held with the participation of UNICEF.",
    "Elections were also held with the support of UNDP observers.",
])
def test_a_session_held_with_an_organisation_is_no_meeting(ex, text):
    assert ex(text, date=_DAY, types=["meeting"]) == []
