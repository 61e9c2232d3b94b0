"""Diplomatic relations established before the one the text is about ("oversaw the
establishment of diplomatic relations between A and several countries, including B,
C and D", "formally established diplomatic relations") are a joint communiqué with
each country named; the anniversary of old ties, or ties dated long ago, are not
(sentences of our own)."""

from __future__ import annotations

import pytest

_LINE = "Rome, 9 May 2025 - "


@pytest.mark.parametrize(("text", "to"), [
    ("On his trip, Minister Tajani also oversaw the formal establishment of diplomatic "
     "relations between Italy and several countries, including Tuvalu, Nauru, and Palau.",
     ["TUV", "NRU", "PLW"]),
    ("The Minister witnessed the establishment of diplomatic relations between Italy and "
     "Tuvalu.", ["TUV"]),
    ("Italy and Palau formally established diplomatic relations on Friday.", ["PLW"]),
    ("In New York the Foreign Minister presided over the official establishment of "
     "diplomatic relations with Bhutan and Kiribati.", ["BTN", "KIR"]),
])
def test_ties_opened_are_one_agreement_each(ex, text, to):
    got = ex(_LINE + text, issuer="ITA", date="2025-05-09", types=["agreement"])
    assert sorted(g[2][0] for g in got) == sorted(to)
    assert all(g[1] == ("ITA",) for g in got)


@pytest.mark.parametrize("text", [
    "The Minister recalled the 25th anniversary of the establishment of formal "
    "diplomatic relations between Italy and Tuvalu.",
    "Since the establishment of diplomatic relations between Italy and Nauru in 1990, "
    "trade has grown.",
    "Tuvalu and Italy established diplomatic relations in 1985.",
    "The two ministers discussed diplomatic relations between Italy and Palau.",
])
def test_old_ties_are_no_agreement(ex, text):
    assert ex(_LINE + text, issuer="ITA", date="2025-05-09", types=["agreement"]) == []
