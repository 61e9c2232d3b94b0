"""A title that opens on the country it concerns, then a dash or a colon and the visit
with its visitor after "by" or "of" ("Kenya – Visit by Minister of State A", "Peru:
official visit of the Minister"), names the country visited, as "the Kenya visit by
A" does: the issuer's official's trip there, not the country's trip to the issuer. A
visitor whose country follows "by" is that country's (texts of our own)."""

from __future__ import annotations

from communique.extract import extract_text

_BODY = "\n\nThe Minister of State is taking part in the regional ocean forum today.\n"


def _visits(title: str) -> list[tuple[list[str], list[str]]]:
    recs = extract_text(title + _BODY, issuer="FRA", date="2023-05-03").records
    return [(list(r.from_), list(r.to)) for r in recs if r.type == "visit"]


def test_a_country_a_dash_and_a_visit_by_a_name() -> None:
    assert _visits("Kenya – Visit by Anna Berg (3 May 2023)") == [(["FRA"], ["KEN"])]


def test_a_country_a_colon_and_an_official_visit_of_a_title() -> None:
    assert _visits("Peru: official visit of the Minister of State (3 May 2023)") \
        == [(["FRA"], ["PER"])]


def test_a_country_an_em_dash_and_a_working_visit_by() -> None:
    assert _visits("Ghana — Working visit by Minister Lena Holm") == [(["FRA"], ["GHA"])]


def test_a_country_a_hyphen_and_a_visit_by_a_title() -> None:
    assert _visits("Chile - Visit by the Minister for Foreign Trade (3 May)") \
        == [(["FRA"], ["CHL"])]


def test_a_visitor_with_a_country_after_by_is_that_countrys() -> None:
    assert _visits("Kenya – Visit by the Ghanaian Foreign Minister (3 May 2023)") \
        in ([(["GHA"], ["KEN"])], [])
