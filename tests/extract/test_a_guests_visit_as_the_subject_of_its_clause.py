"""A guest's visit made the subject of a clause of its own, named by the guest's
possessive ("President A's visit, which took place on 2 March, ...", "the Indian
Foreign Minister's visit on 1 March was the first in a decade") or by "by" ("the
visit by the Prime Minister of Togo lasted two days"): the guest came to the issuer
(sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize(("text", "guest"), [
    ("President Macky Sall's visit, which took place on 2 March, focused on trade.", "SEN"),
    ("The Indian Foreign Minister's visit on 1 March was the first in a decade.", "IND"),
    ("The visit by the Prime Minister of Togo lasted two days and ended on Friday.", "TGO"),
    ("Chancellor Olaf Scholz's visit came at an important moment for both countries.",
     "DEU"),
    ("The visit by the Foreign Minister of Chile began on 1 March.", "CHL"),
])
def test_the_guest_came_to_the_issuer(ex, text, guest):
    got = ex(text, issuer="GHA", date=_DAY, types=["visit"])
    assert [(g[1], g[2]) for g in got] == [((guest,), ("GHA",))]


@pytest.mark.parametrize("text", [
    "The Minister's visit was the first in a decade.",
    "The company's visit to the port ended on Friday.",
])
def test_our_own_or_no_ones_visit_without_a_host_is_none(ex, text):
    assert ex(text, issuer="GHA", date=_DAY, types=["visit"]) == []
