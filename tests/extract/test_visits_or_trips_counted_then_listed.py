"""Visits counted, then listed after "including those of" ("hosted five official
visits, including those of the Presidents of A and B"): one visit of each guest to
the issuer; trips counted, their hosts after "including to" ("made six trips abroad,
including to A, B and C"): one visit each to those countries (a review's sentences,
of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "want"), [
    ("In 2023 Ghana hosted five official visits, including those of the Presidents of "
     "Kenya and Rwanda.", [("KEN", "GHA"), ("RWA", "GHA")]),
    ("Our country received 12 state and official visits, among them the visits of the "
     "Prime Minister of India and the President of Brazil.", [("BRA", "GHA"), ("IND", "GHA")]),
    ("The Minister made six trips abroad, including to Japan, Korea and Vietnam.",
     [("GHA", "JPN"), ("GHA", "KOR"), ("GHA", "VNM")]),
    ("The President undertook nine visits overseas, notably to Chile and Peru.",
     [("GHA", "CHL"), ("GHA", "PER")]),
])
def test_each_listed_visit(ex, text, want):
    got = ex(text, issuer="GHA", date="2023", types=["visit"])
    assert sorted((g[1][0], g[2][0]) for g in got) == want
