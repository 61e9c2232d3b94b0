"""Calls told in the passive as received from the other side ("Phone calls were also
received from the foreign ministers of Lithuania and Latvia"): the side after "from"
placed them, as in "the Minister received phone calls from". A call held "with" the
other side keeps the issuer first."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records


def _review(text: str, issuer: str) -> list[tuple]:
    return records("Results of our foreign policy in 2021\n\n" + text, issuer, CORE,
                   date="2021")


@pytest.mark.parametrize("text, expected", [
    ("Phone calls were also received from the foreign ministers of Lithuania and Latvia.",
     [("call", ("LTU",), ("GEO",), "2021"), ("call", ("LVA",), ("GEO",), "2021")]),
    ("Telephone calls were received from the Presidents of Lithuania and Latvia in March.",
     [("call", ("LTU",), ("GEO",), "2021-03"), ("call", ("LVA",), ("GEO",), "2021-03")]),
    ("A phone call was received from the Foreign Minister of Lithuania on 4 May.",
     [("call", ("LTU",), ("GEO",), "2021-05-04")]),
    ("Telephone calls came from the Prime Ministers of Lithuania and Latvia.",
     [("call", ("LTU",), ("GEO",), "2021"), ("call", ("LVA",), ("GEO",), "2021")]),
])
def test_received_from_in_the_passive(text: str, expected: list[tuple]) -> None:
    assert _review(text, "GEO") == sorted(expected)


def test_call_held_with_keeps_the_issuer_first() -> None:
    got = _review("Phone calls were held with the foreign ministers of Lithuania and "
                  "Latvia.", "GEO")
    assert got == [("call", ("GEO",), ("LTU",), "2021"), ("call", ("GEO",), ("LVA",), "2021")]
