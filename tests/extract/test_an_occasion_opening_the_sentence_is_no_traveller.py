"""A time clause opening the sentence with an occasion getting under way ("As the
session of the UN General Assembly opens, the Minister is in New York") names the
occasion of the trip: its organisation or country is no traveller, the subject after
the comma is (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _visits(text: str, issuer: str) -> list[tuple]:
    return [(r[1], r[2]) for r in records(text, issuer, {"visit"}, date="2023-09-20")]


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("As the 80th session of the UN General Assembly commences, Foreign Minister Dara "
     "Holm is now in New York, in the United States.", "MLT",
     [(("MLT",), ("USA",))]),
    ("As the session of the UN General Assembly began, the Minister travelled to New "
     "York.", "KEN", [(("KEN",), ("USA",))]),
    ("While the OSCE Ministerial Council convened, Minister Holm paid a visit to "
     "Austria.", "NLD", [(("NLD",), ("AUT",))]),
    ("When the African Union summit opened, the Foreign Minister of Ghana travelled to "
     "Addis Ababa.", "GHA", [(("GHA",), ("ETH",))]),
])
def test_the_subject_travels(text, issuer, expected):
    assert _visits(text, issuer) == expected


def test_a_visitor_of_a_body_in_the_main_clause_stays():
    text = "The Secretary-General of the United Nations paid a visit to Chile."
    recs = records(text, "CHL", {"visit"}, date="2023-09-20", orgs=True)
    assert recs == [("visit", (), ("CHL",), ("UN",), "2023-09-20")]
