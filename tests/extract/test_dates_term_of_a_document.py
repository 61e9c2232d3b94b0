"""The years a signed document runs for ("a Statement of Partnership for 2025–2028",
"the Cooperation Programme 2026-2030", "a plan of action for the period 2024 to
2027") are its term, not the day it was signed: the signing takes the day the
text tells (sentences of our own)."""

from __future__ import annotations

import pytest

HEAD = ("Warsaw, 16 May 2025\n\nOn Monday in Nairobi, the Minister held talks with the "
        "President of Kenya. ")


@pytest.mark.parametrize("text", [
    "The two governments signed a Statement of Partnership for 2025–2028 setting out "
    "shared priorities.",
    "The ministers signed the Development Cooperation Programme 2026-2030.",
    "The ministers also signed a plan of action for the period 2025 to 2027.",
    "They signed a roadmap for the years 2025–2029 on trade and energy.",
])
def test_the_term_of_a_document_is_not_its_signing_day(ex, text):
    got = ex(HEAD + text, issuer="POL", date="2025-05-16", types={"agreement"})
    assert got == [("agreement", ("POL",), ("KEN",), "2025-05-12")], got


@pytest.mark.parametrize(("text", "day"), [
    # a signing dated by its own year is left alone
    ("In 2019 the two governments signed a Statement of Partnership.", "2019"),
    # a range of days is a date, not a term
    ("The two governments signed a Statement of Partnership on 12–13 May.", "2025-05-12"),
])
def test_a_real_date_stays(ex, text, day):
    got = ex(HEAD + text, issuer="POL", date="2025-05-16", types={"agreement"})
    assert [g[3] for g in got] == [day], got
