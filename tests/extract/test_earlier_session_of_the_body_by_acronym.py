"""An earlier session of a standing body recalled by a short name after the body
was named in full: "the second session of the JPC", "the fourth meeting of the
Commission", "the first meeting of the mechanism" is a session of the body named
before, with its partner and its own date (sentences of our own). A mechanism of
consultations recalled so is a round of consultations; a commission's, a session
of the commission."""

from __future__ import annotations

import pytest

HEAD = "Warsaw, 10 May 2024\n\n"
JPC = ("The third session of the Poland-Kenya Joint Permanent Commission (JPC) closed in "
       "Warsaw on 8 May. ")
CONS = ("The fifth meeting of the Mechanism of Political Consultations between Poland and "
        "Kenya was held in Warsaw on 8 May. ")


@pytest.mark.parametrize(("first", "then", "typ", "date"), [
    (JPC, "The second session of the JPC was held in Nairobi in 2021.", "commission", "2021"),
    (JPC, "The fourth meeting of the Commission had been held in Nairobi in October 2022.",
     "commission", "2022-10"),
    (CONS, "The fourth meeting of the mechanism had taken place in Nairobi in October 2022.",
     "consultation", "2022-10"),
    (CONS, "The Ministers noted that the first meeting of the mechanism, held in Nairobi in "
     "2015, had set its agenda.", "consultation", "2015"),
    (JPC, "The first meeting of the mechanism, held in Nairobi in 2013, had set its agenda.",
     "commission", "2013"),
])
def test_an_earlier_session_named_short_is_the_bodys(ex, first, then, typ, date):
    got = ex(HEAD + first + then, issuer="POL", date="2024-05-10",
             types={"commission", "consultation", "multilateral"})
    assert (typ, ("POL",), ("KEN",), date) in got, got
    assert not [g for g in got if g[0] == "multilateral"], got


@pytest.mark.parametrize("text", [
    # no body named before: an acronym or a mechanism alone is nobody's session
    "The second session of the JPC was held in Nairobi in 2021.",
    "The fourth meeting of the mechanism had taken place in Nairobi in October 2022.",
    # a mechanism as a topic, not a session
    "The Minister spoke about a new mechanism of cooperation with Kenya.",
])
def test_no_body_named_before_no_session(ex, text):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10",
             types={"commission", "consultation"})
    assert got == [], got
