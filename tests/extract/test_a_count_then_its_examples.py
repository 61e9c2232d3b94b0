"""A count of the year's documents or trips, then examples of them ("23 agreements were
signed during the year, including a memorandum with Singapore in August", "12 visits
abroad, among them to Kenya in May"): the count is the whole's, a figure of its own
dated by the year, not the example's quantity. A count whose examples name no partner
of their own ("three agreements, including one on visas"), or a place only inside a
topic ("including the agreement on the export of power from A to B"), stays the record's
quantity (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _got(text: str, issuer: str = "URY") -> list[tuple]:
    res = extract_text(text, issuer=issuer, date="2022")
    return sorted((r.type, tuple(r.to), r.date.start, r.quantity.value if r.quantity else None)
                  for r in res.records if r.type in ("agreement", "visit", "figure"))


@pytest.mark.parametrize("text, example", [
    ("Twenty-three bilateral agreements were signed during the year, including a "
     "memorandum on trade with Singapore in August.", ("agreement", ("SGP",), "2022-08", None)),
    ("During the year 23 bilateral agreements were signed, among them a memorandum with "
     "Singapore in August.", ("agreement", ("SGP",), "2022-08", None)),
    ("In 2022 Uruguay concluded 23 agreements, notably a treaty with Singapore in August.",
     ("agreement", ("SGP",), "2022-08", None)),
])
def test_the_count_is_the_wholes_figure(text: str, example: tuple) -> None:
    assert _got(text) == sorted([example, ("figure", (), "2022", 23)])


def test_a_count_of_visits_then_one_named() -> None:
    got = _got("The Minister made 12 visits abroad, among them to Kenya in May.")
    assert ("figure", (), "2022", 12) in got and ("visit", ("KEN",), "2022-05", None) in got


@pytest.mark.parametrize("text, expected", [
    ("Uruguay and Singapore signed three agreements, including one on visas.",
     [("agreement", ("SGP",), "2022", 3)]),
    ("In 2022 Uruguay signed 23 agreements with Singapore, including a memorandum on trade.",
     [("agreement", ("SGP",), "2022", 23)]),
    ("In the presence of the two Ministers, four documents were signed with Brazil, "
     "including the agreement on the export of power from Uruguay to Brazil.",
     [("agreement", ("BRA",), "2022", 4)]),
])
def test_a_count_of_the_records_own_documents_stays_its_quantity(text: str,
                                                                  expected: list) -> None:
    assert _got(text) == expected
