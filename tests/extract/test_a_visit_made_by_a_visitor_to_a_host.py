"""The visitor after a participle ("the visit paid by President A to Accra", "follows
the visit conducted by A to B on 27 June") is read as "the visit of A to B"; a
participle with no destination after it is no visit (sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = "Accra, 5 July 2016 - "


@pytest.mark.parametrize("text, frm, to", [
    ("The talks also follow the visit made by President Mahama to Abidjan on 27 June "
     "2016.", "GHA", "CIV"),
    ("The trip comes after the visit paid by Ivorian President Ouattara to Accra on "
     "27 June 2016.", "CIV", "GHA"),
    ("The visit conducted by President Mahama to President Ouattara on 27 June 2016 "
     "opened a new chapter.", "GHA", "CIV"),
])
def test_a_visit_made_by_a_visitor_to_a_host(ex, text, frm, to):
    got = ex(_LEAD + text, issuer="GHA", date="2016-07-05", types=["visit"])
    assert got == [("visit", (frm,), (to,), "2016-06-27")]


def test_a_participle_with_no_destination_is_no_visit(ex):
    text = "The Minister praised the report prepared by the visit made by experts."
    assert ex(_LEAD + text, issuer="GHA", date="2016-07-05", types=["visit"]) == []
