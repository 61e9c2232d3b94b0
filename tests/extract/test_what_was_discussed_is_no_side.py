"""What was discussed, named between the verb and the official talked with ("discussed
Ukraine with the Foreign Minister of Poland", "discussed Syria and Lebanon by phone with
the Foreign Minister of Jordan"): its countries are the topic, no side (sentences of our
own)."""

from __future__ import annotations

import pytest

HEAD = "Vienna, 10 May 2024\n\nThe Ministry of Foreign Affairs informs as follows.\n\n"


@pytest.mark.parametrize(("text", "want"), [
    ("On Wednesday the Minister discussed Ukraine with the Foreign Minister of Poland.",
     [("meeting", ("AUT",), ("POL",), "2024-05-08")]),
    ("On Wednesday the Minister discussed Gaza with the Secretary General of the United "
     "Nations.", [("meeting", ("AUT",), (), "2024-05-08")]),
    ("The Minister discussed relations with Serbia with the Foreign Minister of Hungary on "
     "Wednesday.", [("meeting", ("AUT",), ("HUN",), "2024-05-08")]),
    ("The Minister discussed Syria and Lebanon by phone on Wednesday with the Foreign "
     "Minister of Jordan.", [("call", ("AUT",), ("JOR",), "2024-05-08")]),
    ("On Wednesday the Minister discussed Venezuela with Pedro Lima, Foreign Minister of "
     "Brazil.", [("meeting", ("AUT",), ("BRA",), "2024-05-08")]),
])
def test_the_topic_names_no_side(ex, text, want):
    assert ex(HEAD + text, issuer="AUT", date="2024-05-10", types=["meeting", "call"]) == want


@pytest.mark.parametrize(("text", "sides"), [
    # the official right after "with", a second one after a topic
    ("On Wednesday the Minister discussed with the Foreign Minister of Poland the situation "
     "in Ukraine.", [("POL",)]),
    ("On Wednesday the Minister discussed trade with the Italian Foreign Minister and "
     "security with the Foreign Minister of Spain.", [("ESP",), ("ITA",)]),
])
def test_the_officials_talked_with_stay(ex, text, sides):
    got = ex(HEAD + text, issuer="AUT", date="2024-05-10", types=["meeting"])
    assert sorted(to for _t, _f, to, _d in got) == sides
