"""Calls received from several sides, each with its own date written beside it
("received phone calls from the Foreign Ministers of Greece (4 February) and Cyprus
(7 February)"): each caller goes first on its own date, as undated calls received
do. Calls the issuer's side held with them, each dated, keep the issuer first."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records


def _review(text: str, issuer: str) -> list[tuple]:
    return records("Results of our foreign policy in 2023\n\n" + text, issuer, CORE,
                   date="2023")


@pytest.mark.parametrize("issuer, text, expected", [
    ("SRB", "The Minister of Foreign Affairs received phone calls from the Foreign Ministers "
     "of Greece (4 February) and Cyprus (7 February).",
     [("call", ("GRC",), ("SRB",), "2023-02-04"), ("call", ("CYP",), ("SRB",), "2023-02-07")]),
    ("EST", "Estonia's Foreign Minister received a call from his Polish colleague on 3 March "
     "and from his Lithuanian colleague on 6 March.",
     [("call", ("POL",), ("EST",), "2023-03-03"), ("call", ("LTU",), ("EST",), "2023-03-06")]),
    ("GEO", "The Prime Minister received telephone calls from the Prime Minister of Japan "
     "on 11 May and the Prime Minister of India on 20 June.",
     [("call", ("JPN",), ("GEO",), "2023-05-11"), ("call", ("IND",), ("GEO",), "2023-06-20")]),
    ("ARM", "Phone calls were received from the Presidents of France (January) and Italy (March).",
     [("call", ("FRA",), ("ARM",), "2023-01"), ("call", ("ITA",), ("ARM",), "2023-03")]),
])
def test_each_caller_first_on_its_date(issuer: str, text: str, expected: list[tuple]) -> None:
    assert _review(text, issuer) == sorted(expected)


def test_calls_held_with_each_keep_the_issuer_first() -> None:
    got = _review("The Minister held phone calls with the Foreign Ministers of Greece (4 "
                  "February) and Cyprus (7 February).", "SRB")
    assert got == [("call", ("SRB",), ("CYP",), "2023-02-07"),
                   ("call", ("SRB",), ("GRC",), "2023-02-04")], got
