"""Sides listed after the verb, then the format of three or four they met for ("met with
the Foreign Ministers of A and B for tripartite talks", "... in a trilateral meeting",
"spoke by phone with his counterparts from A and B for trilateral consultations"): one
occasion of them all, not one with each (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


@pytest.mark.parametrize(("text", "issuer", "kind", "to"), [
    ("In Cairo, the Foreign Minister met with the Foreign Ministers of Jordan and Iraq for "
     "tripartite talks on 3 May 2023.", "EGY", "meeting", [("JOR", "IRQ")]),
    ("On 3 May 2023 the Foreign Minister met with the Foreign Ministers of Jordan and Iraq "
     "in a trilateral meeting in Cairo.", "EGY", "meeting", [("JOR", "IRQ")]),
    ("On 3 May 2023 the Minister spoke by phone with his counterparts from Greece and "
     "Cyprus for trilateral consultations on energy.", "EGY", "call", [("GRC", "CYP")]),
    ("The Prime Minister received in Windhoek on 3 May 2023 the Presidents of Botswana, "
     "Zambia and Zimbabwe to hold quadrilateral talks on the river basin.", "NAM",
     "meeting", [("BWA", "ZMB", "ZWE")]),
    ("On 3 May 2023 the Minister held talks with Slovenian Foreign Minister Ana Novak and "
     "Croatia's Foreign Minister Ivo Horvat during a three-way meeting in Vienna.", "AUT",
     "meeting", [("SVN", "HRV")]),
    # (a third side's official meets one of theirs and one of ours: one occasion, not one
    # per official listed)
    ("The Secretary General of the League later travelled to Amman on 3 May 2023, where he "
     "met with Jordan's Foreign Minister Ayman Safadi and Egypt's Minister of State for "
     "Arab Affairs Hassan Kamel for tripartite talks on the crisis.", "EGY", "meeting",
     [("JOR",)]),
])
def test_one_occasion_of_all(text: str, issuer: str, kind: str,
                             to: list[tuple[str, ...]]) -> None:
    got = records(text, issuer, {kind})
    assert [r[2] for r in got] == to


def test_two_bilaterals_stay_two() -> None:
    got = records("On 3 May 2023 the Foreign Minister met with the Foreign Ministers of "
                  "Jordan and Iraq in Cairo to prepare the summit.", "EGY", {"meeting"})
    assert sorted(r[2] for r in got) == [("IRQ",), ("JOR",)]
