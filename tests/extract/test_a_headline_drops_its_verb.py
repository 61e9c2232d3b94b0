"""A headline that drops its verb: "Foreign minister in Rome to discuss migration",
"Chilean Foreign Minister in Lisbon for talks on trade" is "... is in Rome to ...": a
visit the title tells, kept when the body never tells it (the body's talks are held
on it) and dated by the body's talks with that side, never by an agreement the body
recalls from another year. A body that tells the visit itself keeps its own (sentences
of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _core(text: str) -> list[tuple]:
    return records(text, "PRT", {"visit", "meeting", "agreement"}, date="2025-03-12")


_TUE = "2025-03-11"


@pytest.mark.parametrize("text, side, guest", [
    ("Foreign minister in Rome to discuss migration\n\nForeign Minister Rui Costa met his "
     "Italian counterpart on Tuesday. They discussed migration.", "ITA", False),
    ("Chilean Foreign Minister in Lisbon for talks on trade\n\nForeign Minister Rui Costa "
     "received his Chilean counterpart on Tuesday. Trade and fisheries were on the agenda.",
     "CHL", True),
    ("Minister Costa in Hanoi to open new embassy\n\nOn Tuesday the Minister held talks with "
     "the Vietnamese Foreign Minister and opened the new chancery.", "VNM", False),
    ("Foreign Minister Rui Costa in Ottawa for two days of talks\n\nOn Tuesday Foreign "
     "Minister Rui Costa met the Canadian Foreign Minister, Anne Roy.", "CAN", False),
])
def test_the_headline_tells_the_visit(text: str, side: str, guest: bool) -> None:
    visit = ("visit", (side,), ("PRT",), _TUE) if guest else ("visit", ("PRT",), (side,), _TUE)
    assert _core(text) == sorted([("meeting", ("PRT",), (side,), _TUE), visit])


def test_a_body_that_tells_the_visit_keeps_its_own() -> None:
    text = ("Foreign minister in Rome to discuss migration\n\nThe Foreign Minister arrived in "
            "Rome on Tuesday for an official visit. He met his Italian counterpart.")
    assert _core(text) == [("meeting", ("PRT",), ("ITA",), _TUE),
                           ("visit", ("PRT",), ("ITA",), _TUE)]


def test_an_agreement_of_another_year_gives_the_visit_no_day() -> None:
    text = ("Foreign minister in Rome to discuss migration\n\nThe Foreign Minister recalled "
            "the treaty of friendship that Portugal and Italy signed in 2019. Migration is "
            "the main topic of his talks.")
    assert _core(text) == [("agreement", ("PRT",), ("ITA",), "2019"),
                           ("visit", ("PRT",), ("ITA",), "2025-03-12")]
