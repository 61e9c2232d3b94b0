"""Officials of countries the text does not name ("held talks with senior officials
of several countries", "met ministers from a number of states") are no partner: the
meeting does not take the host of the visit told before, nor the readout's partner
(sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = ("Date: 2022-09-21\n\nMinister Tanaka in Geneva\n\n"
         "Minister Hiro Tanaka, who is in Geneva for the session of the Human Rights "
         "Council, addressed the Council on Tuesday.\n\n")


@pytest.mark.parametrize("text", [
    "Minister Tanaka also held talks with senior officials of several countries.",
    "On the margins, the Minister met high-level representatives of various countries.",
    "He further had discussions with ministers from a number of states.",
    "The Minister also met and held talks with top officials of many countries.",
])
def test_officials_of_unnamed_countries_give_no_partner(ex, text):
    got = ex(_LEAD + text, issuer="PLW", date="2022-09-21", types=["meeting"])
    assert all(g[2] == () for g in got)


@pytest.mark.parametrize(("text", "partner"), [
    ("Minister Tanaka also held talks with senior officials of Switzerland.", "CHE"),
    ("Minister Tanaka also met the Foreign Minister of Switzerland, Ms Anna Keller.", "CHE"),
])
def test_officials_of_a_named_country_still_meet(ex, text, partner):
    got = ex(_LEAD + text, issuer="PLW", date="2022-09-21", types=["meeting"])
    assert ("meeting", ("PLW",), (partner,), "2022-09-20") in got
