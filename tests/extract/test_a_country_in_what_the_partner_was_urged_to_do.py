"""A country named in what one official urged, asked or pressed the other to do ("pressed
Minister A to halt arms deliveries into Ukraine", "asked her counterpart to
allow shipments to leave Odesa") is a topic of the call, not a side of it: the call
(told again or told alone) is with the official's country only (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_CASES = [
    ("USA", "2014-07-27", "Secretary Kerry spoke with Foreign Minister Lavrov of Russia "
     "today.\n\nIn the call, the Secretary pressed Minister Lavrov to halt arms deliveries "
     "from Russia into Ukraine.", {("RUS",)}),
    ("DEU", "2022-05-02", "Minister Baerbock held a phone call with her Turkish counterpart "
     "on Monday.\n\nIn a phone call this morning, the Minister asked the Turkish Foreign "
     "Minister to allow grain shipments to Ukraine.", {("TUR",)}),
    ("FRA", "2023-06-01", "On Thursday the Minister spoke by telephone with the Foreign "
     "Minister of Egypt.\n\nIn their phone call, the Minister urged the Egyptian minister "
     "to keep the crossing into Gaza open.", {("EGY",)}),
    ("NOR", "2020-03-10", "The Foreign Minister called the Foreign Minister of Ethiopia on "
     "Tuesday and pressed him to resume the talks with Egypt and Sudan on the dam.",
     {("ETH",)}),
    ("CAN", "2019-09-12", "In a call with her Chinese counterpart today, the Minister "
     "encouraged him to release the detained citizens of Canada and to reopen trade "
     "with Australia.", {("CHN",)}),
]


@pytest.mark.parametrize(("issuer", "date", "text", "sides"), _CASES)
def test_the_call_is_with_the_official_only(issuer: str, date: str, text: str,
                                            sides: set[tuple[str, ...]]) -> None:
    assert {r[2] for r in records(text, issuer, {"call"}, date=date)} == sides


def test_a_partner_before_the_infinitive_stays() -> None:
    got = records("The Minister urged the Foreign Minister of Ghana, in a phone call on "
                  "Monday, to sign the treaty.", "GBR", {"call"}, date="2021-05-05")
    assert {r[2] for r in got} == {("GHA",)}


def test_a_new_clause_after_the_request_names_its_own_side() -> None:
    got = records("On Monday the Minister asked the Ambassador of Peru to pass on her thanks, "
                  "and then met the Foreign Minister of Chile.", "ESP", {"meeting"},
                  date="2024-02-05")
    assert {r[2] for r in got} == {("PER",), ("CHL",)}
