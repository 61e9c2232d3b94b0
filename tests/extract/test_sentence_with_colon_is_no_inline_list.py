"""A sentence that names its partner before a colon ("Consultations were held with
Ukraine twice: in February and in October") is no inline list whose items come after
the colon (:mod:`communique.extract._listed_under`): read whole, it tells its events.
A heading whose items name the partners ("Telephone conversations: Prime Minister of
Italy (January); ...") stays a list."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records


def _review(text: str, issuer: str) -> list[tuple]:
    return records("Results of our foreign policy in 2022\n\n" + text, issuer, CORE,
                   date="2022")


@pytest.mark.parametrize("issuer, text, expected", [
    ("EST", "Consultations were held with Ukraine's Foreign Ministry twice: in February "
     "and in October.",
     [("consultation", ("EST",), ("UKR",), "2022-02"),
      ("consultation", ("EST",), ("UKR",), "2022-10")]),
    ("LVA", "Political consultations with Kazakhstan took place in Astana: the fifth "
     "round, in May.",
     [("consultation", ("LVA",), ("KAZ",), "2022-05")]),
    ("GEO", "Consultations with Moldova were held on 16 December: the first at the level "
     "of deputy ministers.",
     [("consultation", ("GEO",), ("MDA",), "2022-12-16")]),
    ("MNG", "Telephone conversations with the President of Korea took place twice: in "
     "March and in August.",
     [("call", ("MNG",), ("KOR",), "2022-03"), ("call", ("MNG",), ("KOR",), "2022-08")]),
])
def test_partner_before_the_colon(issuer: str, text: str, expected: list[tuple]) -> None:
    assert _review(text, issuer) == sorted(expected)


def test_inline_list_after_a_heading_stays() -> None:
    got = _review("Telephone conversations: Prime Minister of Italy (January); Prime "
                  "Minister of Slovenia (April).", "HRV")
    assert got == [("call", ("HRV",), ("ITA",), "2022-01"),
                   ("call", ("HRV",), ("SVN",), "2022-04")], got
