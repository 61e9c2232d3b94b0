"""Visits counted in the plural, then their visitors listed by office after
"including" / "among them" / "such as" ("The ministry noted five official visits
this year, including German Chancellor A, the Japanese Foreign Minister B and ..."):
one visit per visitor listed, from the visitor's country to the country named before
the visits, else to the issuer whose text it is; items may be set apart by semicolons
or a colon when each opens with an office ("the president of A, X; the president of
B, Y: and the C president, Z"). Visits with a place after them, one traveller's
visits, and a list of other things are not read so (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str, issuer: str = "KEN") -> list[tuple[list[str], list[str]]]:
    recs = extract_text(text, issuer=issuer, date="2023").records
    return sorted((r.from_, r.to) for r in recs if r.type == "visit")


@pytest.mark.parametrize(("text", "issuer", "visitors"), [
    ("The ministry also noted five high-level official visits in 2023, including German "
     "Chancellor Olaf Scholz, Japanese Foreign Minister Yoko Kamikawa, Brazilian President "
     "Lula da Silva, and German Defence Minister Boris Pistorius.", "KEN",
     ["BRA", "DEU", "DEU", "JPN"]),
    ("President Ruto welcomed several African leaders during their recent state visits, such as "
     "the president of Ghana, Nana Akufo-Addo; the president of Senegal, Macky Sall: and "
     "the Nigerian president, Bola Tinubu.", "KEN", ["GHA", "NGA", "SEN"]),
    ("The year brought three official visits, among them Chilean President Gabriel Boric "
     "and the Prime Minister of Spain, Pedro Sanchez.", "ARG", ["CHL", "ESP"]),
    ("Six state visits took place this year, including the King of Spain and the "
     "President of Italy.", "MAR", ["ESP", "ITA"]),
])
def test_one_visit_per_visitor_listed(text: str, issuer: str, visitors: list) -> None:
    assert _visits(text, issuer) == sorted(([c], [issuer]) for c in visitors)


@pytest.mark.parametrize(("text", "expected"), [
    # the visits have a place after them: trips there, the list names hosts
    ("The Minister made official visits to Spain and Italy, including the King of Spain "
     "and the President of Italy.", [(["KEN"], ["ESP"]), (["KEN"], ["ITA"])]),
    # one traveller's visits
    ("During his visits this year, including the President of France and the Prime "
     "Minister of Italy, the Minister raised trade.", []),
    # the list names no visitor by office
    ("Four official visits took place, including the signing of agreements with Peru and "
     "Chile.", []),
    # one visitor's visits: the rest of the list is no second visitor
    ("The President of Chile paid two visits to Kenya, including the Foreign Minister of "
     "Peru.", [(["CHL"], ["KEN"])]),
])
def test_not_read_as_visitors(text: str, expected: list) -> None:
    assert _visits(text) == sorted(expected)
