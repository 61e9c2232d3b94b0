"""Several commissions named by their pairs of adjectives before one plural noun ("The
Azerbaijani-Turkish, Azerbaijani-Georgian and Azerbaijani-Iranian intergovernmental
commissions held their sessions"): a session with each partner, as one pair before a
singular noun gives one. A lone adjective before plural commissions ("Turkish
commissions") names no side."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records


def _review(text: str, issuer: str) -> list[tuple]:
    return records("Results of our foreign policy in 2023\n\n" + text, issuer, CORE,
                   date="2023")


@pytest.mark.parametrize("issuer, text, expected", [
    ("AZE", "The Azerbaijani-Turkish, Azerbaijani-Georgian and Azerbaijani-Iranian "
     "intergovernmental commissions held their sessions.",
     [("commission", ("AZE",), ("GEO",), "2023"), ("commission", ("AZE",), ("IRN",), "2023"),
      ("commission", ("AZE",), ("TUR",), "2023")]),
    ("AZE", "The Azerbaijani-Turkish and Azerbaijani-Georgian intergovernmental commissions "
     "held sessions in May.",
     [("commission", ("AZE",), ("GEO",), "2023-05"),
      ("commission", ("AZE",), ("TUR",), "2023-05")]),
    ("KAZ", "Sessions of the Kazakh-Chinese and Kazakh-Russian cooperation committees were "
     "held in September and November respectively.",
     [("commission", ("KAZ",), ("CHN",), "2023-09"),
      ("commission", ("KAZ",), ("RUS",), "2023-11")]),
    ("GEO", "The Georgian-Lithuanian and Georgian-Latvian joint economic commissions met "
     "in Tbilisi.",
     [("commission", ("GEO",), ("LTU",), "2023"), ("commission", ("GEO",), ("LVA",), "2023")]),
])
def test_commissions_of_several_pairs(issuer: str, text: str, expected: list[tuple]) -> None:
    assert _review(text, issuer) == sorted(expected)


def test_lone_adjective_names_no_side() -> None:
    got = _review("The Turkish commissions for trade held sessions in May.", "AZE")
    assert got == [], got
