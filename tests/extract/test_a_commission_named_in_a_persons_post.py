"""A standing commission named only in a person's post, set off by a comma ("A B,
co-chairman of the Joint Commission", "C D, head of the Italian section of the
Intergovernmental Commission"), tells who the person is, not a session of the body.
A session told as held, or the body's own session told after the post, still is one
(texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _commissions(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="EST", date="2021-05-04").records
    return [list(r.to) for r in recs if r.type == "commission"]


@pytest.mark.parametrize("text", [
    "The programme includes talks with Jan Kowalski, co-chairman of the Estonian-Polish "
    "Intergovernmental Commission on Economic Cooperation and minister of finance.",
    "The minister received Marco Rossi, head of the Italian part of the Estonian-Italian "
    "Joint Economic Commission.",
    "On Monday the Minister met Dana Novak, chairwoman of the Czech section of the "
    "Intergovernmental Commission, in Tallinn.",
    "Talks were also held with Ole Hansen, the Danish co-chair of the Joint Commission on "
    "Trade and minister of business.",
])
def test_the_body_in_a_post_is_no_session(text: str) -> None:
    assert _commissions(text) == []


@pytest.mark.parametrize(("text", "partner"), [
    ("The Estonian-Polish Intergovernmental Commission on Economic Cooperation held its "
     "fifth session in Tallinn on Tuesday.", "POL"),
    ("The co-chairs of the Estonian-Polish Intergovernmental Commission met in Tallinn on "
     "Tuesday.", "POL"),
    ("Minister Kalle Tamm, co-chair of the Estonian-Latvian Joint Commission, opened its "
     "sixth session in Riga on Tuesday.", "LVA"),
])
def test_a_session_of_the_body_still_is_one(text: str, partner: str) -> None:
    assert _commissions(text) == [[partner]]
