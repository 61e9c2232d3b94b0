"""A page of several items, each under a heading closed by its own day: a later item's
heading that tells a visit ("Kenya – Visit by Anna Berg (May 3, 2023)") over a body
that tells only what the visitor does there ("is taking part in the ocean forum") is
that visit, as a title's visit is; a body that tells the visit itself keeps its own
record alone, and an undated heading is no item's title (texts of our own)."""

from __future__ import annotations

from communique.extract import extract_text

_PAGE = ("Statements by the Spokesperson\n\n"
         "Latvia – Elections (May 3, 2023)\n\n"
         "France welcomes the calm conduct of the elections held on Sunday.\n\n"
         "{heading}\n\n{body}\n")
_FORUM = "Anna Berg, Minister of State, is taking part in the regional ocean forum today."


def _visits(heading: str, body: str = _FORUM) -> list[tuple[list[str], list[str]]]:
    text = _PAGE.format(heading=heading, body=body)
    recs = extract_text(text, issuer="FRA", date="2023-05-03").records
    return [(list(r.from_), list(r.to)) for r in recs if r.type == "visit"]


def test_a_country_a_dash_and_a_visit_by_a_name() -> None:
    assert _visits("Kenya – Visit by Anna Berg (May 3, 2023)") == [(["FRA"], ["KEN"])]


def test_an_official_visit_of_a_title() -> None:
    assert _visits("Peru – Official visit of the Minister of State (3 May 2023)") \
        == [(["FRA"], ["PER"])]


def test_a_visit_to_a_country_by_a_title() -> None:
    assert _visits("Visit to Chile by the Minister for Foreign Trade (3 May 2023)") \
        == [(["FRA"], ["CHL"])]


def test_a_possessive_visit_to_a_city() -> None:
    assert _visits("Ghana – Anna Berg’s visit to Accra (May 3, 2023)") \
        == [(["FRA"], ["GHA"])]


def test_a_body_that_tells_the_visit_keeps_its_own_alone() -> None:
    assert _visits("Kenya – Visit by Anna Berg (May 3, 2023)",
                   "Anna Berg, Minister of State, arrived in Nairobi today for talks.") \
        == [(["FRA"], ["KEN"])]


def test_an_undated_heading_is_no_items_title() -> None:
    assert _visits("Kenya – Visit by Anna Berg") == []
