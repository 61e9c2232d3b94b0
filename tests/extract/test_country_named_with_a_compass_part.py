"""A country named with a compass part after "in", "near" ("the situation in eastern
Congo", "fighting near north-western Syria") is a place talked about, not a side of
the event; the side named in full keeps its own code (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "want"), [
    ("On 4 March the President received a telephone call from the Head of State of the "
     "Democratic Republic of the Congo on the fighting in eastern Congo.",
     [("call", ("COD",), ("KEN",), "2024-03-04")]),
    ("The Foreign Minister took a call from her Ethiopian counterpart on 12 May about the "
     "humanitarian situation in northern Somalia.",
     [("call", ("ETH",), ("KEN",), "2024-05-12")]),
    ("On 2 June the Prime Minister spoke by telephone with the President of Türkiye about "
     "the ceasefire in north-western Syria.",
     [("call", ("KEN",), ("TUR",), "2024-06-02")]),
    ("About the security situation in Southern Lebanon, the President received a call "
     "from the Emir of Qatar on 9 July.",
     [("call", ("QAT",), ("KEN",), "2024-07-09")]),
])
def test_region_of_a_country_is_no_side(ex, text, want):
    assert ex(text, issuer="KEN", date="2024", types={"call"}) == want


@pytest.mark.parametrize(("text", "want"), [
    # the country itself, with no compass part, still a side where it is one
    ("On 4 March the President received a telephone call from the President of the "
     "Republic of the Congo.",
     [("call", ("COG",), ("KEN",), "2024-03-04")]),
    # "eastern" not before a country: the partner stays
    ("On 8 August the Minister met the eastern region's governor and the Ambassador of "
     "Somalia.",
     None),
])
def test_plain_country_stays_a_side(ex, text, want):
    got = ex(text, issuer="KEN", date="2024", types={"call", "meeting"})
    if want is None:
        assert any("SOM" in g[2] or "SOM" in g[1] for g in got)
    else:
        assert got == want
