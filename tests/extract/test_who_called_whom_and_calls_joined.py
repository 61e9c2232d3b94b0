"""Who placed a call and calls told around what was said in them: "A phone call was
placed by A to the Minister" (A called), "returned a call from A" (the one returning it
called), "In a phone call, the Minister congratulated ...", "congratulated A by
telephone", "joined a call with his counterparts from A, B and C" (one call of them all),
"the Minister and the EU High Representative discussed ... by phone" (sentences of our
own)."""

from __future__ import annotations

import pytest

HEAD = "Dublin, 10 May 2024\n\n"


@pytest.mark.parametrize(("text", "want"), [
    ("A phone call was placed on Wednesday by the Foreign Minister of Egypt to the Tánaiste.",
     [("call", ("EGY",), ("IRL",), "2024-05-08")]),
    ("The Tánaiste returned a call from the Egyptian Foreign Minister on Wednesday.",
     [("call", ("IRL",), ("EGY",), "2024-05-08")]),
    ("The Egyptian Foreign Minister telephoned the Tánaiste on Wednesday.",
     [("call", ("EGY",), ("IRL",), "2024-05-08")]),
])
def test_the_caller_goes_first(ex, text, want):
    assert ex(HEAD + text, issuer="IRL", date="2024-05-10", types=["call"]) == want


@pytest.mark.parametrize(("text", "side"), [
    ("In a phone call on Wednesday, the Taoiseach congratulated the new Prime Minister of the "
     "Netherlands.", "NLD"),
    ("The Taoiseach congratulated the President of Senegal by telephone on Wednesday.", "SEN"),
    ("During a video call on Wednesday, the Tánaiste thanked the Foreign Minister of Norway "
     "for the support.", "NOR"),
    ("In a telephone conversation on Wednesday, the Taoiseach assured the Prime Minister of "
     "Portugal of Ireland's support.", "PRT"),
])
def test_a_call_told_by_what_was_said_in_it(ex, text, side):
    got = ex(HEAD + text, issuer="IRL", date="2024-05-10", types=["call", "meeting"])
    assert got == [("call", ("IRL",), (side,), "2024-05-08")]


def test_a_call_joined_with_several_is_one(ex):
    text = ("On Wednesday the Tánaiste joined a call with his counterparts from Spain, Norway "
            "and Slovenia.")
    got = ex(HEAD + text, issuer="IRL", date="2024-05-10", types=["call"])
    assert got == [("call", ("IRL",), ("ESP", "NOR", "SVN"), "2024-05-08")]


def test_an_organisations_head_discussing_by_phone(ex):
    text = ("On Wednesday, the Tánaiste and the EU High Representative discussed the "
            "situation in Gaza by phone.")
    got = ex(HEAD + text, issuer="IRL", date="2024-05-10", types=["call", "meeting"])
    assert got == [("call", ("IRL",), (), "2024-05-08")]
