"""Two governments' standing council named with its sides ("the A-B Joint Council",
"the Joint Council of Ministers of A and B", "the Intergovernmental Council between A
and B"), or a strategic partnership council co-chaired in a place travelled to
("travelled to Riyadh, where he co-chaired the Strategic Partnership Council"): a
session of the body with the other side (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize(("text", "partner", "day"), [
    ("The Ghana-Côte d'Ivoire Joint Council held its first session on 1 March.", "CIV",
     "2024-03-01"),
    ("The first meeting of the Joint Council of Ministers of Ghana and Burkina Faso took "
     "place in Accra on Friday.", "BFA", "2024-03-01"),
    ("The Intergovernmental Council between Ghana and Egypt met on 2 March.", "EGY",
     "2024-03-02"),
    ("The President travelled to Riyadh, where on 2 March he co-chaired the Strategic "
     "Partnership Council.", "SAU", "2024-03-02"),
    ("On Friday the Ghana-Morocco Joint Cooperation Council convened in Rabat.", "MAR",
     "2024-03-01"),
])
def test_a_council_of_two_governments_is_a_commission(ex, text, partner, day):
    got = ex(text, issuer="GHA", date=_DAY, types=["commission"])
    assert got == [("commission", ("GHA",), (partner,), day)]


@pytest.mark.parametrize("text", [
    "The Security Council met on 1 March to discuss Sudan.",
    "The Joint Council of the university awarded Ghana a prize on Friday.",
])
def test_other_councils_are_no_commission(ex, text):
    assert ex(text, issuer="GHA", date=_DAY, types=["commission"]) == []
