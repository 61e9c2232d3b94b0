"""The head of an agency or a regional community ("Executive Secretary of IGAD",
"Executive Director of UNICEF", "Personal Representative of the OSCE Chairperson-in-
Office") listed beside officials of countries is one more meeting or call, with the
organisation; two heads of organisations called are two calls (sentences of our
own)."""

from __future__ import annotations

import pytest

HEAD = "Nairobi, 10 May 2024\n\nThe Ministry of Foreign Affairs informs as follows.\n\n"


@pytest.mark.parametrize(("text", "kind", "want"), [
    ("On Wednesday the Minister met Jeremy Tau, Prime Minister of Fiji, and Dr. Ana Berg, "
     "Executive Secretary of the Southern African Development Community (SADC).", "meeting",
     [(), ("FJI",)]),
    ("On Wednesday the Minister held talks with the Foreign Minister of Chile and with the "
     "Executive Director of UNICEF.", "meeting", [(), ("CHL",)]),
    ("On Wednesday the President spoke by phone with the President of Ghana and the Executive "
     "Secretary of ECOWAS.", "call", [(), ("GHA",)]),
    ("The Minister also met with Tom Osei, Prime Minister of Ghana; Ana Berg, President of "
     "the Republic of Chile and Dr. Lee Park, IGAD's Executive Secretary.", "meeting",
     [(), ("CHL",), ("GHA",)]),
    ("On Wednesday the Minister spoke by phone with the Foreign Minister of Chile and with "
     "Ana Berg, Personal Representative of the OSCE Chairperson-in-Office.", "call",
     [(), ("CHL",)]),
])
def test_the_agency_head_is_one_more_partner(ex, text, kind, want):
    got = ex(HEAD + text, issuer="KEN", date="2024-05-10", types=[kind])
    assert sorted(to for _t, _f, to, _d in got) == want


@pytest.mark.parametrize("text", [
    "On Wednesday the Minister spoke by telephone with the Secretary General of NATO and "
    "with the Secretary General of the OSCE.",
    "On Wednesday the Minister had phone calls with the Director-General of the WHO and the "
    "High Representative of the European Union.",
])
def test_two_heads_of_organisations_called_are_two_calls(ex, text):
    got = ex(HEAD + text, issuer="KEN", date="2024-05-10", types=["call"])
    assert got == [("call", ("KEN",), (), "2024-05-08")] * 2


def test_a_conference_with_two_heads_is_one_call(ex):
    text = ("On Wednesday the Minister held a video conference with the Secretary General of "
            "NATO and the Secretary General of the OSCE.")
    got = ex(HEAD + text, issuer="KEN", date="2024-05-10", types=["call"])
    assert got == [("call", ("KEN",), (), "2024-05-08")]
