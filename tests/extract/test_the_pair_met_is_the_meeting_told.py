"""A sentence whose subject is the two sides told just before by "the two" or "the pair"
alone ("The pair met to exchange views on ties", "The two held talks on trade") tells
the meeting just reported again, not a second one; one told as another ("again", "last
met in May") stays its own (texts of our own)."""

from __future__ import annotations

import pytest

LEAD = ("Foreign Minister Lena Dahl met Brazilian Foreign Minister Rui Costa on Monday "
        "in Geneva. ")


@pytest.mark.parametrize("text", [
    "The pair met to exchange views on trade and climate.",
    "The two met on the sidelines of the Human Rights Council.",
    "The two held talks on fisheries and the Arctic.",
    "Both discussed the situation in Venezuela.",
])
def test_one_meeting(ex, text):
    got = ex(LEAD + text, issuer="NOR", date="2024-03-04")
    assert [r[2] for r in got if r[0] == "meeting"] == [("BRA",)]


@pytest.mark.parametrize("text", [
    "The pair last met in May in Brasilia.",
    "The two met again on Tuesday for a working lunch.",
])
def test_another_meeting_stays(ex, text):
    got = ex(LEAD + text, issuer="NOR", date="2024-03-04")
    assert len([r for r in got if r[0] == "meeting"]) == 2
