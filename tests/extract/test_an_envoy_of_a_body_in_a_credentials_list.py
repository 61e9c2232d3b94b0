"""Letters of credence are presented one envoy at a time: in a list of new envoys, an
organisation's envoy ("and B, representing the European Union", "B of the African
Union", "B, Head of the Delegation of the European Union") is one more meeting, with
that organisation, even where a person's name stands between it and the countries
listed; an ambassador posted to a body is his country's (sentences of our own)."""

from __future__ import annotations

import pytest

from .probe_support import records


def _met(text: str, issuer: str) -> list[tuple]:
    got = records(text, issuer, {"meeting"}, date="2018-01-16", orgs=True)
    return sorted((r[2], r[3]) for r in got)


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("Among the ambassadors who handed over their credentials were Anna Berg of Sweden, "
     "Jan Novak, of Czechia, and Luca Rossi, representing the European Union.", "RWA",
     [((), ("EU",)), (("CZE",), ()), (("SWE",), ())]),
    ("The President received the credentials of Anna Berg of Sweden and Luca Rossi, "
     "representing the European Union.", "KEN", [((), ("EU",)), (("SWE",), ())]),
    ("On Tuesday the Head of State accepted the letters of credence of Maria Lopez of "
     "Chile and Kofi Mensah of the African Union.", "UGA", [((), ("AU",)), (("CHL",), ())]),
    ("The Governor-General received the credentials of Ole Hansen of Norway and Pierre "
     "Martin, Head of the Delegation of the European Union.", "FJI",
     [((), ("EU",)), (("NOR",), ())]),
])
def test_the_bodys_envoy_is_one_more_meeting(text, issuer, expected):
    assert _met(text, issuer) == expected


def test_an_ambassador_posted_to_a_body_is_his_countrys():
    text = ("The President received the credentials of Anna Berg, Ambassador of Sweden to "
            "the African Union.")
    assert _met(text, "ETH") == [(("SWE",), ())]
