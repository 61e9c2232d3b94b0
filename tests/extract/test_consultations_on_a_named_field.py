"""Consultations held "on" a field whose name is capitalised ("held consultations on
European affairs with Austria", "on Arctic issues with Norway") are held with the side
after "with", as consultations on a field in lower case are. Consultations on the
possibility of holding them are no round."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records


def _review(text: str, issuer: str) -> list[tuple]:
    return records("Results of our foreign policy in 2023\n\n" + text, issuer, CORE,
                   date="2023")


@pytest.mark.parametrize("issuer, text, expected", [
    ("SVK", "Slovakia held consultations on European affairs with Austria and Slovenia.",
     [("consultation", ("SVK",), ("AUT",), "2023"),
      ("consultation", ("SVK",), ("SVN",), "2023")]),
    ("EST", "The Ministry held consultations on Arctic issues with Norway in March.",
     [("consultation", ("EST",), ("NOR",), "2023-03")]),
    ("LVA", "We conducted consultations on EU enlargement with Albania on 5 June.",
     [("consultation", ("LVA",), ("ALB",), "2023-06-05")]),
    ("LTU", "The Political Director held consultations on Indo-Pacific strategy with Japan.",
     [("consultation", ("LTU",), ("JPN",), "2023")]),
])
def test_consultations_on_a_named_field(issuer: str, text: str,
                                        expected: list[tuple]) -> None:
    assert _review(text, issuer) == sorted(expected)


def test_talk_about_holding_them_is_no_round() -> None:
    got = _review("The Minister spoke about consultations on European affairs with "
                  "Austria.", "SVK")
    assert not [r for r in got if r[0] == "consultation"], got
